package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func SumBy[T any, N Number](xs []T, f func(T) N) N {
	var s N
	for _, x := range xs {
		s += f(x)
	}
	return s
}

func MaxBy[T any, K cmp.Ordered](xs []T, f func(T) K) (T, bool) {
	var best T
	if len(xs) == 0 {
		return best, false
	}
	best = xs[0]
	for _, x := range xs[1:] {
		if f(x) > f(best) {
			best = x
		}
	}
	return best, true
}

type Cents int64

type Txn struct {
	Customer string
	Category string
	Amount   Cents
	Items    int
}

func main() {
	txns := []Txn{
		{"acme", "hardware", 12500, 3},
		{"acme", "software", 49900, 1},
		{"globex", "hardware", 3200, 8},
		{"initech", "services", 150000, 1},
		{"globex", "software", 9900, 2},
		{"acme", "hardware", 7800, 2},
		{"initech", "hardware", 2100, 1},
	}

	names := Map(txns, func(t Txn) string { return strings.ToUpper(t.Customer) })
	fmt.Println(names)

	big := Filter(txns, func(t Txn) bool { return t.Amount >= 10000 })
	fmt.Printf("big txns: %d -> %+v\n", len(big), big[0])

	total := SumBy(txns, func(t Txn) Cents { return t.Amount })
	items := SumBy(txns, func(t Txn) int { return t.Items })
	avg := SumBy(txns, func(t Txn) float64 { return float64(t.Amount) }) / float64(len(txns))
	fmt.Printf("total=%d (%T) items=%d avg=%.2f\n", total, total, items, avg)

	groups := GroupBy(txns, func(t Txn) string { return t.Customer })
	for _, c := range slices.Sorted(maps.Keys(groups)) {
		g := groups[c]
		sum := SumBy(g, func(t Txn) Cents { return t.Amount })
		top, _ := MaxBy(g, func(t Txn) Cents { return t.Amount })
		cats := Map(g, func(t Txn) string { return t.Category })
		slices.Sort(cats)
		cats = slices.Compact(cats)
		fmt.Printf("%-8s n=%d sum=%8.2f top=%-9s cats=%v\n", c, len(g), float64(sum)/100, top.Category, cats)
	}

	byCat := GroupBy(txns, func(t Txn) string { return t.Category })
	catTotals := make(map[string]Cents, len(byCat))
	for k, v := range byCat {
		catTotals[k] = SumBy(v, func(t Txn) Cents { return t.Amount })
	}
	fmt.Println(catTotals)

	summary := Reduce(txns, map[string]int{}, func(acc map[string]int, t Txn) map[string]int {
		acc[t.Category] += t.Items
		return acc
	})
	fmt.Println("items by category:", summary)

	longest := Reduce(names, "", func(acc, s string) string {
		if len(s) > len(acc) {
			return s
		}
		return acc
	})
	fmt.Printf("longest name: %q\n", longest)
	_, ok := MaxBy([]Txn{}, func(t Txn) int { return t.Items })
	fmt.Println("max of empty ok:", ok)
	fmt.Println(SumBy([]float32{1.5, 2.25}, func(f float32) float32 { return f * 2 }))
}
