// Parallel merge sort with a depth limit, checked against sort.Ints.
package main

import (
	"fmt"
	"slices"
	"sort"
	"sync"
)

func merge(dst, a, b []int) {
	i, j, k := 0, 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			dst[k] = a[i]
			i++
		} else {
			dst[k] = b[j]
			j++
		}
		k++
	}
	k += copy(dst[k:], a[i:])
	copy(dst[k:], b[j:])
}

// parallelSort sorts data using buf as scratch; spawns goroutines while depth > 0.
func parallelSort(data, buf []int, depth int, spawned *int, mu *sync.Mutex) {
	if len(data) <= 8 {
		// insertion sort for tiny slices
		for i := 1; i < len(data); i++ {
			for j := i; j > 0 && data[j] < data[j-1]; j-- {
				data[j], data[j-1] = data[j-1], data[j]
			}
		}
		return
	}
	mid := len(data) / 2
	if depth > 0 {
		var wg sync.WaitGroup
		wg.Add(1)
		mu.Lock()
		*spawned++
		mu.Unlock()
		go func() {
			defer wg.Done()
			parallelSort(data[:mid], buf[:mid], depth-1, spawned, mu)
		}()
		parallelSort(data[mid:], buf[mid:], depth-1, spawned, mu)
		wg.Wait()
	} else {
		parallelSort(data[:mid], buf[:mid], 0, spawned, mu)
		parallelSort(data[mid:], buf[mid:], 0, spawned, mu)
	}
	merge(buf, data[:mid], data[mid:])
	copy(data, buf)
}

// lcg produces a deterministic pseudo-random sequence.
type lcg uint32

func (l *lcg) next() int {
	*l = *l*1664525 + 1013904223
	return int(*l>>8) % 1000
}

func main() {
	sizes := []int{0, 1, 7, 9, 33, 100, 257, 1000}
	seed := lcg(42)
	for _, n := range sizes {
		data := make([]int, n)
		for i := range data {
			data[i] = seed.next()
		}
		want := slices.Clone(data)
		sort.Ints(want)

		var mu sync.Mutex
		spawned := 0
		buf := make([]int, n)
		parallelSort(data, buf, 3, &spawned, &mu)

		ok := slices.Equal(data, want)
		head := data[:min(6, n)]
		tail := data[max(0, n-3):]
		fmt.Printf("n=%-5d sorted=%-5v goroutines=%-2d head=%v tail=%v\n", n, ok, spawned, head, tail)
	}

	// Sort several independent slices concurrently, keep results by index.
	batches := [][]int{
		{5, 3, 9, 1, 7, 2, 8, 6, 4, 0, 11, 10},
		{42, -1, 17, 42, 0, -99, 3, 3, 3, 15, 8, 27, 100},
		{9, 8, 7, 6, 5, 4, 3, 2, 1, 0},
		{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0},
	}
	var wg sync.WaitGroup
	for i := range batches {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			var mu sync.Mutex
			n := 0
			parallelSort(batches[i], make([]int, len(batches[i])), 2, &n, &mu)
		}(i)
	}
	wg.Wait()
	for i, b := range batches {
		fmt.Printf("batch %d: %v\n", i, b)
	}
	// k-way merge of the sorted batches
	merged := []int{}
	for _, b := range batches {
		out := make([]int, len(merged)+len(b))
		merge(out, merged, b)
		merged = out
	}
	fmt.Printf("merged %d values, sorted=%v, min=%d max=%d median=%d\n",
		len(merged), sort.IntsAreSorted(merged), merged[0], merged[len(merged)-1], merged[len(merged)/2])
}
