// q39: bounded blocking queue built on sync.Cond with multiple producers and consumers.
package main

import (
	"fmt"
	"slices"
	"sync"
)

type BoundedQueue[T any] struct {
	mu                sync.Mutex
	notEmpty, notFull *sync.Cond
	items             []T
	cap, maxSeen      int
	closed            bool
}

func NewBoundedQueue[T any](capacity int) *BoundedQueue[T] {
	q := &BoundedQueue[T]{cap: capacity}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *BoundedQueue[T]) Put(v T) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.cap && !q.closed {
		q.notFull.Wait()
	}
	if q.closed {
		return false
	}
	q.items = append(q.items, v)
	q.maxSeen = max(q.maxSeen, len(q.items))
	q.notEmpty.Signal()
	return true
}

// Take blocks until an item is available or the queue is closed and empty.
func (q *BoundedQueue[T]) Take() (T, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items[0] = zero
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, true
}

func (q *BoundedQueue[T]) Close() {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.closed = true
	q.notEmpty.Broadcast()
	q.notFull.Broadcast()
}

type Invoice struct {
	Producer int
	Seq      int
	Cents    int
}

func main() {
	q := NewBoundedQueue[Invoice](4)
	const producers, perProducer, consumers = 3, 10, 2

	var pwg sync.WaitGroup
	for p := range producers {
		pwg.Go(func() {
			for s := range perProducer {
				q.Put(Invoice{p, s, (p+1)*1000 + s*15})
			}
		})
	}
	type tally struct {
		count, cents int
		seqs         map[int][]int
	}
	tallies := make([]tally, consumers)
	var cwg sync.WaitGroup
	for c := range consumers {
		cwg.Go(func() {
			t := tally{seqs: map[int][]int{}}
			for {
				inv, ok := q.Take()
				if !ok {
					break
				}
				t.count++
				t.cents += inv.Cents
				t.seqs[inv.Producer] = append(t.seqs[inv.Producer], inv.Seq)
			}
			tallies[c] = t
		})
	}
	pwg.Wait()
	q.Close()
	cwg.Wait()

	total, cents := 0, 0
	perProducerSeqs := make([][]int, producers)
	for _, t := range tallies {
		total += t.count
		cents += t.cents
		for p, s := range t.seqs {
			perProducerSeqs[p] = append(perProducerSeqs[p], s...)
		}
	}
	fmt.Println("invoices consumed:", total)
	fmt.Printf("total billed: $%d.%02d\n", cents/100, cents%100)
	for p, s := range perProducerSeqs {
		slices.Sort(s)
		fmt.Printf("producer %d delivered %d invoices, seqs complete: %v\n", p, len(s), slices.Equal(s, []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}))
	}
	fmt.Println("queue never exceeded capacity:", q.maxSeen <= 4)
	fmt.Println("put after close accepted:", q.Put(Invoice{}))
	_, ok := q.Take()
	fmt.Println("take after close ok:", ok)

	// Single producer/consumer: FIFO order is observable and deterministic.
	fifo := NewBoundedQueue[string](2)
	done := make(chan []string)
	go func() {
		var got []string
		for {
			v, ok := fifo.Take()
			if !ok {
				done <- got
				return
			}
			got = append(got, v)
		}
	}()
	for _, w := range []string{"extract", "transform", "validate", "load", "audit"} {
		fifo.Put(w)
	}
	fifo.Close()
	for i, step := range <-done {
		fmt.Printf("fifo %d: %s\n", i+1, step)
	}
}
