// Hand-written errgroup: first error wins and cancels the rest of the group.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  context.CancelCauseFunc
}

func WithContext(parent context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancelCause(parent)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				g.cancel(err)
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	g.cancel(nil)
	return g.err
}

type Service struct {
	Name string
	Deps int
	Bad  bool
}

// fetchAll starts one goroutine per service. A failing service reports its
// error only after every healthy service has seen it start, so the error
// reported is deterministic: the single bad one.
func fetchAll(services []Service) (map[string]string, error, int) {
	g, ctx := WithContext(context.Background())
	var mu sync.Mutex
	out := map[string]string{}
	cancelled := 0
	gate := make(chan struct{})
	for _, s := range services {
		g.Go(func() error {
			if s.Bad {
				<-gate
				return fmt.Errorf("fetch %s: upstream returned 503", s.Name)
			}
			<-gate
			<-ctx.Done() // healthy services wait until the group is done or cancelled
			if errors.Is(context.Cause(ctx), context.Canceled) {
				mu.Lock()
				out[s.Name] = fmt.Sprintf("ok(%d deps)", s.Deps)
				mu.Unlock()
				return nil
			}
			mu.Lock()
			cancelled++
			mu.Unlock()
			return ctx.Err()
		})
	}
	close(gate)
	hasBad := false
	for _, s := range services {
		hasBad = hasBad || s.Bad
	}
	if !hasBad {
		// nobody will fail: release the healthy waiters by finishing normally
		g.cancel(context.Canceled)
	}
	err := g.Wait()
	return out, err, cancelled
}

func main() {
	scenarios := map[string][]Service{
		"all-healthy": {{"users", 2, false}, {"orders", 3, false}, {"catalog", 1, false}, {"search", 4, false}},
		"one-bad":     {{"users", 2, false}, {"billing", 5, true}, {"catalog", 1, false}},
		"bad-only":    {{"ledger", 1, true}},
	}
	names := make([]string, 0, len(scenarios))
	for n := range scenarios {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		res, err, cancelled := fetchAll(scenarios[n])
		fmt.Printf("scenario %s:\n", n)
		keys := make([]string, 0, len(res))
		for k := range res {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Printf("  %-8s %s\n", k, res[k])
		}
		fmt.Printf("  error: %v\n", err)
		fmt.Printf("  cancelled peers: %d\n", cancelled)
	}

	// Sequential-style usage: multiple failures, only the first recorded one is returned.
	g, ctx := WithContext(context.Background())
	step := make(chan struct{})
	g.Go(func() error { defer close(step); return errors.New("first failure") })
	g.Go(func() error { <-step; <-ctx.Done(); return errors.New("second failure") })
	fmt.Println("ordered failures ->", g.Wait())
	fmt.Println("ctx after wait ->", ctx.Err(), "| cause:", context.Cause(ctx))
}
