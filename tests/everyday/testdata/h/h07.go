// h07: word frequencies with bufio.ScanWords, Unicode-aware normalisation, stopwords, top-N.
package main

import (
	"bufio"
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything
before us, we had nothing before us, we were all going direct to Heaven, we
were all going direct the other way -- in short, the period was so far like
the present period, that some of its noisiest authorities insisted on its
being received, for good or for evil, in the superlative degree of comparison
only. Café naïve résumé — CAFÉ!`

var stop = map[string]bool{}

func init() {
	for w := range strings.FieldsSeq("a an and the of it was we to in on or for that so its us all were had") {
		stop[w] = true
	}
}

func normalize(w string) string {
	w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return strings.ToLower(w)
}

type wc struct {
	word  string
	count int
}

func topN(freq map[string]int, n int) []wc {
	out := make([]wc, 0, len(freq))
	for w, c := range freq {
		out = append(out, wc{w, c})
	}
	slices.SortFunc(out, func(a, b wc) int {
		if c := cmp.Compare(b.count, a.count); c != 0 {
			return c
		}
		return strings.Compare(a.word, b.word)
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)

	all := map[string]int{}
	content := map[string]int{}
	lengths := map[int]int{}
	tokens, letters := 0, 0
	for sc.Scan() {
		w := normalize(sc.Text())
		if w == "" {
			continue
		}
		tokens++
		n := len([]rune(w))
		letters += n
		lengths[n]++
		all[w]++
		if !stop[w] {
			content[w]++
		}
	}
	if err := sc.Err(); err != nil {
		panic(err)
	}

	fmt.Printf("tokens=%d types=%d content_types=%d avg_len=%.2f\n",
		tokens, len(all), len(content), float64(letters)/float64(tokens))
	fmt.Printf("type/token ratio: %.3f\n\n", float64(len(all))/float64(tokens))

	fmt.Println("top 8 overall:")
	for i, e := range topN(all, 8) {
		fmt.Printf("%2d. %-10s %3d\n", i+1, e.word, e.count)
	}
	fmt.Println("\ntop 8 content words:")
	for i, e := range topN(content, 8) {
		fmt.Printf("%2d. %-10s %3d %s\n", i+1, e.word, e.count, strings.Repeat("*", e.count))
	}

	fmt.Println("\nword length histogram:")
	maxLen := 0
	for l := range lengths {
		maxLen = max(maxLen, l)
	}
	for l := 1; l <= maxLen; l++ {
		if lengths[l] > 0 {
			fmt.Printf("%2d | %-30s %d\n", l, strings.Repeat("=", lengths[l]), lengths[l])
		}
	}

	hapax := []string{}
	for w, c := range content {
		if c == 1 && len(w) >= 10 {
			hapax = append(hapax, w)
		}
	}
	slices.Sort(hapax)
	fmt.Println("\nlong hapax legomena:", strings.Join(hapax, ", "))
}
