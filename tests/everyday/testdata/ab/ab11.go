package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Generic dataframe-ish helpers.

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func SortBy[T any, K cmp.Ordered](xs []T, key func(T) K, desc bool) []T {
	out := slices.Clone(xs)
	slices.SortStableFunc(out, func(a, b T) int {
		c := cmp.Compare(key(a), key(b))
		if desc {
			return -c
		}
		return c
	})
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func SortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

type Movie struct {
	Title   string
	Genre   string
	Year    int
	Rating  float64
	Minutes int
}

var movies = []Movie{
	{"Orbit", "SciFi", 2019, 7.8, 132},
	{"Quiet Hills", "Drama", 2021, 8.1, 118},
	{"Laugh Track", "Comedy", 2018, 6.2, 95},
	{"Deep Signal", "SciFi", 2022, 8.4, 141},
	{"Harbor Lights", "Drama", 2017, 7.1, 104},
	{"Punchline", "Comedy", 2023, 7.0, 88},
	{"Nebula Run", "SciFi", 2016, 5.9, 110},
	{"Paper Boats", "Drama", 2023, 8.7, 126},
	{"Fast Friends", "Comedy", 2020, 6.8, 101},
	{"Cold Stars", "SciFi", 2020, 7.3, 127},
	{"The Ledger", "Drama", 2019, 6.5, 97},
}

func mean(xs []float64) float64 {
	return Reduce(xs, 0.0, func(a, x float64) float64 { return a + x }) / float64(len(xs))
}

func main() {
	recent := Filter(movies, func(m Movie) bool { return m.Year >= 2019 })
	fmt.Printf("movies since 2019: %d of %d\n", len(recent), len(movies))

	top := SortBy(recent, func(m Movie) float64 { return m.Rating }, true)
	fmt.Println("\nrecent, by rating desc:")
	for _, m := range top {
		fmt.Printf("  %-14s %-6s %d %4.1f %s\n", m.Title, m.Genre, m.Year, m.Rating, strings.Repeat("*", int(m.Rating)))
	}

	groups := GroupBy(movies, func(m Movie) string { return m.Genre })
	fmt.Println("\ngenre summary:")
	fmt.Printf("  %-7s %3s %6s %6s %8s  %s\n", "genre", "n", "mean", "best", "avg_min", "titles")
	for _, g := range SortedKeys(groups) {
		ms := groups[g]
		ratings := Map(ms, func(m Movie) float64 { return m.Rating })
		mins := Map(ms, func(m Movie) float64 { return float64(m.Minutes) })
		best := slices.MaxFunc(ms, func(a, b Movie) int { return cmp.Compare(a.Rating, b.Rating) })
		titles := Map(SortBy(ms, func(m Movie) string { return m.Title }, false), func(m Movie) string { return m.Title })
		fmt.Printf("  %-7s %3d %6.2f %6.1f %8.1f  %s\n", g, len(ms), mean(ratings), best.Rating, mean(mins), strings.Join(titles, "; "))
	}

	byDecadeHalf := GroupBy(movies, func(m Movie) int { return m.Year / 5 * 5 })
	fmt.Println("\nby 5-year bucket:")
	for _, k := range SortedKeys(byDecadeHalf) {
		ms := byDecadeHalf[k]
		fmt.Printf("  %d-%d: n=%d mean=%.2f\n", k, k+4, len(ms), mean(Map(ms, func(m Movie) float64 { return m.Rating })))
	}

	long := Filter(movies, func(m Movie) bool { return m.Minutes > 120 })
	totalHours := Reduce(long, 0.0, func(a float64, m Movie) float64 { return a + float64(m.Minutes)/60 })
	fmt.Printf("\nlong movies (>120 min): %d, total %.2f hours\n", len(long), totalHours)
}
