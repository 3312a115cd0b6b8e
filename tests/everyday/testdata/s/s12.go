package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Character and word n-grams, plus Jaccard similarity between sentences.

func wordNgrams(words []string, n int) []string {
	var out []string
	for i := 0; i+n <= len(words); i++ {
		out = append(out, strings.Join(words[i:i+n], " "))
	}
	return out
}

func charNgrams(s string, n int) map[string]int {
	m := map[string]int{}
	rs := []rune(s)
	for i := 0; i+n <= len(rs); i++ {
		m[string(rs[i:i+n])]++
	}
	return m
}

func jaccard(a, b map[string]int) float64 {
	inter, union := 0, 0
	for k := range a {
		if _, ok := b[k]; ok {
			inter++
		}
		union++
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			union++
		}
	}
	return float64(inter) / float64(union)
}

func topN(m map[string]int, n int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if m[a] != m[b] {
			return m[b] - m[a]
		}
		return strings.Compare(a, b)
	})
	keys = keys[:min(n, len(keys))]
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = fmt.Sprintf("%q:%d", k, m[k])
	}
	return out
}

func main() {
	text := "the cat sat on the mat the cat ate the rat the rat sat on the cat"
	words := strings.Fields(text)
	for n := 1; n <= 3; n++ {
		counts := map[string]int{}
		for _, g := range wordNgrams(words, n) {
			counts[g]++
		}
		fmt.Printf("%d-grams (%d distinct): %s\n", n, len(counts), strings.Join(topN(counts, 5), ", "))
	}

	// Bigram model: next-word probabilities after "the"
	follow := map[string]int{}
	total := 0
	for i := 0; i+1 < len(words); i++ {
		if words[i] == "the" {
			follow[words[i+1]]++
			total++
		}
	}
	fmt.Println("\nP(next | the):")
	keys := slices.Sorted(maps.Keys(follow))
	for _, k := range keys {
		fmt.Printf("  %-4s %.3f\n", k, float64(follow[k])/float64(total))
	}

	sentences := []string{
		"data science with go",
		"data science in python",
		"golang for data analysis",
		"science fiction novels",
	}
	fmt.Println("\nCharacter trigram Jaccard similarity:")
	fmt.Printf("%-26s%6d%6d%6d%6d\n", "", 0, 1, 2, 3)
	grams := make([]map[string]int, len(sentences))
	for i, s := range sentences {
		grams[i] = charNgrams(s, 3)
	}
	for i, s := range sentences {
		fmt.Printf("%d %-24s", i, s)
		for j := range sentences {
			fmt.Printf("%6.3f", jaccard(grams[i], grams[j]))
		}
		fmt.Println()
	}
}
