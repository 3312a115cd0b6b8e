// 0/1 knapsack with item reconstruction, plus unbounded and bounded variants.
package main

import (
	"fmt"
	"strings"
)

type Item struct {
	Name   string
	Weight int
	Value  int
}

func knapsack01(items []Item, capacity int) (int, []Item) {
	n := len(items)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, capacity+1)
	}
	for i := 1; i <= n; i++ {
		it := items[i-1]
		for w := 0; w <= capacity; w++ {
			dp[i][w] = dp[i-1][w]
			if it.Weight <= w {
				if v := dp[i-1][w-it.Weight] + it.Value; v > dp[i][w] {
					dp[i][w] = v
				}
			}
		}
	}
	var chosen []Item
	w := capacity
	for i := n; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append(chosen, items[i-1])
			w -= items[i-1].Weight
		}
	}
	return dp[n][capacity], chosen
}

func unbounded(items []Item, capacity int) (int, map[string]int) {
	best := make([]int, capacity+1)
	pick := make([]int, capacity+1)
	for i := range pick {
		pick[i] = -1
	}
	for w := 1; w <= capacity; w++ {
		for i, it := range items {
			if it.Weight <= w && best[w-it.Weight]+it.Value > best[w] {
				best[w] = best[w-it.Weight] + it.Value
				pick[w] = i
			}
		}
	}
	counts := map[string]int{}
	for w := capacity; w > 0 && pick[w] >= 0; w -= items[pick[w]].Weight {
		counts[items[pick[w]].Name]++
	}
	return best[capacity], counts
}

func main() {
	items := []Item{
		{"tent", 11, 30}, {"stove", 4, 10}, {"camera", 2, 15},
		{"book", 1, 2}, {"water", 6, 20}, {"food", 5, 18},
		{"jacket", 3, 9}, {"laptop", 7, 25}, {"rope", 2, 5},
	}
	for _, cap := range []int{10, 20, 30} {
		val, chosen := knapsack01(items, cap)
		names := make([]string, 0, len(chosen))
		weight := 0
		for _, c := range chosen {
			names = append(names, c.Name)
			weight += c.Weight
		}
		fmt.Printf("cap=%2d value=%3d weight=%2d items=[%s]\n", cap, val, weight, strings.Join(names, ", "))
	}

	coins := []Item{{"small", 3, 4}, {"medium", 5, 7}, {"large", 9, 13}}
	for _, cap := range []int{17, 23, 50} {
		v, cnt := unbounded(coins, cap)
		fmt.Printf("unbounded cap=%2d value=%3d small=%d medium=%d large=%d\n",
			cap, v, cnt["small"], cnt["medium"], cnt["large"])
	}

	// Brute-force check of the 0/1 result for capacity 20.
	bestBF := 0
	for mask := 0; mask < 1<<len(items); mask++ {
		w, v := 0, 0
		for i, it := range items {
			if mask&(1<<i) != 0 {
				w += it.Weight
				v += it.Value
			}
		}
		if w <= 20 && v > bestBF {
			bestBF = v
		}
	}
	dpBest, _ := knapsack01(items, 20)
	fmt.Println("brute force agrees:", bestBF == dpBest, bestBF)
}
