// Top-k products by revenue with container/heap (min-heap of size k) per category.
package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"slices"
)

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

type Item struct {
	SKU      string
	Category string
	Revenue  Cents
}

// minHeap keeps the k largest items seen; root is the smallest of them.
type minHeap []Item

func (h minHeap) Len() int { return len(h) }
func (h minHeap) Less(i, j int) bool {
	return cmp.Or(cmp.Compare(h[i].Revenue, h[j].Revenue), cmp.Compare(h[j].SKU, h[i].SKU)) < 0
}
func (h minHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)   { *h = append(*h, x.(Item)) }
func (h *minHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

func topK(items []Item, k int) []Item {
	h := &minHeap{}
	for _, it := range items {
		if h.Len() < k {
			heap.Push(h, it)
		} else if (minHeap{it, (*h)[0]}).Less(1, 0) {
			(*h)[0] = it
			heap.Fix(h, 0)
		}
	}
	out := make([]Item, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(h).(Item)
	}
	return out
}

func main() {
	cats := []string{"audio", "video", "storage", "cables"}
	var items []Item
	for i := 0; i < 200; i++ {
		rev := Cents(((i*7349)%100003)*3 + (i%13)*1000)
		items = append(items, Item{
			SKU:      fmt.Sprintf("SKU-%03d", i),
			Category: cats[(i*7+i/3)%len(cats)],
			Revenue:  rev,
		})
	}
	// Introduce a tie to exercise tie-break ordering.
	items[10].Revenue = 300000
	items[11].Revenue = 300000

	fmt.Println("overall top 8:")
	for i, it := range topK(items, 8) {
		fmt.Printf("  %d. %-8s %-8s %12v\n", i+1, it.SKU, it.Category, it.Revenue)
	}

	byCat := map[string][]Item{}
	for _, it := range items {
		byCat[it.Category] = append(byCat[it.Category], it)
	}
	keys := make([]string, 0, len(byCat))
	for k := range byCat {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, c := range keys {
		group := byCat[c]
		var total Cents
		for _, it := range group {
			total += it.Revenue
		}
		top := topK(group, 3)
		var topSum Cents
		for _, it := range top {
			topSum += it.Revenue
		}
		fmt.Printf("\n%s: %d items, total %v, top-3 share %.1f%%\n", c, len(group), total, 100*float64(topSum)/float64(total))
		for _, it := range top {
			fmt.Printf("    %-8s %12v\n", it.SKU, it.Revenue)
		}
	}

	// Cross-check against a full sort.
	sorted := slices.Clone(items)
	slices.SortFunc(sorted, func(a, b Item) int {
		return cmp.Or(cmp.Compare(b.Revenue, a.Revenue), cmp.Compare(a.SKU, b.SKU))
	})
	fmt.Printf("\nheap result matches full sort: %t\n", slices.Equal(sorted[:8], topK(items, 8)))
	fmt.Printf("tie pair: %+v vs %+v\n", items[10], items[11])
}
