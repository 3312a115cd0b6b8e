// h09: TF-IDF over a small document collection, top terms per doc and cosine similarity.
package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
)

type doc struct {
	name string
	body string
}

var docs = []doc{
	{"db-outage", "The primary database failed over to the replica. Replica lag caused stale reads; database connections were exhausted."},
	{"deploy", "Deploy of the api service rolled back after health checks failed. The canary showed elevated latency."},
	{"latency", "Elevated api latency traced to database connection pool exhaustion. Increased pool size and latency recovered."},
	{"cert", "TLS certificate for the edge proxy expired. Renewed the certificate and restarted the proxy."},
	{"cache", "Cache stampede after deploy: cold cache sent every read to the database, raising latency."},
}

var stop = map[string]struct{}{}

func init() {
	for _, w := range strings.Fields("the of to and a after for was were every") {
		stop[w] = struct{}{}
	}
}

func tokenize(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if _, ok := stop[f]; !ok {
			out = append(out, f)
		}
	}
	return out
}

type vector map[string]float64

func cosine(a, b vector) float64 {
	var dot, na, nb float64
	for t, x := range a {
		dot += x * b[t]
		na += x * x
	}
	for _, y := range b {
		nb += y * y
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / (math.Sqrt(na) * math.Sqrt(nb))
}

func main() {
	tfs := make([]map[string]int, len(docs))
	lengths := make([]int, len(docs))
	df := map[string]int{}
	for i, d := range docs {
		tfs[i] = map[string]int{}
		toks := tokenize(d.body)
		lengths[i] = len(toks)
		for _, t := range toks {
			if tfs[i][t] == 0 {
				df[t]++
			}
			tfs[i][t]++
		}
	}

	N := float64(len(docs))
	vecs := make([]vector, len(docs))
	for i := range docs {
		vecs[i] = vector{}
		for t, c := range tfs[i] {
			tf := float64(c) / float64(lengths[i])
			idf := math.Log((1+N)/(1+float64(df[t]))) + 1 // smoothed idf
			vecs[i][t] = tf * idf
		}
	}

	for i, d := range docs {
		terms := make([]string, 0, len(vecs[i]))
		for t := range vecs[i] {
			terms = append(terms, t)
		}
		slices.SortFunc(terms, func(a, b string) int {
			return cmp.Or(cmp.Compare(vecs[i][b], vecs[i][a]), cmp.Compare(a, b))
		})
		parts := make([]string, 0, 3)
		for _, t := range terms[:3] {
			parts = append(parts, fmt.Sprintf("%s(%.3f)", t, vecs[i][t]))
		}
		fmt.Printf("%-10s %2d tokens  top: %s\n", d.name, lengths[i], strings.Join(parts, " "))
	}

	fmt.Printf("\n%-10s", "")
	for _, d := range docs {
		fmt.Printf("%10s", d.name)
	}
	fmt.Println()
	for i := range docs {
		fmt.Printf("%-10s", docs[i].name)
		for j := range docs {
			fmt.Printf("%10.3f", cosine(vecs[i], vecs[j]))
		}
		fmt.Println()
	}

	query := vector{}
	for _, t := range tokenize("database latency") {
		query[t] = 1
	}
	type hit struct {
		name  string
		score float64
	}
	var hits []hit
	for i, d := range docs {
		if s := cosine(query, vecs[i]); s > 0 {
			hits = append(hits, hit{d.name, s})
		}
	}
	slices.SortFunc(hits, func(a, b hit) int { return cmp.Compare(b.score, a.score) })
	fmt.Println("\nquery \"database latency\":")
	for _, h := range hits {
		fmt.Printf("  %-10s %.4f\n", h.name, h.score)
	}
}
