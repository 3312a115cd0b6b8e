// q12: generic Option and Result types for parsing service configuration lines.
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

type Result[T any] struct {
	val T
	err error
}

func Ok[T any](v T) Result[T]           { return Result[T]{val: v} }
func Err[T any](e error) Result[T]      { return Result[T]{err: e} }
func Try[T any](v T, e error) Result[T] { return Result[T]{v, e} }

func (r Result[T]) IsOk() bool         { return r.err == nil }
func (r Result[T]) Unwrap() (T, error) { return r.val, r.err }
func (r Result[T]) Ok() Option[T] {
	if r.err != nil {
		return None[T]()
	}
	return Some(r.val)
}

// Then chains a fallible step; methods cannot add type params, so it is a function.
func Then[T, U any](r Result[T], f func(T) Result[U]) Result[U] {
	if r.err != nil {
		return Err[U](r.err)
	}
	return f(r.val)
}

var ErrRange = errors.New("out of range")

type Setting struct {
	Key   string
	Value string
}

func parseLine(line string) Result[Setting] {
	k, v, found := strings.Cut(line, "=")
	if !found {
		return Err[Setting](fmt.Errorf("missing '=' in %q", line))
	}
	return Ok(Setting{strings.TrimSpace(k), strings.TrimSpace(v)})
}

func port(s Setting) Result[int] {
	return Then(Try(strconv.Atoi(s.Value)), func(n int) Result[int] {
		if n < 1 || n > 65535 {
			return Err[int](fmt.Errorf("port %d: %w", n, ErrRange))
		}
		return Ok(n)
	})
}

type Config struct {
	values map[string]string
}

func (c Config) Lookup(key string) Option[string] {
	if v, ok := c.values[key]; ok {
		return Some(v)
	}
	return None[string]()
}

func main() {
	lines := []string{
		"host = db.internal", "port = 5432", "admin_port = 99999", "replicas = three",
		"timeout_ms=2500", "garbage line", "debug = true", "metrics_port = 9100",
	}
	cfg := Config{values: map[string]string{}}
	for _, l := range lines {
		r := parseLine(l)
		s, err := r.Unwrap()
		if err != nil {
			fmt.Printf("skip: %v\n", err)
			continue
		}
		cfg.values[s.Key] = s.Value
		if strings.HasSuffix(s.Key, "port") {
			p, err := port(s).Unwrap()
			switch {
			case errors.Is(err, ErrRange):
				fmt.Printf("%-13s invalid (range): %v\n", s.Key, err)
			case err != nil:
				fmt.Printf("%-13s invalid: %v\n", s.Key, err)
			default:
				fmt.Printf("%-13s port %d\n", s.Key, p)
			}
		}
	}
	fmt.Println("lookups:")
	for _, k := range []string{"host", "debug", "region", "replicas"} {
		fmt.Printf("  %-9s %v\n", k, cfg.Lookup(k))
	}
	fmt.Println("region default:", cfg.Lookup("region").OrElse("eu-west-1"))

	replicas := Then(parseLine("replicas = three"), func(s Setting) Result[int] { return Try(strconv.Atoi(s.Value)) })
	fmt.Println("replicas ok?", replicas.IsOk(), "as option:", replicas.Ok(), "fallback:", replicas.Ok().OrElse(1))
	timeout := Then(parseLine("timeout_ms=2500"), func(s Setting) Result[int] { return Try(strconv.Atoi(s.Value)) })
	fmt.Println("timeout option:", timeout.Ok())
	if v, ok := timeout.Ok().Get(); ok {
		fmt.Printf("timeout seconds: %.1f\n", float64(v)/1000)
	}
}
