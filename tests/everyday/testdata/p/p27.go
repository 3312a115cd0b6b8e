// Sorting implementations: quicksort (3-way), heapsort, merge sort, LSD radix sort.
package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
)

type counter struct{ comparisons int }

func (c *counter) less(a, b int) bool { c.comparisons++; return a < b }

func quickSort(a []int, c *counter) {
	for len(a) > 1 {
		pivot := a[len(a)/2]
		lt, i, gt := 0, 0, len(a)
		for i < gt {
			switch {
			case c.less(a[i], pivot):
				a[lt], a[i] = a[i], a[lt]
				lt++
				i++
			case c.less(pivot, a[i]):
				gt--
				a[i], a[gt] = a[gt], a[i]
			default:
				i++
			}
		}
		// Recurse on the smaller side, loop on the larger to bound stack depth.
		if lt < len(a)-gt {
			quickSort(a[:lt], c)
			a = a[gt:]
		} else {
			quickSort(a[gt:], c)
			a = a[:lt]
		}
	}
}

func heapSort(a []int, c *counter) {
	sift := func(root, end int) {
		for {
			child := 2*root + 1
			if child >= end {
				return
			}
			if child+1 < end && c.less(a[child], a[child+1]) {
				child++
			}
			if !c.less(a[root], a[child]) {
				return
			}
			a[root], a[child] = a[child], a[root]
			root = child
		}
	}
	for i := len(a)/2 - 1; i >= 0; i-- {
		sift(i, len(a))
	}
	for end := len(a) - 1; end > 0; end-- {
		a[0], a[end] = a[end], a[0]
		sift(0, end)
	}
}

func mergeSort(a []int, c *counter) {
	buf := make([]int, len(a))
	for width := 1; width < len(a); width *= 2 {
		for lo := 0; lo < len(a); lo += 2 * width {
			mid, hi := min(lo+width, len(a)), min(lo+2*width, len(a))
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				if c.less(a[j], a[i]) {
					buf[k] = a[j]
					j++
				} else {
					buf[k] = a[i]
					i++
				}
				k++
			}
			k += copy(buf[k:], a[i:mid])
			copy(buf[k:], a[j:hi])
		}
		a, buf = buf, a
		copy(buf, a)
	}
}

func radixSort(a []uint32) {
	buf := make([]uint32, len(a))
	for shift := 0; shift < 32; shift += 8 {
		var count [257]int
		for _, v := range a {
			count[(v>>shift)&0xFF+1]++
		}
		for i := 1; i < len(count); i++ {
			count[i] += count[i-1]
		}
		for _, v := range a {
			d := (v >> shift) & 0xFF
			buf[count[d]] = v
			count[d]++
		}
		a, buf = buf, a
	}
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	const n = 50_000
	random, few := make([]int, n), make([]int, n)
	for i := range n {
		random[i], few[i] = r.IntN(1_000_000), r.IntN(5)
	}
	inputs := map[string][]int{"random": random, "few-unique": few}
	inputs["sorted"] = slices.Sorted(slices.Values(random))
	inputs["reversed"] = slices.Clone(inputs["sorted"])
	slices.Reverse(inputs["reversed"])
	algos := []struct {
		name string
		fn   func([]int, *counter)
	}{{"quick3", quickSort}, {"heap", heapSort}, {"merge", mergeSort}}
	fmt.Printf("%-11s %14s %14s %14s\n", "input", "quick3", "heap", "merge")
	for _, in := range []string{"random", "sorted", "reversed", "few-unique"} {
		fmt.Printf("%-11s", in)
		want := slices.Sorted(slices.Values(inputs[in]))
		for _, al := range algos {
			a := slices.Clone(inputs[in])
			var c counter
			al.fn(a, &c)
			if !slices.Equal(a, want) {
				panic(al.name + " produced wrong output on " + in)
			}
			fmt.Printf(" %14d", c.comparisons)
		}
		fmt.Println()
	}
	u := make([]uint32, n)
	for i := range u {
		u[i] = r.Uint32()
	}
	radixSort(u)
	fmt.Println("radix sorted:", slices.IsSorted(u), "min:", u[0], "max:", u[len(u)-1])
	small := []int{5, 3, 9, 1, 5, 0, -4, 8}
	mergeSort(small, &counter{})
	fmt.Println("small merge sort:", small)
}
