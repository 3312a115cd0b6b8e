package main

import (
	"fmt"
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

func twoSumSorted(a []int, target int) (int, int, bool) {
	i, j := 0, len(a)-1
	for i < j {
		s := a[i] + a[j]
		switch {
		case s == target:
			return i, j, true
		case s < target:
			i++
		default:
			j--
		}
	}
	return -1, -1, false
}

func longestUniqueSubstr(s string) (int, string) {
	last := map[byte]int{}
	best, bestStart, start := 0, 0, 0
	for i := 0; i < len(s); i++ {
		if p, ok := last[s[i]]; ok && p >= start {
			start = p + 1
		}
		last[s[i]] = i
		if i-start+1 > best {
			best, bestStart = i-start+1, start
		}
	}
	return best, s[bestStart : bestStart+best]
}

func minSubarrayLen(target int, a []int) int {
	best := len(a) + 1
	sum, l := 0, 0
	for r, x := range a {
		sum += x
		for sum >= target {
			best = min(best, r-l+1)
			sum -= a[l]
			l++
		}
	}
	if best > len(a) {
		return 0
	}
	return best
}

func sqrtInt(n int) int {
	return sort.Search(n+1, func(x int) bool { return x*x > n }) - 1
}

func threeSum(a []int) [][3]int {
	sort.Ints(a)
	var out [][3]int
	for i := 0; i < len(a)-2; i++ {
		if i > 0 && a[i] == a[i-1] {
			continue
		}
		l, r := i+1, len(a)-1
		for l < r {
			s := a[i] + a[l] + a[r]
			if s == 0 {
				out = append(out, [3]int{a[i], a[l], a[r]})
				for l < r && a[l] == a[l+1] {
					l++
				}
				l, r = l+1, r-1
			} else if s < 0 {
				l++
			} else {
				r--
			}
		}
	}
	return out
}

func main() {
	a := []int{1, 3, 3, 3, 5, 8, 13, 21}
	for _, x := range []int{0, 3, 4, 21, 22} {
		fmt.Printf("lowerBound(%d)=%d sort.SearchInts=%d\n", x, lowerBound(a, x), sort.SearchInts(a, x))
	}
	for _, t := range []int{16, 34, 100} {
		i, j, ok := twoSumSorted(a, t)
		fmt.Println("twoSum", t, i, j, ok)
	}
	for _, s := range []string{"abcabcbb", "bbbbb", "pwwkew", "", "abcdef"} {
		n, sub := longestUniqueSubstr(s)
		fmt.Printf("%q -> %d %q\n", s, n, sub)
	}
	fmt.Println(minSubarrayLen(7, []int{2, 3, 1, 2, 4, 3}), minSubarrayLen(100, []int{1, 2}))
	for _, n := range []int{0, 1, 15, 16, 99, 1000000} {
		fmt.Print(sqrtInt(n), " ")
	}
	fmt.Println()
	fmt.Println(threeSum([]int{-1, 0, 1, 2, -1, -4, -2, 3, 0, 0}))
}
