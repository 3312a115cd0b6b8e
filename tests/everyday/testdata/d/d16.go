package main

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type SignupForm struct {
	Username string   `form:"username" validate:"required,min=3,max=16"`
	Email    string   `form:"email" validate:"required,contains=@"`
	Age      int      `form:"age" validate:"min=13,max=120"`
	Bio      string   `form:"bio" validate:"max=40"`
	Tags     []string `form:"tags" validate:"max=3"`
	Referrer string   `form:"ref"`
	internal string
}

type FieldError struct {
	Field string
	Rule  string
	Msg   string
}

func (e FieldError) Error() string { return e.Field + ": " + e.Msg }

// Validate walks exported fields and applies the rules in their validate tag.
func Validate(v any) []FieldError {
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer {
		rv = rv.Elem()
	}
	if rv.Kind() != reflect.Struct {
		return []FieldError{{Field: "-", Rule: "type", Msg: "expected struct, got " + rv.Kind().String()}}
	}
	rt := rv.Type()
	var errs []FieldError
	for i := 0; i < rt.NumField(); i++ {
		sf := rt.Field(i)
		if !sf.IsExported() {
			continue
		}
		name := sf.Tag.Get("form")
		if name == "" {
			name = sf.Name
		}
		tag := sf.Tag.Get("validate")
		if tag == "" {
			continue
		}
		fv := rv.Field(i)
		for _, rule := range strings.Split(tag, ",") {
			key, arg, _ := strings.Cut(rule, "=")
			if msg := check(fv, key, arg); msg != "" {
				errs = append(errs, FieldError{Field: name, Rule: key, Msg: msg})
			}
		}
	}
	return errs
}

// size returns the length for strings/slices or the number itself for ints.
func size(fv reflect.Value) (int, string) {
	switch fv.Kind() {
	case reflect.String:
		return len([]rune(fv.String())), "characters"
	case reflect.Slice, reflect.Map:
		return fv.Len(), "items"
	case reflect.Int, reflect.Int64, reflect.Int32:
		return int(fv.Int()), ""
	}
	return 0, ""
}

func check(fv reflect.Value, rule, arg string) string {
	switch rule {
	case "required":
		if fv.IsZero() {
			return "is required"
		}
	case "min", "max":
		limit, err := strconv.Atoi(arg)
		if err != nil {
			return "bad rule argument " + arg
		}
		n, unit := size(fv)
		if fv.Kind() == reflect.String && n == 0 && rule == "min" {
			return "" // emptiness is the job of "required"
		}
		if rule == "min" && n < limit {
			return strings.TrimSpace(fmt.Sprintf("must be at least %d %s", limit, unit))
		}
		if rule == "max" && n > limit {
			return strings.TrimSpace(fmt.Sprintf("must be at most %d %s", limit, unit))
		}
	case "contains":
		if fv.Kind() == reflect.String && fv.String() != "" && !strings.Contains(fv.String(), arg) {
			return fmt.Sprintf("must contain %q", arg)
		}
	default:
		return "unknown rule " + rule
	}
	return ""
}

func describeSchema(v any) {
	t := reflect.TypeOf(v)
	fmt.Printf("schema for %s (%d fields):\n", t.Name(), t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("  %-9s %-9s form=%-9q validate=%q exported=%t\n",
			f.Name, f.Type, f.Tag.Get("form"), f.Tag.Get("validate"), f.IsExported())
	}
}

func main() {
	describeSchema(SignupForm{})

	forms := []SignupForm{
		{Username: "gopher", Email: "g@go.dev", Age: 30, Tags: []string{"go"}},
		{Username: "al", Email: "al.example.com", Age: 9},
		{Email: "x@y.z", Age: 200, Bio: strings.Repeat("very long bio ", 4), Tags: []string{"a", "b", "c", "d"}},
		{Username: "this_name_is_way_too_long", Email: "", Age: 13, internal: "ignored"},
		{Username: "émilie", Email: "e@x.fr", Age: 120, Bio: "Ça va"},
	}
	for i, f := range forms {
		errs := Validate(&f)
		if len(errs) == 0 {
			fmt.Printf("\nform %d: valid (%s)\n", i+1, f.Username)
			continue
		}
		fmt.Printf("\nform %d: %d problem(s)\n", i+1, len(errs))
		for _, e := range errs {
			fmt.Printf("  [%s] %v\n", e.Rule, e)
		}
	}

	fmt.Println()
	for _, v := range []any{42, "text", []int{1}, map[string]int{}, &forms[0], SignupForm{}} {
		fmt.Printf("kind of %-22T = %v\n", v, reflect.ValueOf(v).Kind())
	}
	fmt.Println("validate non-struct:", Validate(3.14))
}
