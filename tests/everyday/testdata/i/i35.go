package main

import (
	"fmt"
	"strconv"
	"strings"
)

// Option represents an optional value without resorting to nil pointers.
type Option[T any] struct {
	v     T
	valid bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]    { return Option[T]{} }

func FromPtr[T any](p *T) Option[T] {
	if p == nil {
		return None[T]()
	}
	return Some(*p)
}

func (o Option[T]) Get() (T, bool) { return o.v, o.valid }
func (o Option[T]) Or(def T) T {
	if o.valid {
		return o.v
	}
	return def
}
func (o Option[T]) Ptr() *T {
	if !o.valid {
		return nil
	}
	v := o.v
	return &v
}
func (o Option[T]) String() string {
	if !o.valid {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.v)
}

func MapOpt[T, U any](o Option[T], f func(T) U) Option[U] {
	if v, ok := o.Get(); ok {
		return Some(f(v))
	}
	return None[U]()
}

func FlatMap[T, U any](o Option[T], f func(T) Option[U]) Option[U] {
	if v, ok := o.Get(); ok {
		return f(v)
	}
	return None[U]()
}

// FirstSome returns the first present option.
func FirstSome[T any](opts ...Option[T]) Option[T] {
	for _, o := range opts {
		if o.valid {
			return o
		}
	}
	return None[T]()
}

type Config struct {
	Host    Option[string]
	Port    Option[int]
	Retries *int
}

type Percent float64

func (p Percent) String() string { return strconv.FormatFloat(float64(p), 'f', 1, 64) + "%" }

func lookup(env map[string]string, key string) Option[string] {
	if v, ok := env[key]; ok && v != "" {
		return Some(v)
	}
	return None[string]()
}

func atoi(s string) Option[int] {
	n, err := strconv.Atoi(s)
	if err != nil {
		return None[int]()
	}
	return Some(n)
}

func main() {
	env := map[string]string{"APP_HOST": "", "HOST": "db.internal", "PORT": "54x2", "ALT_PORT": "6543", "LOAD": "0.731"}
	cfg := Config{
		Host: FirstSome(lookup(env, "APP_HOST"), lookup(env, "HOST"), Some("localhost")),
		Port: FirstSome(FlatMap(lookup(env, "PORT"), atoi), FlatMap(lookup(env, "ALT_PORT"), atoi)),
	}
	fmt.Printf("%+v\n", cfg)
	fmt.Println("addr:", cfg.Host.Or("?")+":"+strconv.Itoa(cfg.Port.Or(5432)))
	fmt.Println("retries:", FromPtr(cfg.Retries), "default:", FromPtr(cfg.Retries).Or(3))
	three := 5
	cfg.Retries = &three
	fmt.Println("retries now:", FromPtr(cfg.Retries))

	load := MapOpt(FlatMap(lookup(env, "LOAD"), func(s string) Option[float64] {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return None[float64]()
		}
		return Some(f)
	}), func(f float64) Percent { return Percent(f * 100) })
	fmt.Println("load:", load)
	fmt.Println("missing load:", MapOpt(lookup(env, "NOPE"), strings.ToUpper))

	p := Some(Percent(12.5)).Ptr()
	*p += 1
	fmt.Println("ptr copy:", *p, "none ptr is nil:", None[Percent]().Ptr() == nil)
	opts := []Option[Percent]{Some[Percent](1), None[Percent](), Some[Percent](99.95)}
	fmt.Println(opts)
}
