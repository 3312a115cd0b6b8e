package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Athlete struct {
	Name    string
	Country string
	Event   string
	Score   float64
	Time    int // seconds, lower is better; tie breaker
	Bib     int
}

type Ranked struct {
	Athlete
	Rank, DenseRank int
	Percentile      float64
}

func rank(xs []Athlete, cmpFn func(a, b Athlete) int) []Ranked {
	s := slices.Clone(xs)
	slices.SortStableFunc(s, cmpFn)
	out := make([]Ranked, len(s))
	dense := 0
	for i, a := range s {
		if i == 0 || cmpFn(s[i-1], a) != 0 {
			dense++
			out[i].Rank = i + 1
		} else {
			out[i].Rank = out[i-1].Rank // competition ranking: 1,2,2,4
		}
		out[i].Athlete = a
		out[i].DenseRank = dense
		out[i].Percentile = 100 * float64(len(s)-out[i].Rank) / float64(len(s)-1)
	}
	return out
}

func main() {
	field := []Athlete{
		{"Maya", "NZL", "vault", 14.70, 0, 12},
		{"Lena", "GER", "vault", 14.95, 0, 4},
		{"Sofia", "ITA", "vault", 14.70, 0, 7},
		{"Aiko", "JPN", "vault", 15.10, 0, 2},
		{"Emma", "USA", "vault", 14.95, 0, 9},
		{"Chloe", "FRA", "vault", 13.80, 0, 15},
		{"Nia", "GBR", "floor", 13.20, 0, 21},
		{"Rosa", "ESP", "floor", 13.65, 0, 30},
		{"Ines", "POR", "floor", 13.20, 0, 18},
	}

	byScore := func(a, b Athlete) int { return cmp.Compare(b.Score, a.Score) }
	fmt.Println("Vault ranking (competition vs dense):")
	vault := slices.DeleteFunc(slices.Clone(field), func(a Athlete) bool { return a.Event != "vault" })
	for _, r := range rank(vault, byScore) {
		fmt.Printf("  %2d %2d  %-6s %s %6.2f  pct=%5.1f\n", r.Rank, r.DenseRank, r.Name, r.Country, r.Score, r.Percentile)
	}

	// Multi-key: event asc, score desc, country asc, bib asc.
	multi := slices.Clone(field)
	slices.SortFunc(multi, func(a, b Athlete) int {
		return cmp.Or(
			strings.Compare(a.Event, b.Event),
			cmp.Compare(b.Score, a.Score),
			strings.Compare(a.Country, b.Country),
			cmp.Compare(a.Bib, b.Bib),
		)
	})
	fmt.Println("\nAll events, multi-key sort:")
	for _, a := range multi {
		fmt.Printf("  %-5s %-6s %s %.2f #%d\n", a.Event, a.Name, a.Country, a.Score, a.Bib)
	}

	// Stable sort preserves prior order among equal keys.
	byBib := slices.Clone(field)
	slices.SortFunc(byBib, func(a, b Athlete) int { return a.Bib - b.Bib })
	slices.SortStableFunc(byBib, func(a, b Athlete) int { return cmp.Compare(b.Score, a.Score) })
	var names []string
	for _, a := range byBib {
		names = append(names, fmt.Sprintf("%s(%d)", a.Name, a.Bib))
	}
	fmt.Println("\nstable by score, ties in bib order:", strings.Join(names, " "))

	// Binary search in a sorted slice.
	scores := make([]float64, len(field))
	for i, a := range field {
		scores[i] = a.Score
	}
	slices.Sort(scores)
	scores = slices.Compact(scores)
	fmt.Println("distinct scores:", scores)
	for _, q := range []float64{14.70, 14.80, 16.0} {
		i, found := slices.BinarySearch(scores, q)
		fmt.Printf("  search %.2f -> index %d found=%t (%d scores below)\n", q, i, found, i)
	}

	best := slices.MaxFunc(field, func(a, b Athlete) int {
		return cmp.Or(cmp.Compare(a.Score, b.Score), cmp.Compare(b.Bib, a.Bib))
	})
	fmt.Printf("\nbest overall: %+v\n", best)
	idx := slices.IndexFunc(multi, func(a Athlete) bool { return a.Country == "JPN" })
	fmt.Println("JPN first appears at position", idx+1, "in multi-key order")
}
