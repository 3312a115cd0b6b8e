package main

import (
	"fmt"
	"strings"
)

func solveNQueens(n int) (count int, first []int) {
	cols := make([]bool, n)
	d1 := make([]bool, 2*n)
	d2 := make([]bool, 2*n)
	pos := make([]int, n)
	var place func(r int)
	place = func(r int) {
		if r == n {
			count++
			if first == nil {
				first = append([]int(nil), pos...)
			}
			return
		}
		for c := 0; c < n; c++ {
			if cols[c] || d1[r+c] || d2[r-c+n] {
				continue
			}
			cols[c], d1[r+c], d2[r-c+n] = true, true, true
			pos[r] = c
			place(r + 1)
			cols[c], d1[r+c], d2[r-c+n] = false, false, false
		}
	}
	place(0)
	return
}

func permutations(xs []rune) []string {
	var out []string
	var rec func(k int)
	rec = func(k int) {
		if k == len(xs) {
			out = append(out, string(xs))
			return
		}
		seen := map[rune]bool{}
		for i := k; i < len(xs); i++ {
			if seen[xs[i]] {
				continue
			}
			seen[xs[i]] = true
			xs[k], xs[i] = xs[i], xs[k]
			rec(k + 1)
			xs[k], xs[i] = xs[i], xs[k]
		}
	}
	rec(0)
	return out
}

func combinationSum(cands []int, target int) [][]int {
	var res [][]int
	var cur []int
	var bt func(start, remain int)
	bt = func(start, remain int) {
		if remain == 0 {
			res = append(res, append([]int{}, cur...))
			return
		}
		for i := start; i < len(cands); i++ {
			if cands[i] > remain {
				continue
			}
			cur = append(cur, cands[i])
			bt(i, remain-cands[i])
			cur = cur[:len(cur)-1]
		}
	}
	bt(0, target)
	return res
}

func subsets(s string) []string {
	var out []string
	for mask := 0; mask < 1<<len(s); mask++ {
		var b strings.Builder
		for i := range len(s) {
			if mask&(1<<i) != 0 {
				b.WriteByte(s[i])
			}
		}
		out = append(out, "{"+b.String()+"}")
	}
	return out
}

func main() {
	for n := 1; n <= 8; n++ {
		c, f := solveNQueens(n)
		fmt.Printf("n=%d solutions=%d first=%v\n", n, c, f)
	}
	_, f := solveNQueens(6)
	for _, c := range f {
		fmt.Println(strings.Repeat(". ", c) + "Q " + strings.Repeat(". ", 6-c-1))
	}
	p := permutations([]rune("abc"))
	fmt.Println(len(p), p)
	p2 := permutations([]rune("aab"))
	fmt.Println(len(p2), p2)
	fmt.Println(combinationSum([]int{2, 3, 6, 7}, 7))
	fmt.Println(combinationSum([]int{2, 3, 5}, 8))
	fmt.Println(subsets("xyz"))
}
