// q19: streaming top-K with a bounded generic min-heap (container/heap) for hot endpoints.
package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
)

type boundedHeap[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (h *boundedHeap[T]) Len() int           { return len(h.items) }
func (h *boundedHeap[T]) Less(i, j int) bool { return h.less(h.items[i], h.items[j]) }
func (h *boundedHeap[T]) Swap(i, j int)      { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *boundedHeap[T]) Push(x any)         { h.items = append(h.items, x.(T)) }
func (h *boundedHeap[T]) Pop() any {
	v := h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	return v
}

// TopK keeps the k largest elements seen according to less.
type TopK[T any] struct {
	k int
	h *boundedHeap[T]
}

func NewTopK[T any](k int, less func(a, b T) bool) *TopK[T] {
	return &TopK[T]{k: k, h: &boundedHeap[T]{less: less}}
}

func (t *TopK[T]) Offer(v T) {
	if t.h.Len() < t.k {
		heap.Push(t.h, v)
		return
	}
	if t.h.less(t.h.items[0], v) {
		t.h.items[0] = v
		heap.Fix(t.h, 0)
	}
}

// Result returns the retained elements, largest first.
func (t *TopK[T]) Result() []T {
	out := slices.Clone(t.h.items)
	slices.SortFunc(out, func(a, b T) int {
		switch {
		case t.h.less(b, a):
			return -1
		case t.h.less(a, b):
			return 1
		}
		return 0
	})
	return out
}

type EndpointStat struct {
	Path  string
	Hits  int
	P99ms int
}

func statLess(a, b EndpointStat) bool {
	return cmp.Or(cmp.Compare(a.Hits, b.Hits), cmp.Compare(b.Path, a.Path)) < 0
}

func main() {
	rng := rand.New(rand.NewPCG(2024, 7))
	paths := []string{"/login", "/logout", "/cart", "/checkout", "/search", "/item", "/health", "/api/v2/orders", "/api/v2/users", "/static"}
	hits := map[string]int{}
	p99 := map[string]int{}
	for range 5000 {
		// skewed distribution: lower indices are hotter
		i := min(rng.IntN(len(paths)), rng.IntN(len(paths)))
		p := paths[i]
		hits[p]++
		p99[p] = max(p99[p], 15*(len(paths)-i)+rng.IntN(90))
	}
	top := NewTopK(4, statLess)
	for _, p := range slices.Sorted(maps.Keys(hits)) {
		top.Offer(EndpointStat{p, hits[p], p99[p]})
	}
	fmt.Println("all endpoints:")
	for _, p := range slices.Sorted(maps.Keys(hits)) {
		fmt.Printf("  %-15s hits=%4d p99=%dms\n", p, hits[p], p99[p])
	}
	fmt.Println("top 4 by hits:")
	for i, s := range top.Result() {
		fmt.Printf("  %d. %-15s %d\n", i+1, s.Path, s.Hits)
	}

	slow := NewTopK(3, func(a, b EndpointStat) bool {
		return cmp.Or(cmp.Compare(a.P99ms, b.P99ms), cmp.Compare(b.Path, a.Path)) < 0
	})
	for _, p := range slices.Sorted(maps.Keys(p99)) {
		slow.Offer(EndpointStat{p, hits[p], p99[p]})
	}
	fmt.Println("slowest 3 by p99:")
	for _, s := range slow.Result() {
		fmt.Printf("  %-15s %dms\n", s.Path, s.P99ms)
	}

	nums := NewTopK(5, func(a, b int) bool { return a < b })
	for range 100 {
		nums.Offer(rng.IntN(1000))
	}
	fmt.Println("top 5 of 100 random ints:", nums.Result())
}
