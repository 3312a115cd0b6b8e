// f33: reflection-based struct validation driven by `validate:"..."` tags, with nested paths.
package main

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"
)

type Violation struct {
	Path, Rule string
	Value      any
}

func (v Violation) Error() string {
	return fmt.Sprintf("%s: failed %q (value %#v)", v.Path, v.Rule, v.Value)
}

var ErrBadTag = errors.New("invalid validate tag")

func checkRule(rule string, v reflect.Value) (bool, error) {
	name, arg, _ := strings.Cut(rule, "=")
	size := func() float64 {
		switch v.Kind() {
		case reflect.String, reflect.Slice, reflect.Map:
			return float64(v.Len())
		case reflect.Int, reflect.Int64, reflect.Int32:
			return float64(v.Int())
		case reflect.Float64:
			return v.Float()
		}
		return 0
	}
	switch name {
	case "required":
		return !v.IsZero(), nil
	case "min", "max":
		n, err := strconv.ParseFloat(arg, 64)
		if err != nil {
			return false, fmt.Errorf("%w: %s: %w", ErrBadTag, rule, err)
		}
		if name == "min" {
			return size() >= n, nil
		}
		return size() <= n, nil
	case "oneof":
		return v.Kind() == reflect.String && strings.Contains("|"+arg+"|", "|"+v.String()+"|"), nil
	case "match":
		re, err := regexp.Compile(arg)
		if err != nil {
			return false, fmt.Errorf("%w: %s: %w", ErrBadTag, rule, err)
		}
		return v.Kind() == reflect.String && re.MatchString(v.String()), nil
	}
	return false, fmt.Errorf("%w: unknown rule %q", ErrBadTag, name)
}

func validate(path string, v reflect.Value, errs *[]error) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			validate(path, v.Elem(), errs)
		}
	case reflect.Slice:
		for i := range v.Len() {
			validate(fmt.Sprintf("%s[%d]", path, i), v.Index(i), errs)
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			fp := strings.TrimPrefix(path+"."+f.Name, ".")
			if tag := f.Tag.Get("validate"); tag != "" && tag != "-" {
				for rule := range strings.SplitSeq(tag, ",") {
					ok, err := checkRule(rule, v.Field(i))
					if err != nil {
						*errs = append(*errs, fmt.Errorf("%s: %w", fp, err))
					} else if !ok {
						*errs = append(*errs, Violation{fp, rule, v.Field(i).Interface()})
						if rule == "required" {
							break // other rules are noise on a missing value
						}
					}
				}
			}
			validate(fp, v.Field(i), errs)
		}
	}
}

func Validate(x any) error {
	var errs []error
	validate("", reflect.ValueOf(x), &errs)
	return errors.Join(errs...)
}

type Column struct {
	Name string `validate:"required,match=^[a-z_][a-z0-9_]*$,max=30"`
	Type string `validate:"required,oneof=int|text|bool|timestamp"`
}

type Table struct {
	Name      string   `validate:"required,min=3"`
	Owner     *string  `validate:"required"`
	Retention int      `validate:"min=1,max=3650"`
	Columns   []Column `validate:"min=1,max=4"`
	Tags      []string `validate:"max=2"`
	Comment   string   `validate:"max=ten"`
}

func main() {
	owner := "bi-team"
	tables := []Table{
		{Name: "orders", Owner: &owner, Retention: 365, Columns: []Column{{"id", "int"}, {"placed_at", "timestamp"}}},
		{Name: "x", Retention: 0, Columns: []Column{{"ID", "int"}, {"", "text"}, {"amount", "money"}}, Tags: []string{"a", "b", "c"}},
		{Name: "events", Owner: &owner, Retention: 5000, Comment: "tag typo"},
	}
	for _, t := range tables {
		err := Validate(t)
		if err == nil {
			fmt.Printf("table %q: valid\n", t.Name)
			continue
		}
		fmt.Printf("table %q:\n", t.Name)
		var violations, tagErrs int
		for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
			var v Violation
			if errors.As(e, &v) {
				violations++
			} else if errors.Is(e, ErrBadTag) {
				tagErrs++
			}
			fmt.Println("   ", e)
		}
		fmt.Printf("    => %d violations, %d tag errors\n", violations, tagErrs)
	}
}
