// h08: character and word n-gram counting with a generic counter and iterator helpers.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
	"unicode"
)

const corpus = `the quick brown fox jumps over the lazy dog.
the quick brown cat sleeps under the lazy dog.
a quick brown fox is not a lazy fox.
the lazy dog sleeps while the quick fox jumps.`

type Counter[K cmp.Ordered] map[K]int

func (c Counter[K]) Add(seq iter.Seq[K]) {
	for k := range seq {
		c[k]++
	}
}

// Most returns the n most common keys, ties broken by key order.
func (c Counter[K]) Most(n int) []K {
	keys := make([]K, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b K) int {
		return cmp.Or(cmp.Compare(c[b], c[a]), cmp.Compare(a, b))
	})
	return keys[:min(n, len(keys))]
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
}

func wordNGrams(ws []string, n int) iter.Seq[string] {
	return func(yield func(string) bool) {
		for i := 0; i+n <= len(ws); i++ {
			if !yield(strings.Join(ws[i:i+n], " ")) {
				return
			}
		}
	}
}

func charNGrams(w string, n int) iter.Seq[string] {
	return func(yield func(string) bool) {
		padded := []rune("^" + w + "$")
		for i := 0; i+n <= len(padded); i++ {
			if !yield(string(padded[i : i+n])) {
				return
			}
		}
	}
}

func main() {
	bigrams, trigrams, chars := Counter[string]{}, Counter[string]{}, Counter[string]{}
	next := map[string]Counter[string]{} // simple next-word model
	for line := range strings.Lines(corpus) {
		ws := words(line) // n-grams do not cross sentence boundaries
		bigrams.Add(wordNGrams(ws, 2))
		trigrams.Add(wordNGrams(ws, 3))
		for _, w := range ws {
			chars.Add(charNGrams(w, 3))
		}
		for i := 0; i+1 < len(ws); i++ {
			if next[ws[i]] == nil {
				next[ws[i]] = Counter[string]{}
			}
			next[ws[i]][ws[i+1]]++
		}
	}

	fmt.Println("top bigrams:")
	for _, g := range bigrams.Most(5) {
		fmt.Printf("  %-14q %d\n", g, bigrams[g])
	}
	fmt.Println("top trigrams:")
	for _, g := range trigrams.Most(4) {
		fmt.Printf("  %-20q %d\n", g, trigrams[g])
	}
	fmt.Println("top character trigrams:")
	for _, g := range chars.Most(6) {
		fmt.Printf("  %-6q %d\n", g, chars[g])
	}

	// Greedy generation from the bigram model, deterministic because Most breaks ties.
	w, out := "the", []string{"the"}
	for range 7 {
		c, ok := next[w]
		if !ok {
			break
		}
		w = c.Most(1)[0]
		out = append(out, w)
	}
	fmt.Println("\ngreedy chain:", strings.Join(out, " "))

	fmt.Println("\nsuccessors of \"quick\":")
	succ := next["quick"]
	total := 0
	for _, v := range succ {
		total += v
	}
	for _, s := range succ.Most(len(succ)) {
		fmt.Printf("  P(%s|quick) = %.2f\n", s, float64(succ[s])/float64(total))
	}
}
