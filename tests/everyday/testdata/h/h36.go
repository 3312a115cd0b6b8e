// h36: positional inverted index with AND/OR/NOT queries and exact phrase search.
package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

var corpus = []string{
	"Parse the CSV file and load rows into the database",
	"The JSON parser streams tokens from the file",
	"Load balancer health checks failed for the database proxy",
	"CSV export of the monthly report is slow",
	"Regular expressions parse log lines into fields",
	"The database file was restored from backup",
}

type posting map[int][]int // doc -> positions

type Index struct {
	terms map[string]posting
	docs  int
}

func tokenize(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

func Build(docs []string) *Index {
	ix := &Index{terms: map[string]posting{}, docs: len(docs)}
	for d, text := range docs {
		for pos, t := range tokenize(text) {
			if ix.terms[t] == nil {
				ix.terms[t] = posting{}
			}
			ix.terms[t][d] = append(ix.terms[t][d], pos)
		}
	}
	return ix
}

func (ix *Index) Docs(term string) []int {
	var out []int
	for d := range ix.terms[strings.ToLower(term)] {
		out = append(out, d)
	}
	slices.Sort(out)
	return out
}

func and(a, b []int) []int {
	var out []int
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			out = append(out, a[i])
			i, j = i+1, j+1
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return out
}

func or(a, b []int) []int {
	return slices.Compact(slices.Sorted(slices.Values(append(slices.Clone(a), b...))))
}

func not(a, b []int) []int {
	return slices.DeleteFunc(slices.Clone(a), func(d int) bool { _, found := slices.BinarySearch(b, d); return found })
}

// Phrase returns docs where the terms appear consecutively.
func (ix *Index) Phrase(phrase string) []int {
	ts := tokenize(phrase)
	cand := ix.Docs(ts[0])
	for _, t := range ts[1:] {
		cand = and(cand, ix.Docs(t))
	}
	var out []int
	for _, d := range cand {
		for _, start := range ix.terms[ts[0]][d] {
			ok := true
			for k, t := range ts[1:] {
				if !slices.Contains(ix.terms[t][d], start+k+1) {
					ok = false
					break
				}
			}
			if ok {
				out = append(out, d)
				break
			}
		}
	}
	return out
}

func show(label string, docs []int) {
	fmt.Printf("%-34s -> %v\n", label, docs)
	for _, d := range docs {
		fmt.Printf("%38s[%d] %s\n", "", d, corpus[d])
	}
}

func main() {
	ix := Build(corpus)
	vocab := make([]string, 0, len(ix.terms))
	for t := range ix.terms {
		vocab = append(vocab, t)
	}
	slices.Sort(vocab)
	fmt.Printf("%d docs, %d terms; first terms: %v\n\n", ix.docs, len(vocab), vocab[:8])

	show("database AND file", and(ix.Docs("database"), ix.Docs("file")))
	show("csv OR json", or(ix.Docs("csv"), ix.Docs("json")))
	show("parse AND NOT csv", not(ix.Docs("parse"), ix.Docs("csv")))
	show("(load OR parse) AND database", and(or(ix.Docs("load"), ix.Docs("parse")), ix.Docs("database")))
	show(`phrase "the database"`, ix.Phrase("the database"))
	show(`phrase "database file"`, ix.Phrase("database file"))
	show(`phrase "csv file"`, ix.Phrase("csv file"))
}
