// Two pointers and interval problems: 3-sum, container with most water, merging intervals.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Interval struct{ Start, End int }

func (iv Interval) String() string { return fmt.Sprintf("[%d,%d]", iv.Start, iv.End) }

func mergeIntervals(in []Interval) []Interval {
	s := slices.Clone(in)
	slices.SortFunc(s, func(a, b Interval) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	var out []Interval
	for _, iv := range s {
		if n := len(out); n > 0 && iv.Start <= out[n-1].End {
			out[n-1].End = max(out[n-1].End, iv.End)
			continue
		}
		out = append(out, iv)
	}
	return out
}

func intersect(a, b []Interval) []Interval {
	var out []Interval
	for i, j := 0, 0; i < len(a) && j < len(b); {
		lo, hi := max(a[i].Start, b[j].Start), min(a[i].End, b[j].End)
		if lo <= hi {
			out = append(out, Interval{lo, hi})
		}
		if a[i].End < b[j].End {
			i++
		} else {
			j++
		}
	}
	return out
}

func minRooms(meetings []Interval) int {
	starts := make([]int, len(meetings))
	ends := make([]int, len(meetings))
	for i, m := range meetings {
		starts[i], ends[i] = m.Start, m.End
	}
	slices.Sort(starts)
	slices.Sort(ends)
	rooms, best := 0, 0
	for i, j := 0, 0; i < len(starts); {
		if starts[i] < ends[j] {
			rooms++
			i++
		} else {
			rooms--
			j++
		}
		best = max(best, rooms)
	}
	return best
}

func threeSum(nums []int, target int) [][3]int {
	a := slices.Sorted(slices.Values(nums))
	var out [][3]int
	for i := 0; i < len(a)-2; i++ {
		if i > 0 && a[i] == a[i-1] {
			continue
		}
		for l, r := i+1, len(a)-1; l < r; {
			switch s := a[i] + a[l] + a[r]; {
			case s < target:
				l++
			case s > target:
				r--
			default:
				out = append(out, [3]int{a[i], a[l], a[r]})
				for l++; l < r && a[l] == a[l-1]; l++ {
				}
				r--
			}
		}
	}
	return out
}

func maxWater(h []int) (int, int, int) {
	best, bi, bj := 0, 0, 0
	for i, j := 0, len(h)-1; i < j; {
		if area := (j - i) * min(h[i], h[j]); area > best {
			best, bi, bj = area, i, j
		}
		if h[i] < h[j] {
			i++
		} else {
			j--
		}
	}
	return best, bi, bj
}

func main() {
	ivs := []Interval{{8, 10}, {1, 3}, {2, 6}, {15, 18}, {17, 20}, {6, 7}, {11, 11}}
	fmt.Println("merged:", mergeIntervals(ivs))
	a := []Interval{{0, 2}, {5, 10}, {13, 23}, {24, 25}}
	b := []Interval{{1, 5}, {8, 12}, {15, 24}, {25, 26}}
	fmt.Println("intersection:", intersect(a, b))
	meetings := []Interval{{9, 10}, {9, 12}, {10, 11}, {11, 13}, {12, 14}, {9, 11}, {13, 15}}
	fmt.Println("meeting rooms needed:", minRooms(meetings))

	fmt.Println("3-sum to 0:", threeSum([]int{-1, 0, 1, 2, -1, -4, -2, -3, 3, 0, 4}, 0))
	fmt.Println("3-sum to 10:", threeSum([]int{1, 2, 3, 4, 5, 6, 7}, 10))
	area, i, j := maxWater([]int{1, 8, 6, 2, 5, 4, 8, 3, 7})
	fmt.Printf("max water: %d between %d and %d\n", area, i, j)

	// Dedupe sorted slice in place with a slow/fast pointer, compare with slices.Compact.
	s := []int{1, 1, 2, 3, 3, 3, 4, 5, 5, 6}
	w := 0
	for r := range s {
		if r == 0 || s[r] != s[r-1] {
			s[w] = s[r]
			w++
		}
	}
	fmt.Println("dedup:", s[:w], "compact:", slices.Compact([]int{1, 1, 2, 3, 3, 3, 4, 5, 5, 6}))
	fmt.Println("intervals equal:", Interval{1, 2} == Interval{1, 2}, slices.Equal(mergeIntervals(ivs), mergeIntervals(mergeIntervals(ivs))))
}
