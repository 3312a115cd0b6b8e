package main

import (
	"errors"
	"fmt"
	"strings"
)

var (
	ErrNotFound     = errors.New("resource not found")
	ErrConflict     = errors.New("resource conflict")
	ErrUnauthorized = errors.New("unauthorized")
	ErrRateLimited  = errors.New("rate limited")
)

type Repo struct {
	items   map[string]int
	version map[string]int
	calls   int
}

func (r *Repo) Update(user, id string, expected, value int) error {
	r.calls++
	if user == "" {
		return ErrUnauthorized
	}
	if r.calls > 6 {
		return fmt.Errorf("repo.Update call %d: %w", r.calls, ErrRateLimited)
	}
	cur, ok := r.version[id]
	if !ok {
		return fmt.Errorf("update %s: %w", id, ErrNotFound)
	}
	if cur != expected {
		return fmt.Errorf("update %s at v%d (have v%d): %w", id, expected, cur, ErrConflict)
	}
	r.items[id] = value
	r.version[id]++
	return nil
}

func statusFor(err error) (int, string) {
	switch {
	case err == nil:
		return 200, "OK"
	case errors.Is(err, ErrNotFound):
		return 404, "Not Found"
	case errors.Is(err, ErrConflict):
		return 409, "Conflict"
	case errors.Is(err, ErrUnauthorized):
		return 401, "Unauthorized"
	case errors.Is(err, ErrRateLimited):
		return 429, "Too Many Requests"
	default:
		return 500, "Internal Server Error"
	}
}

func describe(err error) string {
	switch err {
	case nil:
		return "no error"
	case ErrUnauthorized:
		return "exact sentinel: unauthorized"
	default:
		return "wrapped or other: " + err.Error()
	}
}

func main() {
	repo := &Repo{
		items:   map[string]int{"a": 1, "b": 2},
		version: map[string]int{"a": 1, "b": 1},
	}
	type call struct {
		user, id      string
		expect, value int
	}
	calls := []call{
		{"u1", "a", 1, 10},
		{"u1", "a", 1, 11},
		{"", "b", 1, 20},
		{"u2", "zz", 1, 0},
		{"u2", "b", 1, 21},
		{"u2", "a", 2, 12},
		{"u3", "b", 2, 22},
	}
	tally := map[int]int{}
	for i, c := range calls {
		err := repo.Update(c.user, c.id, c.expect, c.value)
		code, text := statusFor(err)
		tally[code]++
		fmt.Printf("#%d %-3s %-3s -> %d %-17s | %s\n", i, c.user, c.id, code, text, describe(err))
	}
	fmt.Println("items:", repo.items)
	fmt.Println("versions:", repo.version)
	fmt.Println("tally:", tally)

	wrapped := fmt.Errorf("handler: %w", ErrUnauthorized)
	fmt.Println(wrapped == ErrUnauthorized, errors.Is(wrapped, ErrUnauthorized))
	fmt.Println(strings.ToUpper(describe(wrapped)))
	fmt.Println(describe(ErrUnauthorized))
}
