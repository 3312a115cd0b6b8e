package main

import (
	"errors"
	"fmt"
	"net/mail"
	"regexp"
	"strings"
	"unicode/utf8"
)

type FieldError struct {
	Field string
	Msg   string
}

func (e FieldError) Error() string { return e.Field + ": " + e.Msg }

type Signup struct {
	Username string
	Email    string
	Password string
	Age      int
	Country  string
	Tags     []string
}

type rule func(Signup) error

var usernameRE = regexp.MustCompile(`^[a-z][a-z0-9_]{2,15}$`)

var allowedCountries = map[string]bool{"DE": true, "FR": true, "US": true, "JP": true}

var rules = []rule{
	func(s Signup) error {
		if !usernameRE.MatchString(s.Username) {
			return FieldError{"username", "must match " + usernameRE.String()}
		}
		return nil
	},
	func(s Signup) error {
		if _, err := mail.ParseAddress(s.Email); err != nil {
			return FieldError{"email", "invalid address"}
		}
		return nil
	},
	func(s Signup) error {
		var errs []error
		if utf8.RuneCountInString(s.Password) < 8 {
			errs = append(errs, FieldError{"password", "too short"})
		}
		if !strings.ContainsAny(s.Password, "0123456789") {
			errs = append(errs, FieldError{"password", "needs a digit"})
		}
		if strings.Contains(strings.ToLower(s.Password), strings.ToLower(s.Username)) && s.Username != "" {
			errs = append(errs, FieldError{"password", "must not contain username"})
		}
		return errors.Join(errs...)
	},
	func(s Signup) error {
		if s.Age < 13 || s.Age > 130 {
			return FieldError{"age", fmt.Sprintf("%d out of range [13,130]", s.Age)}
		}
		return nil
	},
	func(s Signup) error {
		if !allowedCountries[s.Country] {
			return FieldError{"country", fmt.Sprintf("%q not supported", s.Country)}
		}
		return nil
	},
	func(s Signup) error {
		if len(s.Tags) > 3 {
			return FieldError{"tags", fmt.Sprintf("at most 3, got %d", len(s.Tags))}
		}
		return nil
	},
}

func Validate(s Signup) error {
	errs := make([]error, 0, len(rules))
	for _, r := range rules {
		errs = append(errs, r(s)) // nil entries are discarded by Join
	}
	return errors.Join(errs...)
}

// fieldsOf walks a (possibly nested) joined error and collects field names.
func fieldsOf(err error) []string {
	var out []string
	var walk func(error)
	walk = func(e error) {
		if fe, ok := e.(FieldError); ok {
			out = append(out, fe.Field)
			return
		}
		if j, ok := e.(interface{ Unwrap() []error }); ok {
			for _, inner := range j.Unwrap() {
				walk(inner)
			}
		}
	}
	walk(err)
	return out
}

func main() {
	inputs := []Signup{
		{"gopher_42", "gopher@example.org", "s3cretpass", 30, "DE", []string{"go"}},
		{"X", "not-an-email", "abc", 9, "ZZ", []string{"a", "b", "c", "d"}},
		{"maria", "Maria <maria@example.com>", "maria2024!", 45, "FR", nil},
		{"tom", "tom@example.com", "longpassword", 200, "US", nil},
	}
	for i, in := range inputs {
		err := Validate(in)
		if err == nil {
			fmt.Printf("#%d %s: OK\n", i+1, in.Username)
			continue
		}
		fmt.Printf("#%d %s: invalid fields %v\n", i+1, in.Username, fieldsOf(err))
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Println("    -", line)
		}
		var fe FieldError
		if errors.As(err, &fe) {
			fmt.Printf("    first: %+v\n", fe)
		}
	}
}
