package main

import (
	"fmt"
	"slices"
	"strings"
)

func LCS(a, b string) string {
	m, n := len(a), len(b)
	dp := make([][]int, m+1)
	for i := range dp {
		dp[i] = make([]int, n+1)
	}
	for i := 1; i <= m; i++ {
		for j := 1; j <= n; j++ {
			if a[i-1] == b[j-1] {
				dp[i][j] = dp[i-1][j-1] + 1
			} else {
				dp[i][j] = max(dp[i-1][j], dp[i][j-1])
			}
		}
	}
	var sb []byte
	for i, j := m, n; i > 0 && j > 0; {
		switch {
		case a[i-1] == b[j-1]:
			sb = append(sb, a[i-1])
			i--
			j--
		case dp[i-1][j] >= dp[i][j-1]:
			i--
		default:
			j--
		}
	}
	slices.Reverse(sb)
	return string(sb)
}

func EditDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
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

func Knapsack(items []Item, capacity int) (int, []string) {
	dp := make([][]int, len(items)+1)
	for i := range dp {
		dp[i] = make([]int, capacity+1)
	}
	for i, it := range items {
		for w := 0; w <= capacity; w++ {
			dp[i+1][w] = dp[i][w]
			if it.Weight <= w {
				dp[i+1][w] = max(dp[i+1][w], dp[i][w-it.Weight]+it.Value)
			}
		}
	}
	var chosen []string
	for i, w := len(items), capacity; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append(chosen, items[i-1].Name)
			w -= items[i-1].Weight
		}
	}
	slices.Sort(chosen)
	return dp[len(items)][capacity], chosen
}

func CoinWays(coins []int, amount int) int64 {
	ways := make([]int64, amount+1)
	ways[0] = 1
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			ways[a] += ways[a-c]
		}
	}
	return ways[amount]
}

func main() {
	pairs := [][2]string{{"ABCBDAB", "BDCABA"}, {"kitten", "sitting"}, {"gopher", "golang"}, {"", "abc"}}
	for _, p := range pairs {
		fmt.Printf("%-8s %-8s lcs=%-5q edit=%d\n", p[0], p[1], LCS(p[0], p[1]), EditDistance(p[0], p[1]))
	}
	items := []Item{{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200}, {"sandwich", 50, 160},
		{"glucose", 15, 60}, {"tin", 68, 45}, {"banana", 27, 60}, {"apple", 39, 40}}
	best, chosen := Knapsack(items, 200)
	fmt.Println("knapsack:", best, strings.Join(chosen, ","))
	for _, amt := range []int{10, 100, 1000} {
		fmt.Printf("ways(%d)=%d\n", amt, CoinWays([]int{1, 5, 10, 25, 50}, amt))
	}
	memo := map[int]int{}
	var climb func(n int) int
	climb = func(n int) int {
		if n <= 1 {
			return 1
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = climb(n-1) + climb(n-2)
		return memo[n]
	}
	fmt.Println("stairs(40) =", climb(40), "memo size", len(memo))
}
