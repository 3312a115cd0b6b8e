package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"iter"
)

// PriorityQueue orders items with a caller-supplied less function.
type PriorityQueue[T any] struct {
	h *pqHeap[T]
}

type pqHeap[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (h pqHeap[T]) Len() int           { return len(h.items) }
func (h pqHeap[T]) Less(i, j int) bool { return h.less(h.items[i], h.items[j]) }
func (h pqHeap[T]) Swap(i, j int)      { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *pqHeap[T]) Push(x any)        { h.items = append(h.items, x.(T)) }
func (h *pqHeap[T]) Pop() any {
	n := len(h.items)
	v := h.items[n-1]
	h.items = h.items[:n-1]
	return v
}

func NewPQ[T any](less func(a, b T) bool, init ...T) *PriorityQueue[T] {
	h := &pqHeap[T]{items: append([]T(nil), init...), less: less}
	heap.Init(h)
	return &PriorityQueue[T]{h: h}
}

func (pq *PriorityQueue[T]) Push(v T) { heap.Push(pq.h, v) }
func (pq *PriorityQueue[T]) Pop() T   { return heap.Pop(pq.h).(T) }
func (pq *PriorityQueue[T]) Len() int { return pq.h.Len() }

// PopAll drains the queue in priority order.
func (pq *PriorityQueue[T]) PopAll() iter.Seq[T] {
	return func(yield func(T) bool) {
		for pq.Len() > 0 {
			if !yield(pq.Pop()) {
				return
			}
		}
	}
}

type Task struct {
	Name     string
	Priority int
	Seq      int
}

func (t Task) String() string { return fmt.Sprintf("%s(p%d)", t.Name, t.Priority) }

func main() {
	seq := 0
	mk := func(name string, p int) Task { seq++; return Task{name, p, seq} }

	pq := NewPQ(func(a, b Task) bool {
		if c := cmp.Compare(b.Priority, a.Priority); c != 0 {
			return c < 0
		}
		return a.Seq < b.Seq
	}, mk("backup", 1), mk("deploy", 5), mk("lint", 2))
	pq.Push(mk("hotfix", 9))
	pq.Push(mk("docs", 1))
	pq.Push(mk("test", 5))

	fmt.Println("size:", pq.Len())
	for t := range pq.PopAll() {
		fmt.Println("run", t)
		if t.Name == "lint" {
			break
		}
	}
	fmt.Println("remaining:", pq.Len())
	for t := range pq.PopAll() {
		fmt.Println("later", t)
	}

	// Min-heap of floats: k smallest distances.
	dists := NewPQ(func(a, b float64) bool { return a < b }, 7.5, 3.2, 9.9, 0.4, 5.5, 3.1)
	var k []float64
	for d := range dists.PopAll() {
		k = append(k, d)
		if len(k) == 3 {
			break
		}
	}
	fmt.Println("3 nearest:", k)

	// Max-heap of strings by length, then lexicographic.
	words := NewPQ(func(a, b string) bool {
		return cmp.Or(cmp.Compare(len(b), len(a)), cmp.Compare(a, b)) < 0
	}, "go", "iterator", "heap", "generic", "type", "func")
	for w := range words.PopAll() {
		fmt.Print(w, " ")
	}
	fmt.Println()
}
