// sync.Cond bounded blocking queue with multiple producers and consumers.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type BoundedQueue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []string
	cap      int
	closed   bool
	maxLen   int
}

func NewBoundedQueue(capacity int) *BoundedQueue {
	q := &BoundedQueue{cap: capacity}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *BoundedQueue) Put(s string) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.cap {
		q.notFull.Wait()
	}
	q.items = append(q.items, s)
	q.maxLen = max(q.maxLen, len(q.items))
	q.notEmpty.Signal()
}

// Get returns false once the queue is closed and drained.
func (q *BoundedQueue) Get() (string, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		return "", false
	}
	s := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return s, true
}

func (q *BoundedQueue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
}

func main() {
	q := NewBoundedQueue(3)
	var prodWG, consWG sync.WaitGroup

	tenants := []string{"acme", "bolt", "core"}
	for _, t := range tenants {
		prodWG.Add(1)
		go func(t string) {
			defer prodWG.Done()
			for i := 1; i <= 6; i++ {
				q.Put(fmt.Sprintf("%s/email-%d", t, i))
			}
		}(t)
	}

	var mu sync.Mutex
	handled := map[int][]string{}
	for c := 0; c < 2; c++ {
		consWG.Add(1)
		go func(c int) {
			defer consWG.Done()
			for {
				job, ok := q.Get()
				if !ok {
					return
				}
				mu.Lock()
				handled[c] = append(handled[c], strings.ToUpper(job[:1])+job[1:])
				mu.Unlock()
			}
		}(c)
	}

	prodWG.Wait()
	q.Close()
	consWG.Wait()

	var all []string
	for _, list := range handled {
		all = append(all, list...)
	}
	sort.Strings(all)
	fmt.Printf("handled %d jobs by %d consumers\n", len(all), 2)
	for _, j := range all {
		fmt.Println("  sent", j)
	}
	fmt.Printf("queue never exceeded capacity: %v\n", q.maxLen <= q.cap)
	_, ok := q.Get()
	fmt.Printf("get after close and drain: ok=%v\n", ok)
}
