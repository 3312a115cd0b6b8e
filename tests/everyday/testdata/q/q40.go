// q40: multi-stage ETL with per-item errors, a cancel-cause circuit breaker, and sorted reporting.
package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
)

var (
	ErrParse    = errors.New("parse error")
	ErrTooMany  = errors.New("too many failures")
	ErrNegative = errors.New("negative quantity")
)

type Line struct {
	N    int
	Text string
}

type Item struct {
	N     int
	SKU   string
	Qty   int
	Price float64
}

type Failure struct {
	N   int
	Err error
}

type Breaker struct {
	mu       sync.Mutex
	failures int
	limit    int
	cancel   context.CancelCauseFunc
}

func (b *Breaker) Fail() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.failures++
	if b.failures == b.limit {
		b.cancel(fmt.Errorf("%d failures: %w", b.failures, ErrTooMany))
	}
}

func parseItem(l Line) (Item, error) {
	f := strings.Split(l.Text, ";")
	if len(f) != 3 {
		return Item{}, fmt.Errorf("line %d: %w: want 3 fields, got %d", l.N, ErrParse, len(f))
	}
	qty, err := strconv.Atoi(f[1])
	if err != nil {
		return Item{}, fmt.Errorf("line %d: %w: qty %q", l.N, ErrParse, f[1])
	}
	if qty < 0 {
		return Item{}, fmt.Errorf("line %d: %w", l.N, ErrNegative)
	}
	price, err := strconv.ParseFloat(f[2], 64)
	if err != nil {
		return Item{}, fmt.Errorf("line %d: %w: price %q", l.N, ErrParse, f[2])
	}
	return Item{l.N, f[0], qty, price}, nil
}

// run processes lines with `workers` goroutines. Lines are fed one at a time in order,
// and each result is acknowledged before the next line is sent, so the breaker trips at a fixed line.
func run(lines []string, workers, limit int) ([]Item, []Failure, error) {
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	br := &Breaker{limit: limit, cancel: cancel}
	in := make(chan Line)
	ack := make(chan struct{})
	var mu sync.Mutex
	var items []Item
	var fails []Failure
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for l := range in {
				it, err := parseItem(l)
				mu.Lock()
				if err != nil {
					fails = append(fails, Failure{l.N, err})
				} else {
					items = append(items, it)
				}
				mu.Unlock()
				if err != nil {
					br.Fail()
				}
				ack <- struct{}{}
			}
		})
	}
	for i, t := range lines {
		// Check before sending: if both cases of a select were ready, Go would pick one at random.
		if ctx.Err() != nil {
			break
		}
		in <- Line{i + 1, t}
		<-ack
	}
	close(in)
	wg.Wait()
	slices.SortFunc(items, func(a, b Item) int { return cmp.Compare(a.N, b.N) })
	slices.SortFunc(fails, func(a, b Failure) int { return cmp.Compare(a.N, b.N) })
	return items, fails, context.Cause(ctx)
}

func report(name string, items []Item, fails []Failure, cause error) {
	fmt.Printf("== %s ==\n", name)
	total := 0.0
	for _, it := range items {
		total += float64(it.Qty) * it.Price
		fmt.Printf("  line %2d %-8s qty=%3d price=%7.2f\n", it.N, it.SKU, it.Qty, it.Price)
	}
	for _, f := range fails {
		fmt.Printf("  FAIL %v (parse=%v)\n", f.Err, errors.Is(f.Err, ErrParse))
	}
	fmt.Printf("  ok=%d failed=%d value=%.2f\n", len(items), len(fails), total)
	if cause != nil {
		fmt.Println("  aborted:", cause, "| too many:", errors.Is(cause, ErrTooMany))
	} else {
		fmt.Println("  completed without abort")
	}
}

func main() {
	clean := []string{"SKU-001;3;19.99", "SKU-002;10;4.50", "SKU-003;1;249.00", "SKU-004;7;12.25", "SKU-005;2;0.99"}
	items, fails, cause := run(clean, 3, 3)
	report("clean file", items, fails, cause)

	dirty := []string{
		"SKU-101;5;10.00", "SKU-102;x;3.00", "SKU-103;4;2.50", "SKU-104;-2;8.00",
		"SKU-105;1", "SKU-106;9;1.10", "SKU-107;2;abc", "SKU-108;6;7.00",
	}
	items, fails, cause = run(dirty, 4, 3)
	report("dirty file (limit 3)", items, fails, cause)

	items, fails, cause = run(dirty, 2, 10)
	report("dirty file (limit 10)", items, fails, cause)
}
