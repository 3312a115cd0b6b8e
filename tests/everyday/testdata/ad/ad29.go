// Retry with exponential backoff and deterministic jitter on a fake clock, for several clients in parallel.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var ErrTransient = errors.New("transient")
var ErrPermanent = errors.New("permanent")

type Clock struct{ ms int }

func (c *Clock) Sleep(d int) { c.ms += d }

type Policy struct {
	Base, Max, Attempts int
}

// backoff doubles the delay with a jitter derived from the client name and attempt.
func (p Policy) backoff(name string, attempt int) int {
	d := p.Base << attempt
	if d > p.Max {
		d = p.Max
	}
	h := 0
	for _, r := range name {
		h = h*31 + int(r)
	}
	jitter := (h + attempt*7919) % (d/4 + 1)
	return d - jitter
}

type Outcome struct {
	Client   string
	Attempts int
	Waited   int
	Err      error
	Trace    []string
}

func callWithRetry(name string, p Policy, call func(int) error) Outcome {
	clk := &Clock{} // each client has its own fake clock; no shared timing
	o := Outcome{Client: name}
	for attempt := 0; attempt < p.Attempts; attempt++ {
		o.Attempts++
		err := call(attempt)
		if err == nil {
			o.Trace = append(o.Trace, fmt.Sprintf("@%dms ok", clk.ms))
			o.Waited = clk.ms
			o.Err = nil
			return o
		}
		o.Trace = append(o.Trace, fmt.Sprintf("@%dms %v", clk.ms, err))
		if errors.Is(err, ErrPermanent) {
			o.Err = err
			o.Waited = clk.ms
			return o
		}
		if attempt < p.Attempts-1 {
			clk.Sleep(p.backoff(name, attempt))
		}
		o.Err = err
	}
	o.Waited = clk.ms
	o.Err = fmt.Errorf("gave up after %d attempts: %w", o.Attempts, o.Err)
	return o
}

func main() {
	policy := Policy{Base: 100, Max: 1600, Attempts: 6}
	// failUntil: number of transient failures before success; -1 means permanent on attempt 2
	clients := map[string]int{
		"inventory": 0, "payments": 2, "email": 4, "search": 7, "ledger": -1, "profile": 1,
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	var outcomes []Outcome
	for name, failUntil := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			o := callWithRetry(name, policy, func(attempt int) error {
				if failUntil == -1 && attempt == 2 {
					return fmt.Errorf("%w: 400 bad request", ErrPermanent)
				}
				if failUntil == -1 || attempt < failUntil {
					return fmt.Errorf("%w: 503", ErrTransient)
				}
				return nil
			})
			mu.Lock()
			outcomes = append(outcomes, o)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Slice(outcomes, func(i, j int) bool { return outcomes[i].Client < outcomes[j].Client })

	for _, o := range outcomes {
		status := "success"
		if o.Err != nil {
			status = "error: " + o.Err.Error()
		}
		fmt.Printf("%-9s attempts=%d waited=%5dms %s\n", o.Client, o.Attempts, o.Waited, status)
		for _, t := range o.Trace {
			fmt.Printf("    %s\n", t)
		}
	}
	fmt.Println("backoff schedule for 'demo':")
	for a := 0; a < 6; a++ {
		fmt.Printf("  attempt %d -> %dms\n", a, policy.backoff("demo", a))
	}
}
