package main

import (
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"time"
)

var (
	ErrRequired = errors.New("required field missing")
	ErrFormat   = errors.New("invalid format")
)

type FieldError struct {
	Field string
	Value string
	Err   error
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("%s=%q: %v", e.Field, e.Value, e.Err)
}
func (e *FieldError) Unwrap() error { return e.Err }

type RecordError struct {
	Line   int
	Fields []*FieldError
}

func (e *RecordError) Error() string {
	parts := make([]string, len(e.Fields))
	for i, f := range e.Fields {
		parts[i] = f.Error()
	}
	return fmt.Sprintf("line %d: %s", e.Line, strings.Join(parts, "; "))
}

type Signup struct {
	Email   string
	Country string
	Joined  time.Time
}

func validate(line int, raw string) (Signup, error) {
	cols := strings.Split(raw, ",")
	for len(cols) < 3 {
		cols = append(cols, "")
	}
	var s Signup
	rerr := &RecordError{Line: line}
	add := func(field, val string, err error) {
		rerr.Fields = append(rerr.Fields, &FieldError{field, val, err})
	}
	if cols[0] == "" {
		add("email", cols[0], ErrRequired)
	} else if addr, err := mail.ParseAddress(cols[0]); err != nil {
		add("email", cols[0], fmt.Errorf("%w: %v", ErrFormat, err))
	} else {
		s.Email = strings.ToLower(addr.Address)
	}
	switch c := strings.ToUpper(strings.TrimSpace(cols[1])); {
	case c == "":
		add("country", cols[1], ErrRequired)
	case len(c) != 2:
		add("country", cols[1], fmt.Errorf("%w: want ISO-3166 alpha-2", ErrFormat))
	default:
		s.Country = c
	}
	if t, err := time.Parse("2006-01-02", cols[2]); err != nil {
		add("joined", cols[2], fmt.Errorf("%w: %w", ErrFormat, err))
	} else {
		s.Joined = t
	}
	if len(rerr.Fields) > 0 {
		return Signup{}, fmt.Errorf("validate signup: %w", rerr)
	}
	return s, nil
}

func main() {
	rows := []string{
		"ann@example.com,us,2024-03-01",
		"BOB@Example.org,GB,2024-03-04",
		",de,2024-03-05",
		"carol at example,fr,2024-13-01",
		"dan@example.net,,2024-03-09",
		"erin@example.com,USA,03/10/2024",
		"frank@example.io,nl,2024-03-11",
	}
	var ok []Signup
	tally := map[string]int{}
	for i, r := range rows {
		s, err := validate(i+1, r)
		if err == nil {
			ok = append(ok, s)
			continue
		}
		fmt.Println("ERR", err)
		var re *RecordError
		if errors.As(err, &re) {
			for _, fe := range re.Fields {
				switch {
				case errors.Is(fe, ErrRequired):
					tally["required:"+fe.Field]++
				case errors.Is(fe, ErrFormat):
					tally["format:"+fe.Field]++
					var pe *time.ParseError
					if errors.As(fe, &pe) {
						fmt.Printf("    time.ParseError value=%q elem=%q\n", pe.Value, pe.ValueElem)
					}
				}
			}
		}
	}
	fmt.Printf("\nvalid: %d/%d\n", len(ok), len(rows))
	for _, s := range ok {
		fmt.Printf("  %-20s %s joined %s (%s)\n", s.Email, s.Country, s.Joined.Format("Jan 2"), s.Joined.Weekday())
	}
	fmt.Println("error tally:", tally)
}
