package main

import (
	"fmt"
	"sort"
	"strings"
)

type gram struct {
	words string
	count int
}

func ngrams(tokens []string, n int) map[string]int {
	out := make(map[string]int)
	for i := 0; i+n <= len(tokens); i++ {
		out[strings.Join(tokens[i:i+n], " ")]++
	}
	return out
}

func tokenize(s string) []string {
	f := func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '\'')
	}
	parts := strings.FieldsFunc(s, f)
	for i, p := range parts {
		parts[i] = strings.ToLower(p)
	}
	return parts
}

func top(m map[string]int, k int) []gram {
	var gs []gram
	for w, c := range m {
		gs = append(gs, gram{w, c})
	}
	sort.Slice(gs, func(i, j int) bool {
		if gs[i].count != gs[j].count {
			return gs[i].count > gs[j].count
		}
		return gs[i].words < gs[j].words
	})
	if len(gs) > k {
		gs = gs[:k]
	}
	return gs
}

func charNgrams(s string, n int) []string {
	rs := []rune(s)
	var out []string
	for i := 0; i+n <= len(rs); i++ {
		out = append(out, string(rs[i:i+n]))
	}
	return out
}

func jaccard(a, b []string) float64 {
	sa := map[string]bool{}
	for _, x := range a {
		sa[x] = true
	}
	sb := map[string]bool{}
	for _, x := range b {
		sb[x] = true
	}
	inter := 0
	for x := range sa {
		if sb[x] {
			inter++
		}
	}
	union := len(sa) + len(sb) - inter
	return float64(inter) / float64(union)
}

func main() {
	corpus := `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope, it's the winter.`
	toks := tokenize(corpus)
	fmt.Println("tokens:", len(toks))
	for n := 1; n <= 3; n++ {
		fmt.Printf("== top %d-grams ==\n", n)
		for _, g := range top(ngrams(toks, n), 5) {
			fmt.Printf("  %-22q %d\n", g.words, g.count)
		}
	}

	pairs := [][2]string{{"night", "nacht"}, {"context", "contact"}, {"café", "cafe"}, {"same", "same"}}
	for _, p := range pairs {
		a, b := charNgrams(p[0], 2), charNgrams(p[1], 2)
		fmt.Printf("%s vs %s: bigrams=%v/%v jaccard=%.4f\n", p[0], p[1], a, b, jaccard(a, b))
	}
}
