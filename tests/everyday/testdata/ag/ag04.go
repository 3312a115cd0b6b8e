// ag04: generic binary heap with a less func, used as a task priority queue.
package main

import (
	"cmp"
	"fmt"
)

type Heap[T any] struct {
	data []T
	less func(a, b T) bool
}

func NewHeap[T any](less func(a, b T) bool) *Heap[T] {
	return &Heap[T]{less: less}
}

func (h *Heap[T]) Len() int { return len(h.data) }

func (h *Heap[T]) Push(v T) {
	h.data = append(h.data, v)
	i := len(h.data) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(h.data[i], h.data[p]) {
			break
		}
		h.data[i], h.data[p] = h.data[p], h.data[i]
		i = p
	}
}

func (h *Heap[T]) Pop() (T, bool) {
	var zero T
	n := len(h.data)
	if n == 0 {
		return zero, false
	}
	top := h.data[0]
	h.data[0] = h.data[n-1]
	h.data[n-1] = zero
	h.data = h.data[:n-1]
	h.down(0)
	return top, true
}

func (h *Heap[T]) down(i int) {
	n := len(h.data)
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < n && h.less(h.data[l], h.data[m]) {
			m = l
		}
		if r < n && h.less(h.data[r], h.data[m]) {
			m = r
		}
		if m == i {
			return
		}
		h.data[i], h.data[m] = h.data[m], h.data[i]
		i = m
	}
}

func (h *Heap[T]) Peek() (T, bool) {
	var zero T
	if len(h.data) == 0 {
		return zero, false
	}
	return h.data[0], true
}

type Priority int

const (
	Low Priority = iota
	Normal
	High
	Critical
)

func (p Priority) String() string {
	return [...]string{"low", "normal", "high", "critical"}[p]
}

type Task struct {
	Name     string
	Prio     Priority
	Seq      int
	Deadline int
}

func main() {
	ints := NewHeap(func(a, b int) bool { return a < b })
	for _, v := range []int{42, 7, 19, 3, 88, 7, 1, 56} {
		ints.Push(v)
	}
	top, _ := ints.Peek()
	fmt.Println("min-heap peek:", top, "size:", ints.Len())
	for ints.Len() > 0 {
		v, _ := ints.Pop()
		fmt.Print(v, " ")
	}
	fmt.Println()

	maxStr := NewHeap(func(a, b string) bool { return a > b })
	for _, s := range []string{"pear", "apple", "zucchini", "kiwi", "mango"} {
		maxStr.Push(s)
	}
	for maxStr.Len() > 0 {
		s, _ := maxStr.Pop()
		fmt.Print(s, " ")
	}
	fmt.Println()

	// Highest priority first, then earliest deadline, then FIFO by sequence.
	pq := NewHeap(func(a, b Task) bool {
		if a.Prio != b.Prio {
			return a.Prio > b.Prio
		}
		if c := cmp.Compare(a.Deadline, b.Deadline); c != 0 {
			return c < 0
		}
		return a.Seq < b.Seq
	})
	tasks := []struct {
		name string
		p    Priority
		dl   int
	}{
		{"rotate logs", Low, 50}, {"send invoices", Normal, 20}, {"db failover", Critical, 5},
		{"refresh cache", Normal, 20}, {"patch CVE", High, 10}, {"cleanup tmp", Low, 40},
		{"page oncall", Critical, 1}, {"rebuild index", High, 30},
	}
	for i, t := range tasks {
		pq.Push(Task{t.name, t.p, i, t.dl})
	}
	fmt.Println("processing tasks:")
	step := 1
	for pq.Len() > 0 {
		t, _ := pq.Pop()
		fmt.Printf("%2d. %-14s prio=%-8v deadline=%-3d seq=%d\n", step, t.Name, t.Prio, t.Deadline, t.Seq)
		step++
		if t.Name == "patch CVE" {
			pq.Push(Task{"verify patch", High, 100, 12})
		}
	}
	_, ok := pq.Pop()
	fmt.Println("pop from empty:", ok)
}
