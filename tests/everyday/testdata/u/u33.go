package main

import (
	"errors"
	"fmt"
	"time"
)

type State int

const (
	Closed State = iota
	Open
	HalfOpen
)

func (s State) String() string {
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

var ErrOpen = errors.New("circuit breaker is open")

type Clock struct{ t time.Time }

func (c *Clock) Now() time.Time          { return c.t }
func (c *Clock) Sleep(d time.Duration)   { c.t = c.t.Add(d) }
func (c *Clock) Since(t time.Time) int64 { return int64(c.t.Sub(t) / time.Millisecond) }

type Breaker struct {
	clock       *Clock
	state       State
	failures    int
	threshold   int
	cooldown    time.Duration
	openedAt    time.Time
	transitions []string
}

func (b *Breaker) setState(s State) {
	if b.state != s {
		b.transitions = append(b.transitions, fmt.Sprintf("%v->%v", b.state, s))
		b.state = s
	}
}

func (b *Breaker) Call(fn func() error) error {
	if b.state == Open {
		if b.clock.Now().Sub(b.openedAt) < b.cooldown {
			return ErrOpen
		}
		b.setState(HalfOpen)
	}
	err := fn()
	if err != nil {
		b.failures++
		if b.state == HalfOpen || b.failures >= b.threshold {
			b.setState(Open)
			b.openedAt = b.clock.Now()
		}
		return fmt.Errorf("call failed (%d consecutive): %w", b.failures, err)
	}
	b.failures = 0
	b.setState(Closed)
	return nil
}

func main() {
	clock := &Clock{t: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	start := clock.Now()
	b := &Breaker{clock: clock, threshold: 3, cooldown: 5 * time.Second}

	upstreamDown := true
	upstream := func() error {
		if upstreamDown {
			return errors.New("connection refused")
		}
		return nil
	}

	plan := []struct {
		wait time.Duration
		down bool
	}{
		{0, true}, {time.Second, true}, {time.Second, true}, {time.Second, true},
		{2 * time.Second, true}, {3 * time.Second, true}, {time.Second, false},
		{6 * time.Second, false}, {time.Second, false}, {time.Second, true},
	}
	summary := map[string]int{}
	for i, p := range plan {
		clock.Sleep(p.wait)
		upstreamDown = p.down
		err := b.Call(upstream)
		outcome := "ok"
		switch {
		case errors.Is(err, ErrOpen):
			outcome = "rejected"
		case err != nil:
			outcome = "failed"
		}
		summary[outcome]++
		fmt.Printf("#%d t=%5dms state=%-9v %-8s %v\n", i, clock.Since(start), b.state, outcome, err)
	}
	fmt.Println("transitions:", b.transitions)
	fmt.Println("summary:", summary)
	fmt.Printf("final: %v (%d) failures=%d\n", b.state, b.state, b.failures)
}
