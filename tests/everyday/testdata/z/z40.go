package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Record struct {
	ID    int
	Value string
}

type Result struct {
	ID     int
	Output string
	Err    error
}

func generate(ctx context.Context, records []Record) <-chan Record {
	out := make(chan Record)
	go func() {
		defer close(out)
		for _, r := range records {
			select {
			case out <- r:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func transform(in <-chan Record, workers int, fn func(Record) (string, error)) <-chan Result {
	out := make(chan Result)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range in {
				s, err := fn(r)
				out <- Result{r.ID, s, err}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

var ErrEmpty = errors.New("empty value")

func normalize(r Record) (string, error) {
	v := strings.TrimSpace(r.Value)
	if v == "" {
		return "", fmt.Errorf("record %d: %w", r.ID, ErrEmpty)
	}
	return strings.ToLower(strings.Join(strings.Fields(v), "-")), nil
}

func fanIn[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	records := []Record{
		{1, "  Hello World "}, {2, "Go   Routines"}, {3, "   "}, {4, "Channel Of Results"}, {5, "SELECT default"},
		{6, ""}, {7, "Wait Group"}, {8, "fan  in  fan out"},
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var results []Result
	for r := range transform(generate(ctx, records), 3, normalize) {
		results = append(results, r)
	}
	slices.SortFunc(results, func(a, b Result) int { return a.ID - b.ID })
	var errs []error
	for _, r := range results {
		if r.Err != nil {
			errs = append(errs, r.Err)
			continue
		}
		fmt.Printf("%d -> %s\n", r.ID, r.Output)
	}
	joined := errors.Join(errs...)
	fmt.Printf("errors (%d):\n%v\nis empty: %t\n", len(errs), joined, errors.Is(joined, ErrEmpty))

	evens, odds := make(chan int), make(chan int)
	go func() {
		defer close(evens)
		for i := 0; i < 10; i += 2 {
			evens <- i * i
		}
	}()
	go func() {
		defer close(odds)
		for i := 1; i < 10; i += 2 {
			odds <- i * i
		}
	}()
	var merged []int
	for v := range fanIn(evens, odds) {
		merged = append(merged, v)
	}
	slices.Sort(merged)
	fmt.Println(merged, len(merged))

	ctx2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	fmt.Println("cancelled ctx err:", ctx2.Err(), errors.Is(ctx2.Err(), context.Canceled))
}
