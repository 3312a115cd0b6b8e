// h24: a context-cancellable pipeline (generate -> parse -> filter) stopped by the sink.
package main

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

type order struct {
	id     int
	region string
	amount float64
}

var errEnough = errors.New("collected enough large orders")

func generate(ctx context.Context, n int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		regions := []string{"eu", "us", "apac"}
		for i := range n {
			line := fmt.Sprintf("%d,%s,%d.%02d", 5000+i, regions[i%3], (i*7919)%900+10, i%100)
			select {
			case out <- line:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func parse(ctx context.Context, in <-chan string) <-chan order {
	out := make(chan order)
	go func() {
		defer close(out)
		for line := range in {
			f := strings.Split(line, ",")
			id, err1 := strconv.Atoi(f[0])
			amt, err2 := strconv.ParseFloat(f[2], 64)
			if err := errors.Join(err1, err2); err != nil {
				continue // malformed rows are dropped; a real job would count them
			}
			select {
			case out <- order{id, f[1], amt}:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func filter(ctx context.Context, in <-chan order, keep func(order) bool) <-chan order {
	out := make(chan order)
	go func() {
		defer close(out)
		for o := range in {
			if !keep(o) {
				continue
			}
			select {
			case out <- o:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func run(parent context.Context, want int) ([]order, error) {
	// Fail fast: once inside the pipeline, a select with both a ready send and a
	// closed Done channel picks at random, so check before starting any stage.
	if err := parent.Err(); err != nil {
		return nil, context.Cause(parent)
	}
	ctx, cancel := context.WithCancelCause(parent)
	defer cancel(nil)
	large := filter(ctx, parse(ctx, generate(ctx, 1_000_000)), func(o order) bool {
		return o.region == "eu" && o.amount > 850
	})
	var got []order
	for o := range large {
		got = append(got, o)
		if len(got) == want {
			cancel(errEnough)
			break
		}
	}
	// Drain so upstream goroutines observe cancellation and exit before we return.
	for range large {
	}
	return got, context.Cause(ctx)
}

func main() {
	got, cause := run(context.Background(), 5)
	fmt.Printf("collected %d orders, cause: %v (errEnough=%t)\n", len(got), cause, errors.Is(cause, errEnough))
	var sum float64
	for _, o := range got {
		fmt.Printf("  #%d %-4s %7.2f\n", o.id, o.region, o.amount)
		sum += o.amount
	}
	fmt.Printf("  total %.2f\n\n", sum)

	// A parent that is already past its deadline stops the pipeline before any work.
	past := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	ctx, cancel := context.WithDeadline(context.Background(), past)
	defer cancel()
	got, cause = run(ctx, 5)
	fmt.Printf("expired parent: collected=%d cause=%v deadline=%t\n", len(got), cause,
		errors.Is(cause, context.DeadlineExceeded))

	// context.AfterFunc runs cleanup when a context is cancelled.
	ctx2, cancel2 := context.WithCancel(context.Background())
	cleaned := make(chan string, 1)
	context.AfterFunc(ctx2, func() { cleaned <- "temp tables dropped" })
	cancel2()
	fmt.Println("after cancel:", <-cleaned)
}
