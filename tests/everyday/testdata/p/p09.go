// Coin change: minimum coins, number of combinations (with math/big), greedy failure.
package main

import (
	"fmt"
	"math"
	"math/big"
	"slices"
)

func minCoins(coins []int, amount int) (int, []int) {
	const inf = math.MaxInt32
	dp := make([]int, amount+1)
	last := make([]int, amount+1)
	for i := 1; i <= amount; i++ {
		dp[i] = inf
		for _, c := range coins {
			if c <= i && dp[i-c] != inf && dp[i-c]+1 < dp[i] {
				dp[i] = dp[i-c] + 1
				last[i] = c
			}
		}
	}
	if dp[amount] == inf {
		return -1, nil
	}
	var used []int
	for a := amount; a > 0; a -= last[a] {
		used = append(used, last[a])
	}
	slices.Sort(used)
	slices.Reverse(used)
	return dp[amount], used
}

func greedy(coins []int, amount int) (int, bool) {
	cs := slices.Clone(coins)
	slices.Sort(cs)
	n := 0
	for i := len(cs) - 1; i >= 0 && amount > 0; i-- {
		n += amount / cs[i]
		amount %= cs[i]
	}
	return n, amount == 0
}

func ways(coins []int, amount int) *big.Int {
	dp := make([]*big.Int, amount+1)
	for i := range dp {
		dp[i] = new(big.Int)
	}
	dp[0].SetInt64(1)
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			dp[a].Add(dp[a], dp[a-c])
		}
	}
	return dp[amount]
}

func main() {
	systems := []struct {
		name  string
		coins []int
	}{
		{"euro-cents", []int{1, 2, 5, 10, 20, 50, 100, 200}},
		{"us-cents", []int{1, 5, 10, 25}},
		{"odd", []int{1, 3, 4}},
		{"no-one", []int{4, 7}},
	}
	amounts := []int{6, 10, 63, 99}
	for _, s := range systems {
		fmt.Printf("== %s %v\n", s.name, s.coins)
		for _, a := range amounts {
			n, used := minCoins(s.coins, a)
			g, ok := greedy(s.coins, a)
			note := ""
			switch {
			case n < 0:
				note = "impossible"
			case !ok:
				note = "greedy fails"
			case g != n:
				note = fmt.Sprintf("greedy suboptimal (%d)", g)
			}
			fmt.Printf("  amount %3d: min=%2d %v %s\n", a, n, used, note)
		}
	}
	fmt.Println("number of ways:")
	for _, a := range []int{100, 200, 1000, 5000} {
		fmt.Printf("  %5d euro-cents: %s\n", a, ways(systems[0].coins, a).String())
	}
	w := ways(systems[1].coins, 100000)
	fmt.Printf("  us-cents 100000: %d digits, %s\n", len(w.String()), w.String())
}
