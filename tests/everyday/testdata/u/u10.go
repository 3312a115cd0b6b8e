package main

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"time"
)

type Backoff struct {
	Base       time.Duration
	Max        time.Duration
	Multiplier float64
	Jitter     float64
	rng        *rand.Rand
}

func (b *Backoff) Delay(attempt int) time.Duration {
	d := float64(b.Base)
	for range attempt {
		d *= b.Multiplier
	}
	if d > float64(b.Max) {
		d = float64(b.Max)
	}
	if b.Jitter > 0 && b.rng != nil {
		delta := d * b.Jitter
		d = d - delta + b.rng.Float64()*2*delta
	}
	return time.Duration(d).Truncate(time.Millisecond)
}

var ErrPermanent = errors.New("permanent failure")

type RetryError struct {
	Attempts int
	Last     error
}

func (e *RetryError) Error() string {
	return fmt.Sprintf("gave up after %d attempts: %v", e.Attempts, e.Last)
}
func (e *RetryError) Unwrap() error { return e.Last }

func Retry(maxAttempts int, b *Backoff, op func(attempt int) error) (waited time.Duration, err error) {
	for attempt := range maxAttempts {
		err = op(attempt)
		if err == nil {
			return waited, nil
		}
		if errors.Is(err, ErrPermanent) {
			return waited, &RetryError{Attempts: attempt + 1, Last: err}
		}
		if attempt < maxAttempts-1 {
			d := b.Delay(attempt)
			fmt.Printf("    attempt %d failed (%v), next in %v\n", attempt+1, err, d)
			waited += d
		}
	}
	return waited, &RetryError{Attempts: maxAttempts, Last: err}
}

func flaky(succeedOn int) func(int) error {
	return func(attempt int) error {
		if attempt+1 >= succeedOn {
			return nil
		}
		return fmt.Errorf("503 from upstream (try %d)", attempt+1)
	}
}

func main() {
	plain := &Backoff{Base: 100 * time.Millisecond, Max: 2 * time.Second, Multiplier: 2}
	for i := range 7 {
		fmt.Printf("attempt %d: %v\n", i, plain.Delay(i))
	}

	jittered := &Backoff{Base: 50 * time.Millisecond, Max: time.Second, Multiplier: 3, Jitter: 0.2, rng: rand.New(rand.NewPCG(3, 5))}
	var delays []time.Duration
	for i := range 5 {
		delays = append(delays, jittered.Delay(i))
	}
	fmt.Println("jittered:", delays)

	cases := []struct {
		name string
		op   func(int) error
	}{
		{"ok-first", flaky(1)},
		{"ok-third", flaky(3)},
		{"never", flaky(100)},
		{"permanent", func(a int) error {
			if a == 1 {
				return fmt.Errorf("bad credentials: %w", ErrPermanent)
			}
			return errors.New("transient")
		}},
	}
	for _, c := range cases {
		fmt.Println("case", c.name)
		waited, err := Retry(4, plain, c.op)
		var re *RetryError
		if errors.As(err, &re) {
			fmt.Printf("  failed: attempts=%d permanent=%t waited=%v\n", re.Attempts, errors.Is(err, ErrPermanent), waited)
			fmt.Println("  error:", err)
		} else {
			fmt.Printf("  success after waiting %v\n", waited)
		}
	}
}
