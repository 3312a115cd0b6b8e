// Multi-stage pipeline with cancellation: stop after a bad record, report what was committed.
package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"
)

type Record struct {
	N     int
	Raw   string
	Value int
	Err   error
}

func gen(ctx context.Context, lines []string) <-chan Record {
	out := make(chan Record)
	go func() {
		defer close(out)
		for i, l := range lines {
			select {
			case out <- Record{N: i + 1, Raw: l}:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func parse(ctx context.Context, in <-chan Record) <-chan Record {
	out := make(chan Record)
	go func() {
		defer close(out)
		for r := range in {
			fields := strings.Split(r.Raw, ":")
			if len(fields) != 2 {
				r.Err = fmt.Errorf("line %d: want key:value, got %q", r.N, r.Raw)
			} else if v, err := strconv.Atoi(fields[1]); err != nil {
				r.Err = fmt.Errorf("line %d: bad amount %q", r.N, fields[1])
			} else {
				r.Value = v
			}
			select {
			case out <- r:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func enrich(ctx context.Context, in <-chan Record) <-chan Record {
	out := make(chan Record)
	go func() {
		defer close(out)
		for r := range in {
			if r.Err == nil {
				r.Value = r.Value * 105 / 100 // add 5% fee
			}
			select {
			case out <- r:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func runImport(name string, lines []string) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	committed := 0
	total := 0
	var failure error
	// The sink is the only consumer and stages are unbuffered, so records arrive in order.
	for r := range enrich(ctx, parse(ctx, gen(ctx, lines))) {
		if r.Err != nil {
			failure = r.Err
			cancel()
			break
		}
		committed++
		total += r.Value
		fmt.Printf("  [%s] commit #%d %-12s -> %d\n", name, r.N, r.Raw, r.Value)
	}
	if failure != nil {
		fmt.Printf("  [%s] aborted: %v\n", name, failure)
	}
	fmt.Printf("  [%s] committed=%d of %d, total=%d, ctx=%v\n", name, committed, len(lines), total, ctx.Err())
}

func main() {
	fmt.Println("import batch-a")
	runImport("batch-a", []string{"rent:1200", "food:340", "fuel:95", "phone:40"})
	fmt.Println("import batch-b")
	runImport("batch-b", []string{"books:60", "gym:45", "garbage", "tax:800", "fees:10"})
	fmt.Println("import batch-c")
	runImport("batch-c", []string{"coffee:12", "cinema:x20", "bus:3"})
	fmt.Println("import batch-d (empty)")
	runImport("batch-d", nil)
}
