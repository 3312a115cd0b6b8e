package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Task struct {
	ID      int
	Payload string
}

type Outcome struct {
	TaskID int
	Worker int
	Output string
	Err    error
}

var ErrBadPayload = errors.New("bad payload")

func process(t Task) (string, error) {
	if strings.TrimSpace(t.Payload) == "" {
		return "", fmt.Errorf("task %d: %w", t.ID, ErrBadPayload)
	}
	words := strings.Fields(t.Payload)
	slices.Reverse(words)
	return strings.ToUpper(strings.Join(words, " ")), nil
}

func RunPool(workers int, tasks []Task) []Outcome {
	in := make(chan Task)
	out := make(chan Outcome, len(tasks))
	var wg sync.WaitGroup
	for w := 1; w <= workers; w++ {
		wg.Go(func() {
			for t := range in {
				s, err := process(t)
				out <- Outcome{TaskID: t.ID, Worker: w, Output: s, Err: err}
			}
		})
	}
	go func() {
		for _, t := range tasks {
			in <- t
		}
		close(in)
	}()
	wg.Wait()
	close(out)

	var results []Outcome
	for o := range out {
		results = append(results, o)
	}
	slices.SortFunc(results, func(a, b Outcome) int { return a.TaskID - b.TaskID })
	return results
}

type Stats struct {
	mu        sync.Mutex
	processed int
	bytes     int
	failures  []int
}

func (s *Stats) Record(o Outcome) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.processed++
	s.bytes += len(o.Output)
	if o.Err != nil {
		s.failures = append(s.failures, o.TaskID)
	}
}

func main() {
	payloads := []string{"hello world", "go is fun", "", "worker pools scale", "   ", "a b c d", "final task here"}
	var tasks []Task
	for i, p := range payloads {
		tasks = append(tasks, Task{ID: i + 1, Payload: p})
	}

	results := RunPool(3, tasks)
	workersUsed := map[int]bool{}
	stats := &Stats{}
	var wg sync.WaitGroup
	for _, r := range results {
		workersUsed[r.Worker] = true
		wg.Go(func() { stats.Record(r) })
		if r.Err != nil {
			fmt.Printf("task %d failed: %v (bad payload: %t)\n", r.TaskID, r.Err, errors.Is(r.Err, ErrBadPayload))
			continue
		}
		fmt.Printf("task %d -> %q\n", r.TaskID, r.Output)
	}
	wg.Wait()
	slices.Sort(stats.failures)
	fmt.Printf("processed=%d bytes=%d failures=%v\n", stats.processed, stats.bytes, stats.failures)
	fmt.Println("workers used <= 3:", len(workersUsed) <= 3 && len(workersUsed) >= 1)

	// parallel sum with per-worker partials
	nums := make([]int, 1000)
	for i := range nums {
		nums[i] = i + 1
	}
	const parts = 4
	partial := make([]int, parts)
	var wg2 sync.WaitGroup
	chunk := len(nums) / parts
	for p := range parts {
		wg2.Go(func() {
			for _, n := range nums[p*chunk : (p+1)*chunk] {
				partial[p] += n
			}
		})
	}
	wg2.Wait()
	total := 0
	for _, v := range partial {
		total += v
	}
	fmt.Println(partial, total)
}
