package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
	"unicode"
)

const text = `the quick brown fox jumps over the lazy dog. the quick red fox
runs past the lazy cat. a quick brown dog jumps over a sleeping fox. the lazy
dog sleeps while the quick brown fox jumps again and again.`

type NGram string

func tokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
}

// ngrams yields successive n-word windows.
func ngrams(words []string, n int) iter.Seq[NGram] {
	return func(yield func(NGram) bool) {
		for i := range len(words) - n + 1 {
			if !yield(NGram(strings.Join(words[i:i+n], " "))) {
				return
			}
		}
	}
}

func charNgrams(word string, n int) iter.Seq[NGram] {
	padded := []rune("^" + word + "$")
	return func(yield func(NGram) bool) {
		for i := 0; i+n <= len(padded); i++ {
			if !yield(NGram(padded[i : i+n])) {
				return
			}
		}
	}
}

type Counts map[NGram]int

func count(seq iter.Seq[NGram]) Counts {
	c := Counts{}
	for g := range seq {
		c[g]++
	}
	return c
}

func (c Counts) Top(n int) []NGram {
	keys := slices.Collect(maps.Keys(c))
	slices.SortFunc(keys, func(a, b NGram) int {
		return cmp.Or(cmp.Compare(c[b], c[a]), cmp.Compare(a, b))
	})
	return keys[:min(n, len(keys))]
}

func jaccard(a, b Counts) float64 {
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

func main() {
	words := tokens(text)
	fmt.Println("words:", len(words))
	for n := 1; n <= 3; n++ {
		c := count(ngrams(words, n))
		fmt.Printf("top %d-grams (%d distinct):\n", n, len(c))
		for _, g := range c.Top(5) {
			fmt.Printf("  %-22s %d\n", g, c[g])
		}
	}
	// conditional probability P(next | "quick")
	bi := count(ngrams(words, 2))
	fmt.Println("P(next | quick):")
	total := 0
	for g, n := range bi {
		if strings.HasPrefix(string(g), "quick ") {
			total += n
		}
	}
	for _, g := range bi.Top(len(bi)) {
		if rest, ok := strings.CutPrefix(string(g), "quick "); ok {
			fmt.Printf("  %-6s %.2f\n", rest, float64(bi[g])/float64(total))
		}
	}
	fmt.Println("character trigram similarity:")
	pairs := [][2]string{{"jumps", "jumped"}, {"sleeps", "sleeping"}, {"fox", "box"}, {"lazy", "crazy"}, {"dog", "cat"}}
	for _, p := range pairs {
		a, b := count(charNgrams(p[0], 3)), count(charNgrams(p[1], 3))
		fmt.Printf("  %-7s ~ %-9s %.3f\n", p[0], p[1], jaccard(a, b))
	}
}
