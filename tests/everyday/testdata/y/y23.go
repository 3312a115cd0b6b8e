package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
)

type item struct {
	idx int
	val string
}

type result struct {
	idx int
	out string
	err error
}

func gen(ctx context.Context, vals []string) <-chan item {
	ch := make(chan item)
	go func() {
		defer close(ch)
		for i, v := range vals {
			select {
			case ch <- item{i, v}:
			case <-ctx.Done():
				return
			}
		}
	}()
	return ch
}

func worker(ctx context.Context, in <-chan item, out chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for it := range in {
		var r result
		r.idx = it.idx
		if strings.TrimSpace(it.val) == "" {
			r.err = fmt.Errorf("item %d: %w", it.idx, errEmpty)
		} else {
			r.out = strings.ToUpper(it.val) + fmt.Sprintf("(%d)", len(it.val))
		}
		select {
		case out <- r:
		case <-ctx.Done():
			return
		}
	}
}

var errEmpty = errors.New("empty input")

func run(vals []string, workers int) ([]string, error) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	in := gen(ctx, vals)
	out := make(chan result)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go worker(ctx, in, out, &wg)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	results := make([]result, 0, len(vals))
	for r := range out {
		results = append(results, r)
	}
	slices.SortFunc(results, func(a, b result) int { return a.idx - b.idx })
	var outs []string
	var errs []error
	for _, r := range results {
		if r.err != nil {
			errs = append(errs, r.err)
			continue
		}
		outs = append(outs, r.out)
	}
	return outs, errors.Join(errs...)
}

func main() {
	outs, err := run([]string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta"}, 3)
	fmt.Println(outs, err)

	outs, err = run([]string{"one", " ", "three", "", "five"}, 2)
	fmt.Println(outs)
	fmt.Printf("err: %v\nis empty: %t\n", strings.ReplaceAll(err.Error(), "\n", " | "), errors.Is(err, errEmpty))

	// fan-in of several squares generators, summed deterministically
	sq := func(n int) <-chan int {
		c := make(chan int)
		go func() {
			defer close(c)
			for i := 1; i <= n; i++ {
				c <- i * i
			}
		}()
		return c
	}
	merged := make(chan int)
	var wg sync.WaitGroup
	for _, n := range []int{3, 5, 10} {
		wg.Add(1)
		go func(c <-chan int) {
			defer wg.Done()
			for v := range c {
				merged <- v
			}
		}(sq(n))
	}
	go func() { wg.Wait(); close(merged) }()
	var all []int
	sum := 0
	for v := range merged {
		all = append(all, v)
		sum += v
	}
	slices.Sort(all)
	fmt.Println("count:", len(all), "sum:", sum, "max:", slices.Max(all), "first5:", all[:5])
}
