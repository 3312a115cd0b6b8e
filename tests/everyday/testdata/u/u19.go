package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Result[T any] struct {
	val T
	err error
}

func Ok[T any](v T) Result[T]        { return Result[T]{val: v} }
func Err[T any](err error) Result[T] { return Result[T]{err: err} }

func Try[T any](v T, err error) Result[T] { return Result[T]{v, err} }

func (r Result[T]) IsOk() bool { return r.err == nil }

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

func Map[T, U any](r Result[T], f func(T) U) Result[U] {
	if r.err != nil {
		return Err[U](r.err)
	}
	return Ok(f(r.val))
}

type Optional[T any] struct {
	value T
	set   bool
}

func Some[T any](v T) Optional[T] { return Optional[T]{v, true} }
func None[T any]() Optional[T]    { return Optional[T]{} }

func (o Optional[T]) Get() (T, bool) { return o.value, o.set }
func (o Optional[T]) Or(def T) T {
	if o.set {
		return o.value
	}
	return def
}
func (o Optional[T]) String() string {
	if !o.set {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.value)
}

type UserPatch struct {
	Name  Optional[string]
	Age   Optional[int]
	Admin Optional[bool]
}

type User struct {
	Name  string
	Age   int
	Admin bool
}

func (u User) Apply(p UserPatch) User {
	u.Name = p.Name.Or(u.Name)
	u.Age = p.Age.Or(u.Age)
	if v, ok := p.Admin.Get(); ok {
		u.Admin = v
	}
	return u
}

var ErrEmpty = errors.New("empty input")

func parsePort(s string) Result[int] {
	s = strings.TrimSpace(s)
	if s == "" {
		return Err[int](ErrEmpty)
	}
	return Try(strconv.Atoi(s))
}

func main() {
	inputs := []string{"8080", " 443 ", "", "http", "99999"}
	var results []Result[int]
	for _, in := range inputs {
		r := parsePort(in)
		results = append(results, r)
		valid := Map(r, func(p int) bool { return p > 0 && p < 65536 })
		fmt.Printf("%-9q -> %-60v valid=%v or=%d\n", in, r, valid, r.OrElse(-1))
	}
	fmt.Println(results)
	if _, err := results[2].Unwrap(); errors.Is(err, ErrEmpty) {
		fmt.Println("third input was empty")
	}
	labels := Map(Ok(3), func(n int) string { return strings.Repeat("*", n) })
	fmt.Printf("%v %T\n", labels, labels)

	u := User{Name: "alice", Age: 30}
	patches := []UserPatch{
		{Age: Some(31)},
		{Name: Some("Alice Smith"), Admin: Some(true)},
		{},
		{Admin: Some(false), Age: None[int]()},
	}
	for i, p := range patches {
		u = u.Apply(p)
		fmt.Printf("patch %d %+v => %+v\n", i, p, u)
	}
	var o Optional[[]string]
	fmt.Println(o, Some([]string{"a", "b"}), Some(Some(1)))
}
