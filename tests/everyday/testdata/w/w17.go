package main

import (
	"fmt"
	"slices"
	"strings"
)

func lcs(a, b string) string {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				dp[i][j] = dp[i-1][j-1] + 1
			} else {
				dp[i][j] = max(dp[i-1][j], dp[i][j-1])
			}
		}
	}
	var out []byte
	for i, j := len(a), len(b); i > 0 && j > 0; {
		switch {
		case a[i-1] == b[j-1]:
			out = append(out, a[i-1])
			i, j = i-1, j-1
		case dp[i-1][j] >= dp[i][j-1]:
			i--
		default:
			j--
		}
	}
	slices.Reverse(out)
	return string(out)
}

func editDistance(a, b []rune) int {
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

type Item struct {
	Name          string
	Weight, Value int
}

func knapsack(items []Item, capacity int) (int, []string) {
	best := make([][]int, len(items)+1)
	for i := range best {
		best[i] = make([]int, capacity+1)
	}
	for i, it := range items {
		for w := 0; w <= capacity; w++ {
			best[i+1][w] = best[i][w]
			if it.Weight <= w && best[i][w-it.Weight]+it.Value > best[i+1][w] {
				best[i+1][w] = best[i][w-it.Weight] + it.Value
			}
		}
	}
	chosen, w := []string(nil), capacity
	for i := len(items); i > 0; i-- {
		if best[i][w] != best[i-1][w] {
			chosen = append(chosen, items[i-1].Name)
			w -= items[i-1].Weight
		}
	}
	return best[len(items)][capacity], chosen
}

func coinWays(coins []int, amount int) (ways int64, fewest int) {
	count := make([]int64, amount+1)
	minc := make([]int, amount+1)
	count[0] = 1
	for i := 1; i <= amount; i++ {
		minc[i] = -1
	}
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			count[a] += count[a-c]
			if minc[a-c] >= 0 && (minc[a] < 0 || minc[a-c]+1 < minc[a]) {
				minc[a] = minc[a-c] + 1
			}
		}
	}
	return count[amount], minc[amount]
}

func main() {
	pairs := [][2]string{{"ABCBDAB", "BDCABA"}, {"AGGTAB", "GXTXAYB"}, {"kitten", "sitting"}}
	for _, p := range pairs {
		fmt.Printf("lcs(%s,%s)=%q edit=%d\n", p[0], p[1], lcs(p[0], p[1]), editDistance([]rune(p[0]), []rune(p[1])))
	}
	fmt.Println("edit café/cafe:", editDistance([]rune("café"), []rune("cafe")), "bytes:", len("café"))

	items := []Item{{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200}, {"sandwich", 50, 160},
		{"glucose", 15, 60}, {"tin", 68, 45}, {"banana", 27, 60}, {"apple", 39, 40}}
	v, chosen := knapsack(items, 200)
	fmt.Println("knapsack:", v, strings.Join(chosen, ","))

	for _, amt := range []int{11, 100, 3} {
		ways, fewest := coinWays([]int{2, 5, 10, 25}, amt)
		fmt.Printf("amount %3d: ways=%d fewest=%d\n", amt, ways, fewest)
	}
}
