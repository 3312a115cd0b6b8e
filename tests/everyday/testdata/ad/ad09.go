// context.WithCancelCause: a deployment pipeline aborted with a specific cause.
package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
)

var ErrHealthCheck = errors.New("health check failed")
var ErrOperator = errors.New("operator abort")

type Step struct {
	Name    string
	Hosts   []string
	Failing string // host that fails this step, if any
}

type Event struct {
	Step, Host, What string
}

func runStep(ctx context.Context, cancel context.CancelCauseFunc, s Step) []Event {
	var mu sync.Mutex
	var events []Event
	var wg sync.WaitGroup
	for _, h := range s.Hosts {
		wg.Add(1)
		go func(h string) {
			defer wg.Done()
			if h == s.Failing {
				cancel(fmt.Errorf("%w: %s on %s", ErrHealthCheck, s.Name, h))
			}
			mu.Lock()
			defer mu.Unlock()
			if h == s.Failing {
				events = append(events, Event{s.Name, h, "FAILED"})
			} else {
				events = append(events, Event{s.Name, h, "done"})
			}
		}(h)
	}
	wg.Wait()
	return events
}

func deploy(name string, steps []Step, abortBefore string) {
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	fmt.Printf("== deploy %s\n", name)
	for _, s := range steps {
		if s.Name == abortBefore {
			cancel(ErrOperator)
		}
		if ctx.Err() != nil {
			fmt.Printf("  skip %-8s (context cancelled)\n", s.Name)
			continue
		}
		evs := runStep(ctx, cancel, s)
		// sort by host for stable output
		for i := 1; i < len(evs); i++ {
			for j := i; j > 0 && evs[j].Host < evs[j-1].Host; j-- {
				evs[j], evs[j-1] = evs[j-1], evs[j]
			}
		}
		var parts []string
		for _, e := range evs {
			parts = append(parts, e.Host+"="+e.What)
		}
		fmt.Printf("  step %-8s %s\n", s.Name, strings.Join(parts, " "))
	}
	err := ctx.Err()
	cause := context.Cause(ctx)
	switch {
	case err == nil:
		fmt.Println("  result: success")
	case errors.Is(cause, ErrHealthCheck):
		fmt.Printf("  result: rolled back, err=%v\n", err)
		fmt.Printf("  cause: %v\n", cause)
	case errors.Is(cause, ErrOperator):
		fmt.Printf("  result: aborted, err=%v cause=%v\n", err, cause)
	}
}

func main() {
	hosts := []string{"web-1", "web-2", "web-3"}
	base := func(failStep, failHost string) []Step {
		names := []string{"fetch", "migrate", "restart", "verify"}
		var steps []Step
		for _, n := range names {
			s := Step{Name: n, Hosts: hosts}
			if n == failStep {
				s.Failing = failHost
			}
			steps = append(steps, s)
		}
		return steps
	}
	deploy("v1.4.0", base("", ""), "")
	deploy("v1.4.1", base("restart", "web-2"), "")
	deploy("v1.4.2", base("", ""), "migrate")
	deploy("v1.4.3", base("fetch", "web-3"), "")

	// Cause after a plain cancel with nil cause is context.Canceled.
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(nil)
	fmt.Println("nil cause ->", context.Cause(ctx), errors.Is(context.Cause(ctx), context.Canceled))
	// First cause wins.
	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(errors.New("first"))
	cancel2(errors.New("second"))
	fmt.Println("first cause wins ->", context.Cause(ctx2))
	// Children inherit the parent's cause.
	child, stop := context.WithCancel(ctx2)
	defer stop()
	fmt.Println("child cause ->", context.Cause(child), child.Err())
}
