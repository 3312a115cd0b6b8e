package main

import (
	"fmt"
	"slices"
	"strings"
)

// Levenshtein distance, a spelling suggester and alignment trace.

func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func table(a, b string) [][]int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
		}
	}
	return d
}

type Suggestion struct {
	Word string
	Dist int
}

func main() {
	pairs := [][2]string{
		{"kitten", "sitting"}, {"flaw", "lawn"}, {"gopher", "golfer"},
		{"", "abc"}, {"café", "cafe"}, {"intention", "execution"},
	}
	for _, p := range pairs {
		fmt.Printf("lev(%-11q, %-11q) = %d\n", p[0], p[1], levenshtein(p[0], p[1]))
	}

	a, b := "sunday", "saturday"
	d := table(a, b)
	fmt.Printf("\nDP table for %s -> %s:\n    ", a, b)
	for _, c := range " " + b {
		fmt.Printf("%3c", c)
	}
	fmt.Println()
	for i, row := range d {
		ch := ' '
		if i > 0 {
			ch = rune(a[i-1])
		}
		fmt.Printf("%3c ", ch)
		for _, v := range row {
			fmt.Printf("%3d", v)
		}
		fmt.Println()
	}

	dict := []string{"mean", "median", "mode", "variance", "deviation", "regression",
		"correlation", "quantile", "histogram", "sample", "simple", "dimension"}
	queries := []string{"meadian", "corelation", "sampel", "histgram", "varience"}
	fmt.Println("\nSpelling suggestions:")
	for _, q := range queries {
		var sug []Suggestion
		for _, w := range dict {
			sug = append(sug, Suggestion{w, levenshtein(q, w)})
		}
		slices.SortFunc(sug, func(x, y Suggestion) int {
			if x.Dist != y.Dist {
				return x.Dist - y.Dist
			}
			return strings.Compare(x.Word, y.Word)
		})
		fmt.Printf("  %-11s -> %v\n", q, sug[:3])
	}
}
