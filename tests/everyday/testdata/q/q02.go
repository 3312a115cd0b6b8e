// q02: generic priority queue on top of container/heap for job scheduling.
package main

import (
	"cmp"
	"container/heap"
	"fmt"
)

// innerHeap adapts a slice plus a less function to heap.Interface.
type innerHeap[T any] struct {
	data []T
	less func(a, b T) bool
}

func (h *innerHeap[T]) Len() int           { return len(h.data) }
func (h *innerHeap[T]) Less(i, j int) bool { return h.less(h.data[i], h.data[j]) }
func (h *innerHeap[T]) Swap(i, j int)      { h.data[i], h.data[j] = h.data[j], h.data[i] }
func (h *innerHeap[T]) Push(x any)         { h.data = append(h.data, x.(T)) }
func (h *innerHeap[T]) Pop() any {
	n := len(h.data)
	v := h.data[n-1]
	h.data = h.data[:n-1]
	return v
}

// PriorityQueue is a type-safe wrapper hiding the any-based heap API.
type PriorityQueue[T any] struct {
	h *innerHeap[T]
}

func NewPriorityQueue[T any](less func(a, b T) bool) *PriorityQueue[T] {
	return &PriorityQueue[T]{h: &innerHeap[T]{less: less}}
}

func (pq *PriorityQueue[T]) Push(v T) { heap.Push(pq.h, v) }
func (pq *PriorityQueue[T]) Len() int { return pq.h.Len() }
func (pq *PriorityQueue[T]) Pop() (T, bool) {
	if pq.h.Len() == 0 {
		var zero T
		return zero, false
	}
	return heap.Pop(pq.h).(T), true
}

type Severity int

const (
	Low Severity = iota
	Medium
	High
	Critical
)

func (s Severity) String() string {
	return [...]string{"LOW", "MEDIUM", "HIGH", "CRITICAL"}[s]
}

type Job struct {
	ID       int
	Name     string
	Severity Severity
	Deadline int // minutes from now
}

func jobLess(a, b Job) bool {
	if c := cmp.Compare(b.Severity, a.Severity); c != 0 {
		return c < 0
	}
	if c := cmp.Compare(a.Deadline, b.Deadline); c != 0 {
		return c < 0
	}
	return a.ID < b.ID
}

func main() {
	jobs := []Job{
		{1, "rotate-logs", Low, 120},
		{2, "reindex-search", Medium, 45},
		{3, "page-oncall", Critical, 5},
		{4, "refresh-cache", High, 30},
		{5, "backfill-orders", Medium, 45},
		{6, "renew-cert", High, 10},
		{7, "vacuum-db", Low, 60},
		{8, "failover-replica", Critical, 2},
		{9, "compact-kafka", Medium, 15},
	}
	pq := NewPriorityQueue(jobLess)
	for _, j := range jobs {
		pq.Push(j)
	}
	fmt.Printf("queued %d jobs\n", pq.Len())
	clock := 0
	for pq.Len() > 0 {
		j, _ := pq.Pop()
		clock += 3
		late := ""
		if clock > j.Deadline {
			late = " (LATE)"
		}
		fmt.Printf("t=%02d run #%d %-17s sev=%-8s deadline=%3d%s\n", clock, j.ID, j.Name, j.Severity, j.Deadline, late)
	}

	// Same container, different element type: min-heap of ints for k smallest.
	ints := NewPriorityQueue(func(a, b int) bool { return a < b })
	for _, v := range []int{42, 7, 19, 3, 88, 7, 61, 25} {
		ints.Push(v)
	}
	fmt.Print("3 smallest:")
	for range 3 {
		v, _ := ints.Pop()
		fmt.Print(" ", v)
	}
	fmt.Println()
	fmt.Println("remaining:", ints.Len())
	_, ok := NewPriorityQueue(func(a, b string) bool { return a < b }).Pop()
	fmt.Println("pop empty ok:", ok)
}
