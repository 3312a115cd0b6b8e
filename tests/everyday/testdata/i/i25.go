package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Result carries either a value or an error.
type Result[T any] struct {
	val T
	err error
}

func Ok[T any](v T) Result[T]        { return Result[T]{val: v} }
func Err[T any](err error) Result[T] { return Result[T]{err: err} }

func Try[T any](v T, err error) Result[T] { return Result[T]{v, err} }

func (r Result[T]) Unwrap() (T, error) { return r.val, r.err }
func (r Result[T]) OrElse(def T) T {
	if r.err != nil {
		return def
	}
	return r.val
}

func (r Result[T]) String() string {
	if r.err != nil {
		return "Err(" + r.err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.val)
}

// Then chains a fallible computation with a possibly different type.
func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.err != nil {
		return Err[U](r.err)
	}
	return Try(f(r.val))
}

// Collect turns []Result[T] into Result[[]T], joining all errors.
func Collect[T any](rs []Result[T]) Result[[]T] {
	var vals []T
	var errs []error
	for _, r := range rs {
		if r.err != nil {
			errs = append(errs, r.err)
			continue
		}
		vals = append(vals, r.val)
	}
	if len(errs) > 0 {
		return Err[[]T](errors.Join(errs...))
	}
	return Ok(vals)
}

type Port uint16

func (p Port) String() string { return ":" + strconv.Itoa(int(p)) }

var ErrRange = errors.New("port out of range")

func parsePort(s string) Result[Port] {
	return Then(Try(strconv.Atoi(strings.TrimSpace(s))), func(n int) (Port, error) {
		if n < 1 || n > 65535 {
			return 0, fmt.Errorf("%d: %w", n, ErrRange)
		}
		return Port(n), nil
	})
}

func main() {
	inputs := []string{"8080", " 443", "http", "70000", "22"}
	var rs []Result[Port]
	for _, in := range inputs {
		r := parsePort(in)
		rs = append(rs, r)
		fmt.Printf("%-8q -> %v\n", in, r)
	}

	fmt.Println("with default:", parsePort("x").OrElse(80), parsePort("9000").OrElse(80))

	all := Collect(rs)
	if _, err := all.Unwrap(); err != nil {
		fmt.Println("collect failed:")
		for line := range strings.Lines(err.Error()) {
			fmt.Print("  - ", line)
		}
		fmt.Println()
		fmt.Println("contains ErrRange:", errors.Is(err, ErrRange))
	}

	good := Collect([]Result[Port]{parsePort("1"), parsePort("2"), parsePort("3")})
	fmt.Println("good:", good)

	doubled := Then(good, func(ps []Port) (string, error) {
		var sb strings.Builder
		for _, p := range ps {
			sb.WriteString(p.String())
		}
		return sb.String(), nil
	})
	fmt.Println("joined:", doubled)
	chained := Then(parsePort("0"), func(p Port) (int, error) { return int(p) * 2, nil })
	v, err := chained.Unwrap()
	fmt.Printf("chained: %v (v=%d, err=%v)\n", chained, v, err)
}
