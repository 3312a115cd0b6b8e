// Sliding window techniques: window maxima with a deque, longest unique substring, min window.
package main

import (
	"fmt"
	"math"
)

// Deque is a simple generic double-ended queue backed by a slice.
type Deque[T any] struct{ items []T }

func (d *Deque[T]) PushBack(v T) { d.items = append(d.items, v) }
func (d *Deque[T]) PopBack()     { d.items = d.items[:len(d.items)-1] }
func (d *Deque[T]) PopFront()    { d.items = d.items[1:] }
func (d *Deque[T]) Front() T     { return d.items[0] }
func (d *Deque[T]) Back() T      { return d.items[len(d.items)-1] }
func (d *Deque[T]) Len() int     { return len(d.items) }

func windowMax(a []int, k int) []int {
	var dq Deque[int] // indices with decreasing values
	var out []int
	for i, v := range a {
		for dq.Len() > 0 && a[dq.Back()] <= v {
			dq.PopBack()
		}
		dq.PushBack(i)
		if dq.Front() <= i-k {
			dq.PopFront()
		}
		if i >= k-1 {
			out = append(out, a[dq.Front()])
		}
	}
	return out
}

func longestUnique(s string) string {
	last := map[rune]int{}
	rs := []rune(s)
	bestL, bestR, left := 0, 0, 0
	for right, r := range rs {
		if p, ok := last[r]; ok && p >= left {
			left = p + 1
		}
		last[r] = right
		if right+1-left > bestR-bestL {
			bestL, bestR = left, right+1
		}
	}
	return string(rs[bestL:bestR])
}

func minWindow(s, t string) string {
	need := [128]int{}
	for i := range len(t) {
		need[t[i]]++
	}
	missing := len(t)
	bestL, bestLen := 0, math.MaxInt
	left := 0
	for right := range len(s) {
		if need[s[right]] > 0 {
			missing--
		}
		need[s[right]]--
		for missing == 0 {
			if right-left+1 < bestLen {
				bestL, bestLen = left, right-left+1
			}
			need[s[left]]++
			if need[s[left]] > 0 {
				missing++
			}
			left++
		}
	}
	if bestLen == math.MaxInt {
		return ""
	}
	return s[bestL : bestL+bestLen]
}

func maxSumWindow(a []int, k int) (int, int) {
	sum := 0
	for _, v := range a[:k] {
		sum += v
	}
	best, at := sum, 0
	for i := k; i < len(a); i++ {
		sum += a[i] - a[i-k]
		if sum > best {
			best, at = sum, i-k+1
		}
	}
	return best, at
}

func main() {
	temps := []int{1, 3, -1, -3, 5, 3, 6, 7, 2, 2, 9, 0}
	for _, k := range []int{1, 3, 5} {
		fmt.Printf("window max k=%d: %v\n", k, windowMax(temps, k))
	}
	for _, s := range []string{"abcabcbb", "bbbbb", "pwwkew", "", "dvdf", "日本語日本"} {
		fmt.Printf("longest unique in %-10q = %q\n", s, longestUnique(s))
	}
	for _, pr := range [][2]string{{"ADOBECODEBANC", "ABC"}, {"a", "aa"}, {"this is a test string", "tist"}} {
		fmt.Printf("min window of %q covering %q = %q\n", pr[0], pr[1], minWindow(pr[0], pr[1]))
	}
	sales := []int{4, 2, 12, 3, 8, 9, 1, 0, 15, 6, 2, 7}
	for _, k := range []int{2, 4, 6} {
		best, at := maxSumWindow(sales, k)
		fmt.Printf("best %d-day run: sum=%d starting day %d %v\n", k, best, at, sales[at:at+k])
	}
	// Count subarrays with at most K distinct values, via the window trick.
	atMost := func(a []int, k int) int {
		freq := map[int]int{}
		count, left := 0, 0
		for right, v := range a {
			if freq[v] == 0 {
				k--
			}
			freq[v]++
			for k < 0 {
				freq[a[left]]--
				if freq[a[left]] == 0 {
					k++
				}
				left++
			}
			count += right - left + 1
		}
		return count
	}
	nums := []int{1, 2, 1, 2, 3, 3, 1}
	for k := 1; k <= 3; k++ {
		fmt.Printf("subarrays of %v with exactly %d distinct: %d\n", nums, k, atMost(nums, k)-atMost(nums, k-1))
	}
}
