package main

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

func generate[T any](ctx context.Context, items ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, n := range items {
			select {
			case out <- n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func mapStage(in <-chan int, f func(int) int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func fanIn(chans ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Go(func() {
			for s := range c {
				out <- s
			}
		})
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	ctx := context.Background()
	squares := mapStage(generate(ctx, 1, 2, 3, 4, 5, 6), func(x int) int { return x * x })
	plusOne := mapStage(squares, func(x int) int { return x + 1 })
	var got []int
	for v := range plusOne {
		got = append(got, v)
	}
	fmt.Println("pipeline:", got)
	var msgs []string
	for m := range fanIn(generate(ctx, "a-0", "a-1", "a-2"), generate(ctx, "b-0", "b-1"), generate(ctx, "c-0", "c-1", "c-2", "c-3")) {
		msgs = append(msgs, m)
	}
	sort.Strings(msgs)
	fmt.Println("fan-in:", strings.Join(msgs, " "), len(msgs))
	cctx, cancel := context.WithCancel(ctx)
	src := generate(cctx, 10, 20, 30, 40, 50, 60, 70)
	var taken []int
	for v := range src {
		taken = append(taken, v)
		if len(taken) == 3 {
			cancel()
			break
		}
	}
	fmt.Println("taken before cancel:", taken, "err:", cctx.Err())
	result := make(chan string, 1)
	go func() { result <- "computed" }()
	select {
	case r := <-result:
		fmt.Println("result:", r)
	case <-time.After(5 * time.Second):
		fmt.Println("timeout")
	}
	never := make(chan int)
	select {
	case v := <-never:
		fmt.Println("impossible", v)
	default:
		fmt.Println("no value ready")
	}
	tctx, tcancel := context.WithTimeout(ctx, 20*time.Millisecond)
	defer tcancel()
	select {
	case <-never:
	case <-tctx.Done():
		fmt.Println("deadline:", tctx.Err())
	}
	done, counts := make(chan struct{}), make(chan int)
	go func() {
		defer close(done)
		total := 0
		for c := range counts {
			total += c
		}
		fmt.Println("aggregated total:", total)
	}()
	for i := 1; i <= 100; i++ {
		counts <- i
	}
	close(counts)
	<-done
	buffered := make(chan string, 3)
	buffered <- "x"
	close(buffered)
	v1, ok1 := <-buffered
	v2, ok2 := <-buffered
	fmt.Printf("%d %d %q %v %q %v\n", len(buffered), cap(buffered), v1, ok1, v2, ok2)
}
