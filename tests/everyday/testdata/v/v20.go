package main

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
)

var (
	ErrRequired = errors.New("required")
	ErrRange    = errors.New("out of range")
	ErrFormat   = errors.New("bad format")
)

type FieldError struct {
	Field string
	Err   error
	Value any
}

func (e FieldError) Error() string {
	return fmt.Sprintf("%s: %v (got %v)", e.Field, e.Err, e.Value)
}

func (e FieldError) Unwrap() error { return e.Err }

type Signup struct {
	Email   string
	Age     int
	Country string
	Plan    string
	Seats   int
}

var emailRE = regexp.MustCompile(`^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$`)

func (s Signup) Validate() error {
	var errs []error
	if s.Email == "" {
		errs = append(errs, FieldError{"email", ErrRequired, `""`})
	} else if !emailRE.MatchString(strings.ToLower(s.Email)) {
		errs = append(errs, FieldError{"email", ErrFormat, s.Email})
	}
	if s.Age < 13 || s.Age > 120 {
		errs = append(errs, FieldError{"age", ErrRange, s.Age})
	}
	if len(s.Country) != 2 {
		errs = append(errs, FieldError{"country", ErrFormat, s.Country})
	}
	switch s.Plan {
	case "free", "pro":
	case "team":
		if s.Seats < 2 {
			errs = append(errs, FieldError{"seats", ErrRange, s.Seats})
		}
	case "":
		errs = append(errs, FieldError{"plan", ErrRequired, `""`})
	default:
		errs = append(errs, FieldError{"plan", fmt.Errorf("%w: unknown plan %q", ErrFormat, s.Plan), s.Plan})
	}
	return errors.Join(errs...)
}

func main() {
	signups := []Signup{
		{"ana@example.com", 29, "PT", "pro", 1},
		{"", 10, "Germany", "team", 1},
		{"bob@@x", 45, "US", "enterprise", 0},
		{"Carla@Example.ORG", 33, "BR", "team", 5},
		{"dev@example.io", 130, "IN", "", 0},
	}

	counts := map[string]int{}
	valid := 0
	for i, s := range signups {
		err := s.Validate()
		if err == nil {
			valid++
			fmt.Printf("[%d] ok %s (%s)\n", i, s.Email, s.Plan)
			continue
		}
		fmt.Printf("[%d] invalid:\n", i)
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Println("    ", line)
		}
		switch {
		case errors.Is(err, ErrRequired):
			counts["required"]++
		}
		if errors.Is(err, ErrRange) {
			counts["range"]++
		}
		if errors.Is(err, ErrFormat) {
			counts["format"]++
		}
		var fe FieldError
		if errors.As(err, &fe) {
			fmt.Printf("     first field: %s, value type %T\n", fe.Field, fe.Value)
		}
		if joined, ok := err.(interface{ Unwrap() []error }); ok {
			fmt.Printf("     %d errors joined\n", len(joined.Unwrap()))
		}
	}
	fmt.Printf("valid=%d/%d categories=%v\n", valid, len(signups), counts)

	wrapped := fmt.Errorf("batch 7: %w", signups[2].Validate())
	fmt.Println(errors.Is(wrapped, ErrFormat), errors.Is(wrapped, ErrRequired))
	fmt.Println(errors.Join(nil, nil) == nil)
	fmt.Printf("%q\n", errors.Join(ErrRange, ErrFormat).Error())
}
