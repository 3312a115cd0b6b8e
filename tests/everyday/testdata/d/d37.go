package main

import (
	"errors"
	"fmt"
	"time"
)

type BreakerState int

const (
	Closed BreakerState = iota
	Open
	HalfOpen
)

func (s BreakerState) String() string {
	switch s {
	case Closed:
		return "closed"
	case Open:
		return "open"
	case HalfOpen:
		return "half-open"
	}
	return "invalid"
}

var ErrOpen = errors.New("circuit open")

type Clock interface{ Now() time.Time }

type manualClock struct{ t time.Time }

func (c *manualClock) Now() time.Time          { return c.t }
func (c *manualClock) Advance(d time.Duration) { c.t = c.t.Add(d) }

type Breaker struct {
	name        string
	clock       Clock
	threshold   int
	cooldown    time.Duration
	state       BreakerState
	failures    int
	openedAt    time.Time
	transitions []string
}

type BreakerOption func(*Breaker)

func WithThreshold(n int) BreakerOption          { return func(b *Breaker) { b.threshold = n } }
func WithCooldown(d time.Duration) BreakerOption { return func(b *Breaker) { b.cooldown = d } }

func NewBreaker(name string, clock Clock, opts ...BreakerOption) *Breaker {
	b := &Breaker{name: name, clock: clock, threshold: 3, cooldown: 10 * time.Second}
	for _, o := range opts {
		o(b)
	}
	return b
}

func (b *Breaker) setState(s BreakerState) {
	if s == b.state {
		return
	}
	b.transitions = append(b.transitions, fmt.Sprintf("t+%-4v %v -> %v", b.clock.Now().Sub(epoch), b.state, s))
	b.state = s
	if s == Open {
		b.openedAt = b.clock.Now()
	}
}

var epoch = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)

func (b *Breaker) Call(fn func() error) error {
	if b.state == Open {
		if b.clock.Now().Sub(b.openedAt) < b.cooldown {
			return fmt.Errorf("%s: %w (retry in %v)", b.name, ErrOpen, b.cooldown-b.clock.Now().Sub(b.openedAt))
		}
		b.setState(HalfOpen)
	}
	err := fn()
	if err != nil {
		b.failures++
		if b.state == HalfOpen || b.failures >= b.threshold {
			b.setState(Open)
		}
		return fmt.Errorf("%s: %w", b.name, err)
	}
	b.failures = 0
	b.setState(Closed)
	return nil
}

// flakyService fails according to a script of outcomes.
type flakyService struct {
	script []bool
	calls  int
}

func (f *flakyService) Fetch() error {
	ok := f.calls < len(f.script) && f.script[f.calls]
	f.calls++
	if !ok {
		return errors.New("upstream 503")
	}
	return nil
}

func main() {
	clock := &manualClock{t: epoch}
	svc := &flakyService{script: []bool{true, false, false, false, false, true, true, false, true, true}}
	br := NewBreaker("inventory-api", clock, WithThreshold(3), WithCooldown(5*time.Second))

	var ok, failed, rejected int
	for i := 0; i < 16; i++ {
		err := br.Call(svc.Fetch)
		outcome := "ok"
		switch {
		case errors.Is(err, ErrOpen):
			rejected++
			outcome = "REJECTED: " + err.Error()
		case err != nil:
			failed++
			outcome = "failed: " + err.Error()
		default:
			ok++
		}
		fmt.Printf("t+%-4v call %-2d state=%-9v %s\n", clock.Now().Sub(epoch), i+1, br.state, outcome)
		clock.Advance(time.Second)
		if i == 9 {
			clock.Advance(3 * time.Second)
		}
	}

	fmt.Printf("\nupstream calls=%d ok=%d failed=%d rejected=%d\n", svc.calls, ok, failed, rejected)
	fmt.Println("transitions:")
	for _, t := range br.transitions {
		fmt.Println("  " + t)
	}
	fmt.Println("invalid state prints as", BreakerState(7))
}
