// Command j07 validates configuration records and classifies failures with
// custom error types, wrapping, errors.Is/As and type switches on errors.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
)

var ErrEmpty = errors.New("empty value")

type FieldError struct {
	Line  int
	Field string
	Err   error
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("line %d: field %s: %v", e.Line, e.Field, e.Err)
}

func (e *FieldError) Unwrap() error { return e.Err }

type RangeError struct {
	Value, Min, Max int
}

func (e RangeError) Error() string {
	return fmt.Sprintf("%d out of range [%d, %d]", e.Value, e.Min, e.Max)
}

type Config struct {
	Name string
	Port int
	Path string
}

func parseLine(n int, line string) (Config, error) {
	parts := strings.Split(line, ",")
	if len(parts) != 3 {
		return Config{}, fmt.Errorf("line %d: want 3 fields, got %d", n, len(parts))
	}
	name, portStr, path := strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1]), strings.TrimSpace(parts[2])
	if name == "" {
		return Config{}, &FieldError{n, "name", ErrEmpty}
	}
	port, err := strconv.Atoi(portStr)
	if err != nil {
		return Config{}, &FieldError{n, "port", err}
	}
	if port < 1 || port > 65535 {
		return Config{}, &FieldError{n, "port", RangeError{port, 1, 65535}}
	}
	if !strings.HasPrefix(path, "/") {
		return Config{}, &FieldError{n, "path", &fs.PathError{Op: "validate", Path: path, Err: fs.ErrInvalid}}
	}
	return Config{name, port, path}, nil
}

func classify(err error) string {
	var numErr *strconv.NumError
	var rangeErr RangeError
	var pathErr *fs.PathError
	switch {
	case errors.Is(err, ErrEmpty):
		return "missing value"
	case errors.As(err, &numErr):
		return fmt.Sprintf("not a number (func=%s input=%q)", numErr.Func, numErr.Num)
	case errors.As(err, &rangeErr):
		return fmt.Sprintf("range violation by %d", rangeErr.Value-rangeErr.Max)
	case errors.As(err, &pathErr) && errors.Is(err, fs.ErrInvalid):
		return "invalid path " + strconv.Quote(pathErr.Path)
	}
	return "generic"
}

func kind(err error) string {
	switch e := err.(type) {
	case nil:
		return "ok"
	case *FieldError:
		return "field:" + e.Field
	case RangeError:
		return "range"
	default:
		return fmt.Sprintf("other(%T)", e)
	}
}

func main() {
	input := `web, 8080, /srv/www
, 80, /
api, eighty, /api
db, 70000, /var/db
cache, 6379, tmp/cache
broken line`
	var good []Config
	var errs []error
	for i, line := range strings.Split(input, "\n") {
		cfg, err := parseLine(i+1, line)
		fmt.Printf("%-22q kind=%s\n", line, kind(err))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		good = append(good, cfg)
	}
	fmt.Printf("\nparsed %d configs: %+v\n\n", len(good), good)
	for _, err := range errs {
		fmt.Printf("%v\n    -> %s\n", err, classify(err))
	}
	joined := errors.Join(errs...)
	fmt.Println("\njoined contains ErrEmpty:", errors.Is(joined, ErrEmpty))
	var re RangeError
	fmt.Println("joined contains RangeError:", errors.As(joined, &re), re)
	wrapped := fmt.Errorf("load config: %w", errs[0])
	var fe *FieldError
	if errors.As(wrapped, &fe) {
		fmt.Printf("unwrapped FieldError: line=%d field=%s inner=%v\n", fe.Line, fe.Field, errors.Unwrap(fe))
	}
}
