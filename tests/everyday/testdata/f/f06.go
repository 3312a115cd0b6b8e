// f06: validate customer records against many rules, collecting errors with errors.Join.
package main

import (
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"time"
	"unicode"
)

type Customer struct {
	ID      string
	Name    string
	Email   string
	Country string
	Age     int
	Joined  string
	Tags    []string
}

type FieldError struct {
	Field string
	Value any
	Rule  string
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("%s=%v violates %s", e.Field, e.Value, e.Rule)
}

var ErrRequired = errors.New("required field missing")

type rule func(c Customer) error

var countries = map[string]bool{"DE": true, "FR": true, "US": true, "JP": true, "BR": true}

var rules = []rule{
	func(c Customer) error {
		if c.ID == "" {
			return fmt.Errorf("id: %w", ErrRequired)
		}
		if !strings.HasPrefix(c.ID, "C-") || len(c.ID) != 7 {
			return &FieldError{"id", c.ID, "format C-NNNNN"}
		}
		return nil
	},
	func(c Customer) error {
		if strings.TrimSpace(c.Name) == "" {
			return fmt.Errorf("name: %w", ErrRequired)
		}
		for _, r := range c.Name {
			if !unicode.IsLetter(r) && r != ' ' && r != '-' && r != '\'' {
				return &FieldError{"name", c.Name, fmt.Sprintf("letters only (found %q)", r)}
			}
		}
		return nil
	},
	func(c Customer) error {
		if _, err := mail.ParseAddress(c.Email); err != nil {
			return fmt.Errorf("email %q: %w", c.Email, err)
		}
		return nil
	},
	func(c Customer) error {
		if !countries[c.Country] {
			return &FieldError{"country", c.Country, "ISO code in allow-list"}
		}
		return nil
	},
	func(c Customer) error {
		if c.Age < 18 || c.Age > 120 {
			return &FieldError{"age", c.Age, "range 18..120"}
		}
		return nil
	},
	func(c Customer) error {
		t, err := time.Parse(time.DateOnly, c.Joined)
		if err != nil {
			return fmt.Errorf("joined: %w", err)
		}
		if t.Before(time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)) {
			return &FieldError{"joined", c.Joined, "not before 2010-01-01"}
		}
		return nil
	},
	func(c Customer) error {
		seen := map[string]bool{}
		var errs []error
		for _, t := range c.Tags {
			if seen[t] {
				errs = append(errs, &FieldError{"tags", t, "unique"})
			}
			seen[t] = true
		}
		return errors.Join(errs...)
	},
}

func Validate(c Customer) error {
	var errs []error
	for _, r := range rules {
		if err := r(c); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return fmt.Errorf("customer %q: %w", c.ID, errors.Join(errs...))
}

func main() {
	customers := []Customer{
		{"C-00001", "Ada Lovelace", "ada@example.org", "DE", 36, "2015-03-09", []string{"vip"}},
		{"C-2", "R2D2", "not-an-email", "XX", 7, "2009-12-31", []string{"a", "b", "a"}},
		{"", "", "Bob <bob@example.com>", "US", 130, "2020-02-30", nil},
		{"C-00004", "Zoë O'Neil-Brandão", "zoe@example.jp", "JP", 44, "2023-11-05", []string{"x", "x", "x"}},
	}
	valid := 0
	for _, c := range customers {
		err := Validate(c)
		if err == nil {
			valid++
			fmt.Printf("%s OK\n", c.ID)
			continue
		}
		fmt.Println(strings.ReplaceAll(err.Error(), "\n", "\n    "))
		var fe *FieldError
		if errors.As(err, &fe) {
			fmt.Printf("  first field error: field=%s rule=%q\n", fe.Field, fe.Rule)
		}
		fmt.Printf("  missing required: %t\n", errors.Is(err, ErrRequired))
	}
	fmt.Printf("%d/%d valid\n", valid, len(customers))
}
