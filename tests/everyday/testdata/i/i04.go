package main

import (
	"fmt"
	"iter"
	"strings"
)

// Queue is a ring-buffer FIFO that grows as needed.
type Queue[T any] struct {
	buf        []T
	head, size int
}

func NewQueue[T any](capacity int) *Queue[T] {
	return &Queue[T]{buf: make([]T, max(capacity, 1))}
}

func (q *Queue[T]) grow() {
	nb := make([]T, len(q.buf)*2)
	for i := range q.size {
		nb[i] = q.buf[(q.head+i)%len(q.buf)]
	}
	q.buf, q.head = nb, 0
}

func (q *Queue[T]) Enqueue(v T) {
	if q.size == len(q.buf) {
		q.grow()
	}
	q.buf[(q.head+q.size)%len(q.buf)] = v
	q.size++
}

func (q *Queue[T]) Dequeue() (T, bool) {
	var zero T
	if q.size == 0 {
		return zero, false
	}
	v := q.buf[q.head]
	q.buf[q.head] = zero
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return v, true
}

func (q *Queue[T]) Len() int { return q.size }
func (q *Queue[T]) Cap() int { return len(q.buf) }

func (q *Queue[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := range q.size {
			if !yield(i, q.buf[(q.head+i)%len(q.buf)]) {
				return
			}
		}
	}
}

type Job struct {
	ID       int
	Name     string
	Attempts int
}

func (j Job) String() string { return fmt.Sprintf("Job(%d:%s x%d)", j.ID, j.Name, j.Attempts) }

func main() {
	q := NewQueue[Job](2)
	names := []string{"fetch", "parse", "index", "publish", "notify"}
	for i, n := range names {
		q.Enqueue(Job{ID: i + 1, Name: n})
	}
	fmt.Printf("queued %d jobs, cap=%d\n", q.Len(), q.Cap())
	for i, j := range q.All() {
		fmt.Printf("  [%d] %v\n", i, j)
	}

	// Simulate processing: every job with an even ID fails once and is retried.
	var log []string
	for q.Len() > 0 {
		j, _ := q.Dequeue()
		j.Attempts++
		if j.ID%2 == 0 && j.Attempts < 2 {
			log = append(log, fmt.Sprintf("retry %s", j.Name))
			q.Enqueue(j)
			continue
		}
		log = append(log, fmt.Sprintf("done %v", j))
	}
	fmt.Println(strings.Join(log, "\n"))

	// BFS-like level processing on ints using the queue.
	ints := NewQueue[int](1)
	ints.Enqueue(1)
	var order []int
	for ints.Len() > 0 && len(order) < 12 {
		v, _ := ints.Dequeue()
		order = append(order, v)
		ints.Enqueue(2 * v)
		ints.Enqueue(2*v + 1)
	}
	fmt.Println("heap order:", order, "pending:", ints.Len(), "cap:", ints.Cap())
	_, ok := NewQueue[string](0).Dequeue()
	fmt.Println("dequeue on empty ok?", ok)
}
