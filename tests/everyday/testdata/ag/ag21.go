// ag21: generic Result and Option types with combinators, used for parsing config values.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]    { return Option[T]{} }

func (o Option[T]) Get() (T, bool) { return o.val, o.ok }
func (o Option[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}
func (o Option[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

func MapOpt[T, U any](o Option[T], f func(T) U) Option[U] {
	if !o.ok {
		return None[U]()
	}
	return Some(f(o.val))
}

type Result[T any] struct {
	val T
	err error
}

func Ok[T any](v T) Result[T]           { return Result[T]{val: v} }
func Err[T any](e error) Result[T]      { return Result[T]{err: e} }
func Try[T any](v T, e error) Result[T] { return Result[T]{v, e} }

func (r Result[T]) IsOk() bool         { return r.err == nil }
func (r Result[T]) Unwrap() (T, error) { return r.val, r.err }
func (r Result[T]) Or(d T) T {
	if r.err != nil {
		return d
	}
	return r.val
}
func (r Result[T]) String() string {
	if r.err != nil {
		return "Err(" + r.err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.val)
}

func AndThen[T, U any](r Result[T], f func(T) Result[U]) Result[U] {
	if r.err != nil {
		return Err[U](r.err)
	}
	return f(r.val)
}

func MapRes[T, U any](r Result[T], f func(T) U) Result[U] {
	if r.err != nil {
		return Err[U](r.err)
	}
	return Ok(f(r.val))
}

// Collect turns []Result[T] into Result[[]T], failing on the first error.
func Collect[T any](rs []Result[T]) Result[[]T] {
	out := make([]T, 0, len(rs))
	for i, r := range rs {
		if r.err != nil {
			return Err[[]T](fmt.Errorf("item %d: %w", i, r.err))
		}
		out = append(out, r.val)
	}
	return Ok(out)
}

var ErrRange = errors.New("out of range")

type Config map[string]string

func (c Config) Lookup(k string) Option[string] {
	v, ok := c[k]
	if !ok {
		return None[string]()
	}
	return Some(v)
}

func parsePort(s string) Result[int] {
	return AndThen(Try(strconv.Atoi(s)), func(n int) Result[int] {
		if n < 1 || n > 65535 {
			return Err[int](fmt.Errorf("port %d: %w", n, ErrRange))
		}
		return Ok(n)
	})
}

func main() {
	cfg := Config{"host": "db.internal", "port": "5432", "timeout": "2.5", "replicas": "3,4,x", "admin_port": "70000", "ratios": "0.5, 0.25,1"}
	host := cfg.Lookup("host")
	user := cfg.Lookup("user")
	fmt.Println("host:", host, "user:", user)
	fmt.Println("user or default:", user.OrElse("postgres"))
	fmt.Println("host upper:", MapOpt(host, strings.ToUpper))
	fmt.Println("user length:", MapOpt(user, func(s string) int { return len(s) }))

	for _, k := range []string{"port", "admin_port", "host", "missing"} {
		raw := cfg.Lookup(k).OrElse("")
		r := parsePort(raw)
		fmt.Printf("%-10s -> %v\n", k, r)
		if _, err := r.Unwrap(); errors.Is(err, ErrRange) {
			fmt.Println("           (range error detected via errors.Is)")
		}
	}

	timeout := MapRes(Try(strconv.ParseFloat(cfg["timeout"], 64)), func(f float64) string {
		return fmt.Sprintf("%dms", int(f*1000))
	})
	fmt.Println("timeout:", timeout)

	parseList := func(s string) Result[[]int] {
		var rs []Result[int]
		for _, p := range strings.Split(s, ",") {
			rs = append(rs, Try(strconv.Atoi(strings.TrimSpace(p))))
		}
		return Collect(rs)
	}
	fmt.Println("replicas:", parseList(cfg["replicas"]))
	fmt.Println("good list:", parseList("1, 2 ,3"))
	fmt.Println("fallback:", parseList(cfg["replicas"]).Or([]int{1}))

	var fs []Result[float64]
	for _, p := range strings.Split(cfg["ratios"], ",") {
		fs = append(fs, Try(strconv.ParseFloat(strings.TrimSpace(p), 64)))
	}
	total := MapRes(Collect(fs), func(xs []float64) float64 {
		s := 0.0
		for _, x := range xs {
			s += x
		}
		return s
	})
	fmt.Println("ratios total:", total, "ok:", total.IsOk())

	nested := Some(Some(42))
	inner, _ := nested.Get()
	fmt.Println("nested:", nested, "inner:", inner)
}
