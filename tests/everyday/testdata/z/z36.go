package main

import (
	"cmp"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
	"unicode"
)

const corpus = `Go is an open source programming language that makes it simple to build
secure, scalable systems. Go was designed at Google; Go is fast, statically typed,
and compiled. It's simple: simple tools, simple syntax, and a simple standard library.
The language is small, and the language is easy to learn.`

var stopwords = map[string]bool{"a": true, "an": true, "and": true, "at": true, "is": true, "it": true, "to": true, "the": true, "that": true}

type WordCount struct {
	Word  string
	Count int
	First int
}

func tokenize(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
}

func topWords(words []string, n int) []WordCount {
	counts := map[string]*WordCount{}
	for i, w := range words {
		if stopwords[w] {
			continue
		}
		if wc, ok := counts[w]; ok {
			wc.Count++
		} else {
			counts[w] = &WordCount{Word: w, Count: 1, First: i}
		}
	}
	list := make([]WordCount, 0, len(counts))
	for _, wc := range counts {
		list = append(list, *wc)
	}
	slices.SortFunc(list, func(a, b WordCount) int {
		return cmp.Or(-cmp.Compare(a.Count, b.Count), cmp.Compare(a.Word, b.Word))
	})
	return list[:min(n, len(list))]
}

func bigrams(words []string) map[string]int {
	out := map[string]int{}
	for i := 0; i+1 < len(words); i++ {
		out[words[i]+" "+words[i+1]]++
	}
	return out
}

func main() {
	words := tokenize(corpus)
	fmt.Println("tokens:", len(words), "first five:", words[:5])
	lines := strings.Split(corpus, "\n")
	for i, l := range lines {
		fmt.Printf("line %d: %2d words, %3d chars\n", i+1, len(strings.Fields(l)), len(l))
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "rank\tword\tcount\tfirst\t")
	for i, wc := range topWords(words, 6) {
		fmt.Fprintf(tw, "%d\t%s\t%d\t%d\t\n", i+1, wc.Word, wc.Count, wc.First)
	}
	tw.Flush()

	bg := bigrams(words)
	var repeated []string
	for k, v := range bg {
		if v > 1 {
			repeated = append(repeated, fmt.Sprintf("%q×%d", k, v))
		}
	}
	slices.Sort(repeated)
	fmt.Println("repeated bigrams:", repeated)

	lengths := map[int][]string{}
	seen := map[string]bool{}
	for _, w := range words {
		if !seen[w] {
			seen[w] = true
			lengths[len(w)] = append(lengths[len(w)], w)
		}
	}
	longest := slices.Max(slices.Collect(maps.Keys(lengths)))
	fmt.Println("unique:", len(seen), "longest:", longest, lengths[longest])
	parts := strings.Fields(strings.ToLower("HELLO wide WORLD"))
	for i, w := range parts {
		r := []rune(w)
		parts[i] = string(unicode.ToTitle(r[0])) + string(r[1:])
	}
	title := strings.Join(parts, " ")
	fmt.Println(title, strings.Count(corpus, "simple"), strings.LastIndex(corpus, "Go"))
}
