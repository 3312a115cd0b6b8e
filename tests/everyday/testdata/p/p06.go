// Levenshtein edit distance with full DP table and alignment traceback.
package main

import (
	"fmt"
	"strings"
)

type op byte

const (
	opMatch op = '='
	opSub   op = '~'
	opIns   op = '+'
	opDel   op = '-'
)

func editTable(a, b []rune) [][]int {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
		dp[i][0] = i
	}
	for j := range dp[0] {
		dp[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			dp[i][j] = min(dp[i-1][j]+1, dp[i][j-1]+1, dp[i-1][j-1]+cost)
		}
	}
	return dp
}

func align(a, b []rune, dp [][]int) (string, string, string) {
	var top, mid, bot []rune
	i, j := len(a), len(b)
	for i > 0 || j > 0 {
		switch {
		case i > 0 && j > 0 && a[i-1] == b[j-1] && dp[i][j] == dp[i-1][j-1]:
			top, mid, bot = append(top, a[i-1]), append(mid, rune(opMatch)), append(bot, b[j-1])
			i, j = i-1, j-1
		case i > 0 && j > 0 && dp[i][j] == dp[i-1][j-1]+1:
			top, mid, bot = append(top, a[i-1]), append(mid, rune(opSub)), append(bot, b[j-1])
			i, j = i-1, j-1
		case i > 0 && dp[i][j] == dp[i-1][j]+1:
			top, mid, bot = append(top, a[i-1]), append(mid, rune(opDel)), append(bot, '_')
			i--
		default:
			top, mid, bot = append(top, '_'), append(mid, rune(opIns)), append(bot, b[j-1])
			j--
		}
	}
	rev := func(r []rune) string {
		for x, y := 0, len(r)-1; x < y; x, y = x+1, y-1 {
			r[x], r[y] = r[y], r[x]
		}
		return string(r)
	}
	return rev(top), rev(mid), rev(bot)
}

func printTable(a, b []rune, dp [][]int) {
	fmt.Print("      ")
	for _, c := range b {
		fmt.Printf("%3c", c)
	}
	fmt.Println()
	for i, row := range dp {
		label := ' '
		if i > 0 {
			label = a[i-1]
		}
		fmt.Printf("  %c", label)
		for _, v := range row {
			fmt.Printf("%3d", v)
		}
		fmt.Println()
	}
}

func main() {
	pairs := [][2]string{
		{"kitten", "sitting"},
		{"intention", "execution"},
		{"golang", "gopher"},
		{"", "abc"},
		{"naïve", "native"},
	}
	for idx, p := range pairs {
		a, b := []rune(p[0]), []rune(p[1])
		dp := editTable(a, b)
		fmt.Printf("%q -> %q : distance %d\n", p[0], p[1], dp[len(a)][len(b)])
		if idx == 0 {
			printTable(a, b, dp)
		}
		t, m, bt := align(a, b, dp)
		fmt.Println("   ", t)
		fmt.Println("   ", m)
		fmt.Println("   ", bt)
		counts := map[op]int{}
		for _, r := range m {
			counts[op(r)]++
		}
		fmt.Printf("    matches=%d subs=%d ins=%d del=%d\n",
			counts[opMatch], counts[opSub], counts[opIns], counts[opDel])
		fmt.Println(strings.Repeat("-", 30))
	}
}
