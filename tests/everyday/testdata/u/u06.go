package main

import (
	"errors"
	"fmt"
	"strings"
)

type ValidationError struct {
	Field  string
	Reason string
}

func (v ValidationError) Error() string {
	return fmt.Sprintf("validation failed on %s: %s", v.Field, v.Reason)
}

type HTTPError struct {
	Code int
	Msg  string
	Err  error
}

func (e *HTTPError) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("http %d: %s: %v", e.Code, e.Msg, e.Err)
	}
	return fmt.Sprintf("http %d: %s", e.Code, e.Msg)
}

func (e *HTTPError) Unwrap() error { return e.Err }

type TimeoutError struct{ Op string }

func (t TimeoutError) Error() string   { return t.Op + ": timeout" }
func (t TimeoutError) Temporary() bool { return true }

type temporary interface{ Temporary() bool }

type User struct {
	Name  string
	Email string
	Age   int
}

func validate(u User) error {
	switch {
	case u.Name == "":
		return ValidationError{"name", "required"}
	case !strings.Contains(u.Email, "@"):
		return ValidationError{"email", fmt.Sprintf("%q is not an address", u.Email)}
	case u.Age < 0 || u.Age > 150:
		return ValidationError{Field: "age", Reason: fmt.Sprintf("%d out of range", u.Age)}
	}
	return nil
}

func createUser(u User) error {
	if err := validate(u); err != nil {
		return &HTTPError{Code: 400, Msg: "bad request", Err: err}
	}
	if u.Name == "slow" {
		return &HTTPError{Code: 504, Msg: "upstream", Err: TimeoutError{"db.insert"}}
	}
	if u.Name == "root" {
		return &HTTPError{Code: 403, Msg: "forbidden"}
	}
	return nil
}

func classify(err error) string {
	var ve ValidationError
	var he *HTTPError
	var tmp temporary
	parts := []string{}
	if errors.As(err, &he) {
		parts = append(parts, fmt.Sprintf("code=%d", he.Code))
	}
	if errors.As(err, &ve) {
		parts = append(parts, "field="+ve.Field)
	}
	if errors.As(err, &tmp) && tmp.Temporary() {
		parts = append(parts, "retryable")
	}
	return strings.Join(parts, ",")
}

func main() {
	users := []User{
		{"alice", "alice@example.com", 30},
		{"", "x@y", 1},
		{"bob", "bob.example.com", 40},
		{"carol", "c@e.com", 200},
		{"slow", "s@e.com", 5},
		{"root", "r@e.com", 50},
	}
	var failures []error
	for _, u := range users {
		err := createUser(u)
		if err == nil {
			fmt.Printf("created %+v\n", u)
			continue
		}
		failures = append(failures, err)
		fmt.Printf("%-6q -> %v [%s]\n", u.Name, err, classify(err))
	}
	fmt.Println("failures:", len(failures))
	fmt.Printf("%v\n", failures[0])
	fmt.Printf("%+v\n", *failures[0].(*HTTPError))
	fmt.Printf("%T %T\n", failures[0], errors.Unwrap(failures[0]))

	target := ValidationError{"name", "required"}
	for i, f := range failures {
		fmt.Printf("%d is name-required: %t\n", i, errors.Is(f, target))
	}

	var nilHTTP *HTTPError
	fmt.Println("nil pointer is nil:", nilHTTP == nil)
	var asErr error = TimeoutError{"cache.get"}
	if te, ok := asErr.(TimeoutError); ok {
		fmt.Printf("%#v %v\n", te, te)
	}
}
