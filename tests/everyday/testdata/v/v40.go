package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

type Scored[T any] struct {
	Item  T
	Score float64
}

func TopK[T any](items []T, k int, score func(T) float64, tie func(a, b T) int) []Scored[T] {
	out := make([]Scored[T], 0, len(items))
	for _, it := range items {
		out = append(out, Scored[T]{it, score(it)})
	}
	slices.SortFunc(out, func(a, b Scored[T]) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), tie(a.Item, b.Item))
	})
	return out[:min(k, len(out))]
}

type Ratings map[string]map[string]float64

func cosine(a, b map[string]float64) float64 {
	var dot, na, nb float64
	for k, v := range a {
		na += v * v
		if w, ok := b[k]; ok {
			dot += v * w
		}
	}
	for _, w := range b {
		nb += w * w
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / (math.Sqrt(na) * math.Sqrt(nb))
}

func main() {
	r := Ratings{
		"alice": {"pandas": 5, "sql": 4, "dbt": 4, "spark": 1},
		"bob":   {"pandas": 4, "sql": 5, "airflow": 4, "dbt": 5},
		"chen":  {"spark": 5, "scala": 4, "airflow": 3, "kafka": 5},
		"dana":  {"pandas": 5, "sql": 3, "polars": 5, "duckdb": 4},
		"eve":   {"spark": 4, "kafka": 4, "sql": 2, "scala": 5},
	}
	users := make([]string, 0, len(r))
	itemSet := map[string]bool{}
	for u, items := range r {
		users = append(users, u)
		for it := range items {
			itemSet[it] = true
		}
	}
	slices.Sort(users)
	items := make([]string, 0, len(itemSet))
	for it := range itemSet {
		items = append(items, it)
	}
	slices.Sort(items)

	fmt.Printf("%-6s", "")
	for _, u := range users {
		fmt.Printf("%7s", u)
	}
	fmt.Println()
	for _, a := range users {
		fmt.Printf("%-6s", a)
		for _, b := range users {
			fmt.Printf("%7.3f", cosine(r[a], r[b]))
		}
		fmt.Println()
	}

	recommend := func(target string, k int) []Scored[string] {
		var cands []string
		for _, it := range items {
			if _, seen := r[target][it]; !seen {
				cands = append(cands, it)
			}
		}
		return TopK(cands, k, func(it string) float64 {
			var num, den float64
			for _, other := range users {
				if other == target {
					continue
				}
				if v, ok := r[other][it]; ok {
					sim := cosine(r[target], r[other])
					num += sim * v
					den += math.Abs(sim)
				}
			}
			if den == 0 {
				return 0
			}
			return num / den
		}, strings.Compare)
	}

	for _, u := range users {
		recs := recommend(u, 2)
		parts := make([]string, len(recs))
		for i, s := range recs {
			parts[i] = fmt.Sprintf("%s(%.2f)", s.Item, s.Score)
		}
		fmt.Printf("%-6s -> %s\n", u, strings.Join(parts, ", "))
	}

	neighbors := TopK(slices.DeleteFunc(slices.Clone(users), func(u string) bool { return u == "alice" }), 2,
		func(u string) float64 { return cosine(r["alice"], r[u]) }, strings.Compare)
	fmt.Printf("alice neighbors: %+v\n", neighbors)

	pop := TopK(items, 3, func(it string) float64 {
		n := 0.0
		for _, u := range users {
			if _, ok := r[u][it]; ok {
				n++
			}
		}
		return n
	}, strings.Compare)
	fmt.Printf("most rated: %v\n", pop)
	fmt.Printf("%T\n", pop[0])
}
