package main

import (
	"errors"
	"fmt"
	"strconv"
)

type NotFoundError struct{ Key string }

func (e NotFoundError) Error() string { return "not found: " + e.Key }

type ValidationError struct {
	Field string
	Err   error
}

func (e *ValidationError) Error() string { return e.Field + ": " + e.Err.Error() }
func (e *ValidationError) Unwrap() error { return e.Err }

var ErrEmpty = errors.New("empty value")
var ErrRange = errors.New("out of range")

func lookup(db map[string]string, k string) (string, error) {
	v, ok := db[k]
	if !ok {
		return "", NotFoundError{k}
	}
	return v, nil
}

func validateAge(s string) (int, error) {
	if s == "" {
		return 0, &ValidationError{"age", ErrEmpty}
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, &ValidationError{"age", err}
	}
	if n < 0 || n > 150 {
		return 0, &ValidationError{"age", fmt.Errorf("%d: %w", n, ErrRange)}
	}
	return n, nil
}

func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
}

func withCleanup(fail bool) (result string, err error) {
	defer func() {
		if err != nil {
			result = "rolled back"
			err = fmt.Errorf("withCleanup: %w", err)
		} else {
			result += " + committed"
		}
	}()
	if fail {
		return "partial", ErrRange
	}
	return "done", nil
}

func mustPositive(n int) int {
	if n <= 0 {
		panic(fmt.Sprintf("bad n=%d", n))
	}
	return n
}

func main() {
	db := map[string]string{"age": "42", "bad": "x1", "old": "200", "blank": ""}
	for _, k := range []string{"age", "bad", "old", "blank", "missing"} {
		v, err := lookup(db, k)
		if err == nil {
			_, err = validateAge(v)
		}
		var nf NotFoundError
		var ve *ValidationError
		var ne *strconv.NumError
		switch {
		case err == nil:
			fmt.Printf("%-8s ok\n", k)
		case errors.As(err, &nf):
			fmt.Printf("%-8s missing key %q\n", k, nf.Key)
		case errors.Is(err, ErrEmpty), errors.Is(err, ErrRange):
			fmt.Printf("%-8s sentinel: %v\n", k, err)
		case errors.As(err, &ne):
			fmt.Printf("%-8s numerr func=%s num=%q inner=%v field=%v\n", k, ne.Func, ne.Num, ne.Err, errors.As(err, &ve) && ve.Field == "age")
		}
	}
	fmt.Println(safeDivide(10, 3))
	fmt.Println(safeDivide(1, 0))
	fmt.Println(withCleanup(false))
	r, err := withCleanup(true)
	fmt.Println(r, err, errors.Is(err, ErrRange), errors.Unwrap(errors.Unwrap(err)) == nil)

	joined := errors.Join(ErrEmpty, nil, NotFoundError{"k"})
	fmt.Printf("%q %v\n", joined.Error(), errors.Is(joined, ErrEmpty))
	var nf NotFoundError
	fmt.Println(errors.As(joined, &nf), nf.Key)

	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T: %v\n", r, r)
		}()
		mustPositive(-3)
	}()
	fmt.Println(error(NotFoundError{"a"}) == NotFoundError{"a"}, error(NotFoundError{"a"}) == error(NotFoundError{"b"}))
	fmt.Printf("%v | %+v | %s\n", &ValidationError{"x", ErrEmpty}, NotFoundError{"z"}, fmt.Errorf("wrap: %w and %w", ErrEmpty, ErrRange))
}
