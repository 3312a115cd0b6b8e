package main

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"time"
)

// Sleeper lets the retry loop "wait" without real time passing.
type Sleeper interface {
	Sleep(ctx context.Context, d time.Duration) error
}

type fakeSleeper struct {
	total time.Duration
	waits []time.Duration
}

func (f *fakeSleeper) Sleep(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	f.waits = append(f.waits, d)
	f.total += d
	return nil
}

type RetryPolicy struct {
	MaxAttempts int
	Base        time.Duration
	Max         time.Duration
	Jitter      *rand.Rand
}

// PermanentError marks an error that must not be retried.
type PermanentError struct{ Err error }

func (p PermanentError) Error() string { return "permanent: " + p.Err.Error() }
func (p PermanentError) Unwrap() error { return p.Err }

func (p RetryPolicy) backoff(attempt int) time.Duration {
	d := min(p.Base<<attempt, p.Max)
	if p.Jitter != nil {
		// full jitter in [d/2, d)
		d = d/2 + time.Duration(p.Jitter.Int64N(int64(d/2)))
	}
	return d.Truncate(time.Millisecond)
}

func Do(ctx context.Context, p RetryPolicy, s Sleeper, op func(attempt int) error) (int, error) {
	var errs []error
	for attempt := range p.MaxAttempts {
		err := op(attempt)
		if err == nil {
			return attempt + 1, nil
		}
		errs = append(errs, fmt.Errorf("attempt %d: %w", attempt+1, err))
		var perm PermanentError
		if errors.As(err, &perm) {
			break
		}
		if attempt == p.MaxAttempts-1 {
			break
		}
		if serr := s.Sleep(ctx, p.backoff(attempt)); serr != nil {
			errs = append(errs, serr)
			break
		}
	}
	return len(errs), errors.Join(errs...)
}

var errUnavailable = errors.New("503 service unavailable")

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	policy := RetryPolicy{MaxAttempts: 5, Base: 100 * time.Millisecond, Max: 1 * time.Second, Jitter: rng}

	cases := []struct {
		name string
		op   func(int) error
	}{
		{"flaky-then-ok", func(a int) error {
			if a < 3 {
				return errUnavailable
			}
			return nil
		}},
		{"always-down", func(int) error { return errUnavailable }},
		{"bad-request", func(a int) error {
			if a == 1 {
				return PermanentError{errors.New("400 invalid payload")}
			}
			return errUnavailable
		}},
	}

	for _, c := range cases {
		s := &fakeSleeper{}
		n, err := Do(context.Background(), policy, s, c.op)
		fmt.Printf("%s: attempts=%d waited=%v waits=%v\n", c.name, n, s.total, s.waits)
		if err != nil {
			fmt.Printf("  err:\n%v\n", err)
			fmt.Println("  unavailable?", errors.Is(err, errUnavailable))
		}
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	s := &fakeSleeper{}
	_, err := Do(ctx, RetryPolicy{MaxAttempts: 3, Base: time.Second, Max: time.Minute}, s, func(int) error { return errUnavailable })
	fmt.Println("cancelled ctx:", errors.Is(err, context.Canceled), "waits:", len(s.waits))
}
