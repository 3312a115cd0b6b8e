// Binary search variants: bounds, rotated arrays, peak finding, and searching on the answer.
package main

import (
	"fmt"
	"slices"
	"sort"
)

func lowerBound(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if a[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func upperBound(a []int, x int) int {
	return sort.Search(len(a), func(i int) bool { return a[i] > x })
}

func searchRotated(a []int, x int) int {
	lo, hi := 0, len(a)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch {
		case a[mid] == x:
			return mid
		case a[lo] <= a[mid]: // left half sorted
			if a[lo] <= x && x < a[mid] {
				hi = mid - 1
			} else {
				lo = mid + 1
			}
		default: // right half sorted
			if a[mid] < x && x <= a[hi] {
				lo = mid + 1
			} else {
				hi = mid - 1
			}
		}
	}
	return -1
}

func findPeak(a []int) int {
	lo, hi := 0, len(a)-1
	for lo < hi {
		mid := (lo + hi) / 2
		if a[mid] < a[mid+1] {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// minCapacity: smallest ship capacity to deliver packages within days (monotone predicate).
func minCapacity(weights []int, days int) int {
	lo, hi := slices.Max(weights), 0
	for _, w := range weights {
		hi += w
	}
	feasible := func(cap int) bool {
		d, load := 1, 0
		for _, w := range weights {
			if load+w > cap {
				d++
				load = 0
			}
			load += w
		}
		return d <= days
	}
	return lo + sort.Search(hi-lo+1, func(i int) bool { return feasible(lo + i) })
}

func main() {
	a := []int{1, 2, 2, 2, 3, 5, 8, 8, 13, 21}
	fmt.Println("array:", a)
	for _, x := range []int{0, 2, 4, 8, 21, 30} {
		lb, ub := lowerBound(a, x), upperBound(a, x)
		idx, found := slices.BinarySearch(a, x)
		fmt.Printf("x=%2d lower=%2d upper=%2d count=%d slices.BinarySearch=(%d,%v)\n", x, lb, ub, ub-lb, idx, found)
	}

	rot := []int{15, 18, 22, 30, 2, 5, 7, 9, 11}
	for _, x := range []int{15, 30, 2, 11, 10} {
		fmt.Printf("rotated search %2d -> %d\n", x, searchRotated(rot, x))
	}
	pivot := sort.Search(len(rot), func(i int) bool { return rot[i] < rot[0] })
	fmt.Println("rotation point:", pivot, "min:", rot[pivot])

	mount := []int{1, 3, 8, 12, 17, 14, 9, 4, 2}
	p := findPeak(mount)
	fmt.Printf("peak at %d value %d\n", p, mount[p])

	w := []int{3, 2, 2, 4, 1, 4, 7, 5, 6, 1}
	for _, d := range []int{1, 3, 5, 10} {
		fmt.Printf("ship %v within %2d days: capacity %d\n", w, d, minCapacity(w, d))
	}

	type rec struct {
		name string
		age  int
	}
	people := []rec{{"ann", 19}, {"bob", 25}, {"cy", 25}, {"dee", 31}, {"eve", 40}}
	i, ok := slices.BinarySearchFunc(people, 31, func(r rec, t int) int { return r.age - t })
	fmt.Println("first aged 31:", i, ok, people[i].name)
	i, ok = slices.BinarySearchFunc(people, 30, func(r rec, t int) int { return r.age - t })
	fmt.Println("insert position for 30:", i, ok)

	// Floating-point binary search: cube root of 50 to 1e-9.
	lo, hi := 0.0, 50.0
	iters := 0
	for hi-lo > 1e-9 {
		mid := (lo + hi) / 2
		if mid*mid*mid < 50 {
			lo = mid
		} else {
			hi = mid
		}
		iters++
	}
	fmt.Printf("cbrt(50) ≈ %.8f after %d iterations\n", lo, iters)
}
