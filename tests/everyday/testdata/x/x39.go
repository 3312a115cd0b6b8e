package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  context.CancelFunc
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() { g.err = err; g.cancel() })
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	g.cancel()
	return g.err
}

func main() {
	squares := make([]int, 10)
	jobs := make(chan int, len(squares))
	for i := range squares {
		jobs <- i
	}
	close(jobs)
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				squares[j] = j * j
			}
		}()
	}
	wg.Wait()
	fmt.Println("squares:", squares)

	// atomic counter, sync.Map, sync.Once
	var hits atomic.Int64
	var seen sync.Map
	var once sync.Once
	inits := 0
	var wg2 sync.WaitGroup
	for i := range 50 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			once.Do(func() { inits++ })
			hits.Add(1)
			seen.LoadOrStore(i%7, i%7*100)
		}()
	}
	wg2.Wait()
	var keys []int
	seen.Range(func(k, v any) bool { keys = append(keys, k.(int)); return true })
	sort.Ints(keys)
	fmt.Println("hits:", hits.Load(), "keys:", keys, "inits:", inits)

	type req struct {
		n     int
		reply chan int
	}
	reqs, done := make(chan req), make(chan struct{})
	go func() {
		for {
			select {
			case r := <-reqs:
				r.reply <- r.n * 2
			case <-done:
				return
			}
		}
	}()
	for i := range 3 {
		rc := make(chan int)
		reqs <- req{i + 10, rc}
		fmt.Print(<-rc, " ")
	}
	close(done)
	fmt.Println()

	g, ctx := WithContext(context.Background())
	var cancelled atomic.Int32
	failing := errors.New("task 2 failed")
	for i := range 4 {
		g.Go(func() error {
			if i == 2 {
				return failing
			}
			<-ctx.Done()
			cancelled.Add(1)
			return ctx.Err()
		})
	}
	err := g.Wait()
	fmt.Println("group err:", err, errors.Is(err, failing), "cancelled:", cancelled.Load(), ctx.Err())

}
