package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

type FieldError struct {
	Field string
	Rule  string
	Msg   string
}

func (e *FieldError) Error() string { return fmt.Sprintf("%s: %s (%s)", e.Field, e.Msg, e.Rule) }

type Rule[T any] interface {
	Check(field string, v T) error
}

type RuleFunc[T any] func(field string, v T) error

func (f RuleFunc[T]) Check(field string, v T) error { return f(field, v) }

func MinLen(n int) Rule[string] {
	return RuleFunc[string](func(f, v string) error {
		if utf8.RuneCountInString(v) < n {
			return &FieldError{f, "minlen", fmt.Sprintf("must be at least %d chars", n)}
		}
		return nil
	})
}

func Contains(sub string) Rule[string] {
	return RuleFunc[string](func(f, v string) error {
		if !strings.Contains(v, sub) {
			return &FieldError{f, "contains", fmt.Sprintf("must contain %q", sub)}
		}
		return nil
	})
}

func Between(lo, hi int) Rule[int] {
	return RuleFunc[int](func(f string, v int) error {
		if v < lo || v > hi {
			return &FieldError{f, "between", fmt.Sprintf("must be in [%d,%d], got %d", lo, hi, v)}
		}
		return nil
	})
}

func Validate[T any](field string, v T, rules ...Rule[T]) error {
	var errs []error
	for _, r := range rules {
		errs = append(errs, r.Check(field, v))
	}
	return errors.Join(errs...)
}

type Signup struct {
	Username string
	Email    string
	Age      int
	Password string
}

func (s Signup) Validate() error {
	return errors.Join(
		Validate("username", s.Username, MinLen(3)),
		Validate("email", s.Email, MinLen(5), Contains("@"), Contains(".")),
		Validate("age", s.Age, Between(13, 120)),
		Validate("password", s.Password, MinLen(8), RuleFunc[string](func(f, v string) error {
			if strings.EqualFold(v, s.Username) {
				return &FieldError{f, "distinct", "must differ from username"}
			}
			return nil
		})),
	)
}

// flatten walks joined errors via the Unwrap() []error interface.
func flatten(err error) []*FieldError {
	var out []*FieldError
	if fe, ok := err.(*FieldError); ok {
		return append(out, fe)
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			out = append(out, flatten(e)...)
		}
	}
	return out
}

func main() {
	cases := []Signup{
		{"alice", "alice@example.com", 30, "correcthorse"},
		{"bo", "bo", 9, "bo"},
		{"charlie", "charlie@localhost", 200, "Charlie"},
		{"dörte", "d@x.io", 13, "dörtedörte"},
		{"eve", "eve.example.com", 45, "EVEEVEEVE"},
	}
	for _, c := range cases {
		err := c.Validate()
		if err == nil {
			fmt.Printf("%-8s valid\n", c.Username)
			continue
		}
		fes := flatten(err)
		fmt.Printf("%-8s %d problem(s)\n", c.Username, len(fes))
		for _, fe := range fes {
			fmt.Printf("    - %v\n", fe)
		}
		var first *FieldError
		if errors.As(err, &first) {
			fmt.Printf("    first failing field: %s/%s\n", first.Field, first.Rule)
		}
	}
	err := Signup{"x", "y", 0, "z"}.Validate()
	fmt.Println("joined error text:")
	for line := range strings.SplitSeq(err.Error(), "\n") {
		fmt.Println("  |", line)
	}
}
