package main

import (
	"errors"
	"fmt"
	"time"
)

type Clock interface{ Now() time.Time }

type manualClock struct{ t time.Time }

func (c *manualClock) Now() time.Time { return c.t }

type BreakerState int

const (
	Closed BreakerState = iota
	Open
	HalfOpen
)

func (s BreakerState) String() string { return [...]string{"closed", "open", "half-open"}[s] }

var ErrOpen = errors.New("circuit open")

// Breaker trips after N consecutive failures and probes after a cooldown.
type Breaker struct {
	clock     Clock
	threshold int
	cooldown  time.Duration
	state     BreakerState
	failures  int
	openedAt  time.Time
	onChange  func(from, to BreakerState)
}

func (b *Breaker) setState(s BreakerState) {
	if s != b.state && b.onChange != nil {
		b.onChange(b.state, s)
	}
	b.state = s
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
			b.openedAt = b.clock.Now()
			b.setState(Open)
		}
		return err
	}
	b.failures = 0
	b.setState(Closed)
	return nil
}

func main() {
	start := time.Date(2024, 5, 1, 9, 0, 0, 0, time.UTC)
	clk := &manualClock{start}
	br := &Breaker{
		clock: clk, threshold: 3, cooldown: 10 * time.Second,
		onChange: func(from, to BreakerState) {
			fmt.Printf("    [breaker %v -> %v at +%v]\n", from, to, clk.Now().Sub(start))
		},
	}

	// Simulated upstream health over time: healthy until 5s, down until 25s, then healthy.
	upstream := func() error {
		el := clk.Now().Sub(start)
		if el >= 5*time.Second && el < 25*time.Second {
			return errors.New("upstream 502")
		}
		return nil
	}

	var ok, failed, shortCircuited int
	for sec := 0; sec <= 40; sec += 2 {
		clk.t = start.Add(time.Duration(sec) * time.Second)
		err := br.Call(upstream)
		switch {
		case err == nil:
			ok++
			fmt.Printf("t=%2ds ok        state=%v\n", sec, br.state)
		case errors.Is(err, ErrOpen):
			shortCircuited++
			fmt.Printf("t=%2ds fast-fail state=%v\n", sec, br.state)
		default:
			failed++
			fmt.Printf("t=%2ds error     state=%v failures=%d (%v)\n", sec, br.state, br.failures, err)
		}
	}
	fmt.Printf("ok=%d failed=%d short-circuited=%d\n", ok, failed, shortCircuited)
}
