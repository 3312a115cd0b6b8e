package main

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"unicode"
)

var stopwords = map[string]struct{}{
	"the": {}, "a": {}, "an": {}, "and": {}, "is": {}, "of": {}, "to": {}, "in": {}, "it": {}, "for": {}, "on": {}, "was": {}, "with": {},
}

func tokenize(s string) []string {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
	out := words[:0]
	for _, w := range words {
		if _, stop := stopwords[w]; !stop && len(w) > 1 {
			out = append(out, w)
		}
	}
	return out
}

func ngrams(tokens []string, n int) []string {
	var out []string
	for i := 0; i+n <= len(tokens); i++ {
		out = append(out, strings.Join(tokens[i:i+n], " "))
	}
	return out
}

type termScore struct {
	Term  string
	Score float64
}

func main() {
	docs := []string{
		"Fast delivery and great service. The packaging was great.",
		"Terrible service: the delivery was late, and the package was damaged.",
		"Fast delivery, great price. Great service, would order again.",
		"Price is too high for the quality; delivery was OK.",
	}
	tokenized := make([][]string, len(docs))
	df := map[string]int{}
	for i, d := range docs {
		tokenized[i] = tokenize(d)
		seen := map[string]bool{}
		for _, t := range tokenized[i] {
			if !seen[t] {
				df[t]++
				seen[t] = true
			}
		}
	}
	for i, toks := range tokenized {
		fmt.Printf("doc%d %d tokens: %q\n", i, len(toks), toks)
	}

	// tf-idf top terms per doc
	N := float64(len(docs))
	for i, toks := range tokenized {
		tf := map[string]int{}
		for _, t := range toks {
			tf[t]++
		}
		var scores []termScore
		for t, c := range tf {
			idf := math.Log(N / float64(df[t]))
			scores = append(scores, termScore{t, float64(c) / float64(len(toks)) * idf})
		}
		slices.SortFunc(scores, func(a, b termScore) int {
			return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Term, b.Term))
		})
		top := scores[:min(3, len(scores))]
		parts := make([]string, len(top))
		for j, s := range top {
			parts[j] = fmt.Sprintf("%s=%.3f", s.Term, s.Score)
		}
		fmt.Printf("doc%d top tf-idf: %s\n", i, strings.Join(parts, ", "))
	}

	// bigram counts across corpus
	bigrams := map[string]int{}
	for _, toks := range tokenized {
		for _, bg := range ngrams(toks, 2) {
			bigrams[bg]++
		}
	}
	keys := slices.SortedFunc(maps.Keys(bigrams), func(a, b string) int {
		return cmp.Or(cmp.Compare(bigrams[b], bigrams[a]), strings.Compare(a, b))
	})
	fmt.Println("top bigrams:")
	for _, k := range keys[:5] {
		fmt.Printf("  %-20q %d\n", k, bigrams[k])
	}

	// Jaccard similarity matrix
	sets := make([]map[string]bool, len(docs))
	for i, toks := range tokenized {
		sets[i] = map[string]bool{}
		for _, t := range toks {
			sets[i][t] = true
		}
	}
	jaccard := func(a, b map[string]bool) float64 {
		inter := 0
		for k := range a {
			if b[k] {
				inter++
			}
		}
		return float64(inter) / float64(len(a)+len(b)-inter)
	}
	fmt.Println("jaccard:")
	for i := range sets {
		row := make([]string, len(sets))
		for j := range sets {
			row[j] = fmt.Sprintf("%.2f", jaccard(sets[i], sets[j]))
		}
		fmt.Println(" ", strings.Join(row, "  "))
	}
	fmt.Println("document frequency:", df)
}
