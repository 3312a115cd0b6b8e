package main

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
)

// temporary is the behavioural interface callers test for with errors.As.
type temporary interface {
	Temporary() bool
}

type HTTPError struct {
	Code int
}

func (e *HTTPError) Error() string   { return fmt.Sprintf("http %d", e.Code) }
func (e *HTTPError) Temporary() bool { return e.Code == 429 || e.Code >= 500 }

type TimeoutError struct{ Op string }

func (e TimeoutError) Error() string   { return e.Op + ": timeout" }
func (e TimeoutError) Temporary() bool { return true }

var ErrAuth = errors.New("authentication failed")

type Policy struct {
	MaxAttempts int
	BaseMs      int
	CapMs       int
	rng         *rand.Rand
}

// Backoff returns the exponential delay for an attempt with "full jitter".
func (p Policy) Backoff(attempt int) int {
	exp := min(p.CapMs, p.BaseMs<<attempt)
	return exp/2 + p.rng.IntN(exp/2+1)
}

type Attempt struct {
	N       int
	Err     error
	WaitMs  int
	Retried bool
}

func isRetryable(err error) bool {
	var t temporary
	return errors.As(err, &t) && t.Temporary()
}

func Do(p Policy, op func(attempt int) error) ([]Attempt, error) {
	var log []Attempt
	var errs []error
	for n := range p.MaxAttempts {
		err := op(n)
		if err == nil {
			log = append(log, Attempt{N: n})
			return log, nil
		}
		errs = append(errs, fmt.Errorf("attempt %d: %w", n+1, err))
		if !isRetryable(err) || n == p.MaxAttempts-1 {
			log = append(log, Attempt{N: n, Err: err})
			break
		}
		log = append(log, Attempt{n, err, p.Backoff(n), true})
	}
	return log, errors.Join(errs...)
}

// scripted returns an op that yields the given errors in order, then success.
func scripted(errs ...error) func(int) error {
	return func(n int) error {
		if n < len(errs) {
			return errs[n]
		}
		return nil
	}
}

func main() {
	p := Policy{MaxAttempts: 5, BaseMs: 100, CapMs: 2000, rng: rand.New(rand.NewPCG(1, 2))}
	scenarios := []struct {
		name string
		op   func(int) error
	}{
		{"flaky-then-ok", scripted(&HTTPError{503}, TimeoutError{"dial"}, nil)},
		{"rate-limited", scripted(&HTTPError{429}, &HTTPError{429}, &HTTPError{429}, &HTTPError{200 + 302})},
		{"not-found", scripted(&HTTPError{404})},
		{"auth", scripted(fmt.Errorf("login: %w", ErrAuth))},
		{"wrapped-timeout", scripted(fmt.Errorf("fetch: %w", TimeoutError{"read"}), fmt.Errorf("fetch: %w", TimeoutError{"read"}))},
		{"always-down", scripted(&HTTPError{500}, &HTTPError{502}, &HTTPError{503}, &HTTPError{504}, &HTTPError{500}, nil)},
	}
	for _, s := range scenarios {
		log, err := Do(p, s.op)
		total := 0
		var steps []string
		for _, a := range log {
			switch {
			case a.Err == nil:
				steps = append(steps, "ok")
			case a.Retried:
				steps = append(steps, fmt.Sprintf("%v~%dms", a.Err, a.WaitMs))
				total += a.WaitMs
			default:
				steps = append(steps, fmt.Sprintf("%v!", a.Err))
			}
		}
		fmt.Printf("%-16s attempts=%d waited=%5dms  %s\n", s.name, len(log), total, strings.Join(steps, " -> "))
		if err != nil && log[len(log)-1].Err != nil {
			var he *HTTPError
			fmt.Printf("%16s final: auth=%v http=%v", "", errors.Is(err, ErrAuth), errors.As(err, &he))
			if he != nil {
				fmt.Printf(" (first code %d)", he.Code)
			}
			fmt.Printf(" errors=%d\n", strings.Count(err.Error(), "\n")+1)
		}
	}
	fmt.Println("backoff curve (fresh rng):")
	p.rng = rand.New(rand.NewPCG(9, 9))
	for a := range 7 {
		fmt.Printf("  attempt %d: cap %4d -> %4dms\n", a, min(p.CapMs, p.BaseMs<<a), p.Backoff(a))
	}
}
