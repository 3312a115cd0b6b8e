// q27: hand-written errgroup: first error cancels siblings, Wait returns that error.
package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  context.CancelCauseFunc
	sem     chan struct{}
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancelCause(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) SetLimit(n int) { g.sem = make(chan struct{}, n) }

func (g *Group) Go(f func() error) {
	if g.sem != nil {
		g.sem <- struct{}{}
	}
	g.wg.Go(func() {
		defer func() {
			if g.sem != nil {
				<-g.sem
			}
		}()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				g.cancel(err)
			})
		}
	})
}

func (g *Group) Wait() error {
	g.wg.Wait()
	g.cancel(g.err)
	return g.err
}

type Shard struct {
	ID    int
	Rows  []int
	Fails bool
}

type ShardError struct{ ID int }

func (e *ShardError) Error() string { return fmt.Sprintf("shard %d: checksum mismatch", e.ID) }

type Outcome struct {
	mu      sync.Mutex
	done    []int
	aborted []int
	sums    map[int]int
}

func (o *Outcome) record(list *[]int, id int) {
	o.mu.Lock()
	defer o.mu.Unlock()
	*list = append(*list, id)
}

func migrate(shards []Shard, failing bool) {
	g, ctx := WithContext(context.Background())
	out := &Outcome{sums: map[int]int{}}
	gate := make(chan struct{}) // healthy shards wait here so the failing shard deterministically fails first
	for _, s := range shards {
		g.Go(func() error {
			if s.Fails {
				return &ShardError{s.ID}
			}
			if failing {
				<-ctx.Done()
				out.record(&out.aborted, s.ID)
				return ctx.Err()
			}
			<-gate
			sum := 0
			for _, r := range s.Rows {
				sum += r
			}
			out.mu.Lock()
			out.sums[s.ID] = sum
			out.mu.Unlock()
			out.record(&out.done, s.ID)
			return nil
		})
	}
	close(gate)
	err := g.Wait()
	slices.Sort(out.done)
	slices.Sort(out.aborted)
	fmt.Println("  error:", err)
	var se *ShardError
	if errors.As(err, &se) {
		fmt.Println("  failing shard:", se.ID)
	}
	fmt.Println("  completed:", out.done)
	fmt.Println("  aborted:  ", out.aborted)
	fmt.Println("  ctx cause:", context.Cause(ctx))
	var parts []string
	for _, id := range out.done {
		parts = append(parts, fmt.Sprintf("%d=%d", id, out.sums[id]))
	}
	if len(parts) > 0 {
		fmt.Println("  sums:", strings.Join(parts, " "))
	}
}

func main() {
	var shards []Shard
	for i := range 6 {
		rows := make([]int, 5+i)
		for j := range rows {
			rows[j] = (i + 1) * (j + 1)
		}
		shards = append(shards, Shard{ID: i, Rows: rows})
	}
	fmt.Println("run 1: all shards healthy")
	migrate(shards, false)

	shards[3].Fails = true
	fmt.Println("run 2: shard 3 fails")
	migrate(shards, true)

	fmt.Println("run 3: limited concurrency, collect lengths")
	g, _ := WithContext(context.Background())
	g.SetLimit(2)
	lens := make([]int, len(shards))
	for i, s := range shards {
		g.Go(func() error { lens[i] = len(s.Rows); return nil })
	}
	fmt.Println("  error:", g.Wait(), "lengths:", lens)
}
