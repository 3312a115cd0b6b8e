package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"sync"
	"sync/atomic"
)

type Task struct {
	ID   int
	Size int
}

type Outcome struct {
	TaskID int
	Result int
	Err    error
}

var ErrTooBig = errors.New("task too big")

func work(t Task) (int, error) {
	if t.Size > 90 {
		return 0, fmt.Errorf("task %d size %d: %w", t.ID, t.Size, ErrTooBig)
	}
	s := 0
	for i := range t.Size {
		s += i * i
	}
	return s, nil
}

func main() {
	tasks := make([]Task, 20)
	for i := range tasks {
		tasks[i] = Task{ID: i, Size: (i * 37) % 101}
	}

	var processed atomic.Int64
	var inFlight, peak atomic.Int32
	sem := make(chan struct{}, 4)
	outcomes := make([]Outcome, len(tasks))
	var wg sync.WaitGroup
	for i, t := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			cur := inFlight.Add(1)
			for {
				p := peak.Load()
				if cur <= p || peak.CompareAndSwap(p, cur) {
					break
				}
			}
			r, err := work(t)
			outcomes[i] = Outcome{t.ID, r, err}
			processed.Add(1)
			inFlight.Add(-1)
		}()
	}
	wg.Wait()
	fmt.Println("processed:", processed.Load(), "peak<=4:", peak.Load() <= 4, "inflight:", inFlight.Load())

	var failed []int
	total := 0
	for _, o := range outcomes {
		if errors.Is(o.Err, ErrTooBig) {
			failed = append(failed, o.TaskID)
			continue
		}
		total += o.Result
	}
	fmt.Println("failed:", failed, "total:", total)
	fmt.Printf("%+v\n%v\n", outcomes[1], outcomes[3])

	// RWMutex-protected cache
	type Cache struct {
		mu   sync.RWMutex
		data map[int]int
	}
	c := &Cache{data: map[int]int{}}
	var hits, misses atomic.Int64
	var wg2 sync.WaitGroup
	for g := range 8 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for k := range 10 {
				key := (k * (g + 1)) % 7
				c.mu.RLock()
				_, ok := c.data[key]
				c.mu.RUnlock()
				if ok {
					hits.Add(1)
					continue
				}
				c.mu.Lock()
				if _, ok := c.data[key]; !ok {
					c.data[key] = key * key
					misses.Add(1)
				} else {
					hits.Add(1)
				}
				c.mu.Unlock()
			}
		}()
	}
	wg2.Wait()
	keys := slices.Sorted(maps.Keys(c.data))
	fmt.Println("keys:", keys, "misses:", misses.Load(), "total lookups:", hits.Load()+misses.Load())

	var flag atomic.Bool
	var winners atomic.Int32
	var wg3 sync.WaitGroup
	for range 10 {
		wg3.Go(func() {
			if flag.CompareAndSwap(false, true) {
				winners.Add(1)
			}
		})
	}
	wg3.Wait()
	fmt.Println("single winner:", winners.Load() == 1, flag.Load())
}
