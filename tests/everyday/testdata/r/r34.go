package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
)

type DocID int

type Doc struct {
	ID    DocID
	Title string
	Body  string
}

type Posting struct {
	Doc       DocID
	Positions []int
}

type Index struct {
	docs     map[DocID]Doc
	postings map[string][]Posting
	lengths  map[DocID]int
}

func tokenize(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

func stem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	if len(w) > 4 && strings.HasSuffix(w, "e") {
		w = w[:len(w)-1]
	}
	return w
}

func NewIndex(docs []Doc) *Index {
	ix := &Index{docs: map[DocID]Doc{}, postings: map[string][]Posting{}, lengths: map[DocID]int{}}
	for _, d := range docs {
		ix.docs[d.ID] = d
		toks := tokenize(d.Title + " " + d.Body)
		ix.lengths[d.ID] = len(toks)
		for pos, t := range toks {
			t = stem(t)
			ps := ix.postings[t]
			if n := len(ps); n > 0 && ps[n-1].Doc == d.ID {
				ps[n-1].Positions = append(ps[n-1].Positions, pos)
			} else {
				ps = append(ps, Posting{d.ID, []int{pos}})
			}
			ix.postings[t] = ps
		}
	}
	return ix
}

type Hit struct {
	Doc   DocID
	Score float64
}

// Search ranks with TF-IDF; all terms must match (AND semantics).
func (ix *Index) Search(q string) []Hit {
	terms := tokenize(q)
	scores := map[DocID]float64{}
	matched := map[DocID]int{}
	for _, t := range terms {
		ps := ix.postings[stem(t)]
		idf := math.Log(1 + float64(len(ix.docs))/float64(max(len(ps), 1)))
		for _, p := range ps {
			tf := float64(len(p.Positions)) / float64(ix.lengths[p.Doc])
			scores[p.Doc] += tf * idf
			matched[p.Doc]++
		}
	}
	var hits []Hit
	for d, s := range scores {
		if matched[d] == len(terms) {
			hits = append(hits, Hit{d, s})
		}
	}
	slices.SortFunc(hits, func(a, b Hit) int { return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Doc, b.Doc)) })
	return hits
}

func main() {
	docs := []Doc{
		{1, "Parsing CSV in Go", "The encoding/csv package parses quoted fields and handles embedded newlines."},
		{2, "Regular expressions", "Go regexps use RE2 syntax; parsing logs with named groups is convenient."},
		{3, "Tokenizers", "A tokenizer splits text into tokens. Tokens feed a parser which builds a tree."},
		{4, "Log analysis", "Parse access logs, count status codes, and group requests by path."},
		{5, "Unicode text", "Runes, UTF-8 and case folding matter when tokenizing multilingual text."},
		{6, "Writing CSV reports", "Use csv.Writer to emit quoted fields; tabwriter aligns text columns."},
	}
	ix := NewIndex(docs)
	fmt.Printf("indexed %d docs, %d terms\n", len(docs), len(ix.postings))
	for _, t := range []string{"pars", "csv", "text", "token", "quot"} {
		var ids []string
		for _, p := range ix.postings[t] {
			ids = append(ids, fmt.Sprintf("%d%v", p.Doc, p.Positions))
		}
		fmt.Printf("  %-6s -> %s\n", t, strings.Join(ids, " "))
	}
	for _, q := range []string{"parsing", "csv quoted fields", "text", "tokens parser", "log", "json"} {
		hits := ix.Search(q)
		fmt.Printf("query %q: %d hit(s)\n", q, len(hits))
		for _, h := range hits[:min(3, len(hits))] {
			fmt.Printf("    %.4f  #%d %s\n", h.Score, h.Doc, ix.docs[h.Doc].Title)
		}
	}
}
