package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

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

func similarity(a, b string) float64 {
	n := max(len([]rune(a)), len([]rune(b)))
	if n == 0 {
		return 1
	}
	return 1 - float64(levenshtein(a, b))/float64(n)
}

type Match struct {
	Candidate string
	Distance  int
	Score     float64
}

type Matcher struct {
	Vocabulary []string
	MaxDist    int
}

func (m Matcher) Suggest(word string, n int) []Match {
	word = strings.ToLower(word)
	var out []Match
	for _, c := range m.Vocabulary {
		if d := levenshtein(word, c); d <= m.MaxDist {
			out = append(out, Match{c, d, similarity(word, c)})
		}
	}
	slices.SortFunc(out, func(x, y Match) int {
		return cmp.Or(cmp.Compare(x.Distance, y.Distance), cmp.Compare(x.Candidate, y.Candidate))
	})
	return out[:min(n, len(out))]
}

func main() {
	vocab := []string{
		"parse", "parser", "parsing", "csv", "tokenizer", "token", "regexp", "regex",
		"scanner", "builder", "format", "formatter", "strconv", "unicode", "template",
		"tabwriter", "markdown", "query", "string", "strings", "split", "splice",
	}
	m := Matcher{Vocabulary: vocab, MaxDist: 2}
	typos := []string{"prase", "tokenzier", "regx", "scaner", "Stirngs", "tmplate", "qeury", "xyzzy", "splt", "fromat"}
	for _, t := range typos {
		sugg := m.Suggest(t, 3)
		if len(sugg) == 0 {
			fmt.Printf("%-10s -> (no suggestions)\n", t)
			continue
		}
		parts := make([]string, len(sugg))
		for i, s := range sugg {
			parts[i] = fmt.Sprintf("%s(d=%d,%.2f)", s.Candidate, s.Distance, s.Score)
		}
		fmt.Printf("%-10s -> %s\n", t, strings.Join(parts, ", "))
	}
	fmt.Println("distance matrix:")
	words := []string{"kitten", "sitting", "mitten", "fitting", "kit"}
	fmt.Printf("%8s", "")
	for _, w := range words {
		fmt.Printf("%8s", w)
	}
	fmt.Println()
	for _, a := range words {
		fmt.Printf("%8s", a)
		for _, b := range words {
			fmt.Printf("%8d", levenshtein(a, b))
		}
		fmt.Println()
	}
	fmt.Println("unicode:", levenshtein("naïve", "naive"), levenshtein("日本語", "日本"), levenshtein("", "abc"))
}
