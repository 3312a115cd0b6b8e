// Longest increasing subsequence: O(n^2) DP vs O(n log n) patience sorting.
package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
)

func lisQuadratic(a []int) int {
	if len(a) == 0 {
		return 0
	}
	dp := make([]int, len(a))
	best := 0
	for i := range a {
		dp[i] = 1
		for j := range i {
			if a[j] < a[i] && dp[j]+1 > dp[i] {
				dp[i] = dp[j] + 1
			}
		}
		best = max(best, dp[i])
	}
	return best
}

// lisFast returns one longest strictly increasing subsequence.
func lisFast(a []int) []int {
	tails := []int{} // indices into a: tail of best subsequence of each length
	parent := make([]int, len(a))
	for i, x := range a {
		k := sort.Search(len(tails), func(j int) bool { return a[tails[j]] >= x })
		if k > 0 {
			parent[i] = tails[k-1]
		} else {
			parent[i] = -1
		}
		if k == len(tails) {
			tails = append(tails, i)
		} else {
			tails[k] = i
		}
	}
	if len(tails) == 0 {
		return nil
	}
	out := make([]int, len(tails))
	for i, k := tails[len(tails)-1], len(tails)-1; k >= 0; i, k = parent[i], k-1 {
		out[k] = a[i]
	}
	return out
}

func longestNonDecreasing(a []int) int {
	var tails []int
	for _, x := range a {
		k := sort.SearchInts(tails, x+1)
		if k == len(tails) {
			tails = append(tails, x)
		} else {
			tails[k] = x
		}
	}
	return len(tails)
}

func main() {
	cases := [][]int{
		{10, 9, 2, 5, 3, 7, 101, 18},
		{0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15},
		{5, 5, 5, 5},
		{1, 2, 3, 4, 5},
		{},
	}
	for _, c := range cases {
		seq := lisFast(c)
		fmt.Printf("%v\n  quad=%d fast=%d seq=%v nondecr=%d\n",
			c, lisQuadratic(c), len(seq), seq, longestNonDecreasing(c))
	}

	r := rand.New(rand.NewPCG(1, 2))
	mismatches := 0
	for trial := range 200 {
		n := 1 + trial%40
		a := make([]int, n)
		for i := range a {
			a[i] = r.IntN(50)
		}
		seq := lisFast(a)
		if !slices.IsSortedFunc(seq, func(x, y int) int { return x - y }) || len(seq) != lisQuadratic(a) {
			mismatches++
		}
	}
	fmt.Println("random trials mismatches:", mismatches)

	big := make([]int, 5000)
	for i := range big {
		big[i] = r.IntN(1_000_000)
	}
	fmt.Println("LIS of 5000 random values:", len(lisFast(big)))
}
