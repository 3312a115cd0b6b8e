package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// Word frequencies and a Zipf table for a small text corpus.

const corpus = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything
before us, we had nothing before us, we were all going direct to Heaven, we
were all going direct the other way.`

type WordCount struct {
	Word  string
	Count int
}

func tokenize(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
}

func main() {
	words := tokenize(corpus)
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	list := make([]WordCount, 0, len(counts))
	for w, c := range counts {
		list = append(list, WordCount{w, c})
	}
	slices.SortFunc(list, func(a, b WordCount) int {
		if c := cmp.Compare(b.Count, a.Count); c != 0 {
			return c
		}
		return strings.Compare(a.Word, b.Word)
	})

	fmt.Printf("tokens=%d types=%d TTR=%.3f\n\n", len(words), len(counts), float64(len(counts))/float64(len(words)))
	fmt.Printf("%4s %-12s %5s %8s %8s\n", "rank", "word", "count", "freq", "r*f")
	for i, wc := range list[:12] {
		rank := i + 1
		freq := float64(wc.Count) / float64(len(words))
		fmt.Printf("%4d %-12s %5d %8.4f %8.4f\n", rank, wc.Word, wc.Count, freq, float64(rank)*freq)
	}

	// hapax legomena
	var hapax []string
	for _, wc := range list {
		if wc.Count == 1 {
			hapax = append(hapax, wc.Word)
		}
	}
	fmt.Printf("\nhapax (%d): %s\n", len(hapax), strings.Join(hapax, " "))

	// word length distribution
	lengths := map[int]int{}
	for _, w := range words {
		lengths[len(w)]++
	}
	fmt.Println("length distribution:", lengths)

	// letter frequency
	var letters [26]int
	total := 0
	for _, r := range strings.ToLower(corpus) {
		if r >= 'a' && r <= 'z' {
			letters[r-'a']++
			total++
		}
	}
	type lf struct {
		r rune
		n int
	}
	var lfs []lf
	for i, n := range letters {
		if n > 0 {
			lfs = append(lfs, lf{rune('a' + i), n})
		}
	}
	slices.SortStableFunc(lfs, func(a, b lf) int { return b.n - a.n })
	fmt.Print("top letters:")
	for _, x := range lfs[:8] {
		fmt.Printf(" %c=%.1f%%", x.r, 100*float64(x.n)/float64(total))
	}
	fmt.Println()
}
