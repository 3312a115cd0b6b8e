// Circuit breaker guarding a flaky dependency, with a fake clock and concurrent callers per tick.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type State int

const (
	Closed State = iota
	Open
	HalfOpen
)

func (s State) String() string { return [...]string{"closed", "open", "half-open"}[s] }

var ErrOpen = errors.New("circuit open")

type Breaker struct {
	mu          sync.Mutex
	state       State
	failures    int
	threshold   int
	openedAt    int
	cooldown    int
	now         *int
	transitions []string
}

func (b *Breaker) setState(s State) {
	b.transitions = append(b.transitions, fmt.Sprintf("t=%02d %s->%s", *b.now, b.state, s))
	b.state = s
}

func (b *Breaker) Call(fn func() error) error {
	b.mu.Lock()
	defer b.mu.Unlock() // calls are serialised through the breaker for simplicity
	if b.state == Open {
		if *b.now-b.openedAt < b.cooldown {
			return ErrOpen
		}
		b.setState(HalfOpen)
	}
	err := fn()
	if err != nil {
		b.failures++
		if b.state == HalfOpen || b.failures >= b.threshold {
			b.setState(Open)
			b.openedAt = *b.now
			b.failures = 0
		}
		return err
	}
	if b.state == HalfOpen {
		b.setState(Closed)
	}
	b.failures = 0
	return nil
}

func main() {
	now := 0
	br := &Breaker{threshold: 3, cooldown: 4, now: &now}
	// dependency health by tick: down during ticks 3..9 and 14..15
	healthy := func(t int) bool { return !(t >= 3 && t <= 9) && !(t >= 14 && t <= 15) }

	var summary []string
	for now = 0; now < 22; now++ {
		// one request per tick goes through the breaker; a few background
		// readers concurrently check its state but only read under the lock.
		res := ""
		err := br.Call(func() error {
			if healthy(now) {
				return nil
			}
			return errors.New("timeout")
		})
		switch {
		case err == nil:
			res = "ok"
		case errors.Is(err, ErrOpen):
			res = "rejected"
		default:
			res = "failed"
		}
		var wg sync.WaitGroup
		states := make([]string, 3)
		for r := range states {
			wg.Add(1)
			go func() {
				defer wg.Done()
				br.mu.Lock()
				states[r] = br.state.String()
				br.mu.Unlock()
			}()
		}
		wg.Wait()
		same := states[0] == states[1] && states[1] == states[2]
		summary = append(summary, fmt.Sprintf("t=%02d dep=%-5v call=%-8s state=%-9s readers-agree=%v",
			now, healthy(now), res, states[0], same))
	}
	for _, s := range summary {
		fmt.Println(s)
	}
	fmt.Println("transitions:")
	for _, t := range br.transitions {
		fmt.Println("  " + t)
	}
	counts := map[string]int{}
	for _, s := range summary {
		f := strings.Fields(s)
		counts[strings.TrimPrefix(f[2], "call=")]++
	}
	keys := make([]string, 0)
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %d\n", k, counts[k])
	}
}
