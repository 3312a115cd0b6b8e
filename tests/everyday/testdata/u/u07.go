package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
)

var (
	ErrParse    = errors.New("parse error")
	ErrLimit    = errors.New("limit exceeded")
	ErrNotFound = fs.ErrNotExist
)

type LineError struct {
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

func parseValue(s string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return 0, fmt.Errorf("%w: value %q: %w", ErrParse, s, err)
	}
	if n > 1000 {
		return 0, fmt.Errorf("value %d: %w", n, ErrLimit)
	}
	return n, nil
}

func parseLine(i int, line string) (string, int, error) {
	k, v, ok := strings.Cut(line, "=")
	if !ok {
		return "", 0, &LineError{Line: i, Err: fmt.Errorf("%w: missing '='", ErrParse)}
	}
	n, err := parseValue(v)
	if err != nil {
		return "", 0, &LineError{Line: i, Err: fmt.Errorf("key %s: %w", k, err)}
	}
	return k, n, nil
}

func loadSection(name, body string) (map[string]int, error) {
	if body == "" {
		return nil, fmt.Errorf("section %s: %w", name, ErrNotFound)
	}
	out := map[string]int{}
	var errs []error
	for i, line := range strings.Split(body, "\n") {
		k, n, err := parseLine(i+1, line)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out[k] = n
	}
	if err := errors.Join(errs...); err != nil {
		return out, fmt.Errorf("section %s: %w", name, err)
	}
	return out, nil
}

func main() {
	sections := []struct{ name, body string }{
		{"limits", "cpu=4\nmem=512"},
		{"broken", "a=1\nb=two\nnoequals\nc=5000\nd= 7 "},
		{"empty", ""},
	}
	for _, s := range sections {
		vals, err := loadSection(s.name, s.body)
		fmt.Printf("[%s] values=%v\n", s.name, vals)
		if err == nil {
			continue
		}
		fmt.Println("error:")
		fmt.Println(err)
		fmt.Printf("  Is(ErrParse)=%t Is(ErrLimit)=%t Is(ErrNotFound)=%t Is(fs.ErrNotExist)=%t\n",
			errors.Is(err, ErrParse), errors.Is(err, ErrLimit), errors.Is(err, ErrNotFound), errors.Is(err, fs.ErrNotExist))
		var le *LineError
		if errors.As(err, &le) {
			fmt.Printf("  first line error at line %d: %v\n", le.Line, le.Err)
		}
		var numErr *strconv.NumError
		if errors.As(err, &numErr) {
			fmt.Printf("  strconv: func=%s num=%q err=%v\n", numErr.Func, numErr.Num, numErr.Err)
		}
		if multi, ok := errors.Unwrap(err).(interface{ Unwrap() []error }); ok {
			fmt.Println("  joined count:", len(multi.Unwrap()))
		}
	}

	depth := 0
	var err error = errors.New("root cause")
	for i := range 4 {
		err = fmt.Errorf("layer %d: %w", i, err)
	}
	for e := err; e != nil; e = errors.Unwrap(e) {
		depth++
	}
	fmt.Println(err)
	fmt.Println("depth:", depth)
}
