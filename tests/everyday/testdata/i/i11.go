package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

// GroupBy buckets items by a derived key.
func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

// Partition splits items into those matching and not matching pred.
func Partition[T any](xs []T, pred func(T) bool) (yes, no []T) {
	for _, x := range xs {
		if pred(x) {
			yes = append(yes, x)
		} else {
			no = append(no, x)
		}
	}
	return
}

// MapValues transforms every value of a map while keeping its keys.
func MapValues[K comparable, V, W any](m map[K]V, f func(V) W) map[K]W {
	out := make(map[K]W, len(m))
	for k, v := range m {
		out[k] = f(v)
	}
	return out
}

func SumBy[T any, N int | float64](xs []T, f func(T) N) N {
	var s N
	for _, x := range xs {
		s += f(x)
	}
	return s
}

type Region string

type Sale struct {
	Region  Region
	Product string
	Units   int
	Price   float64
}

func main() {
	sales := []Sale{
		{"north", "widget", 12, 2.50},
		{"south", "gadget", 3, 19.99},
		{"north", "gadget", 5, 19.99},
		{"east", "widget", 40, 2.25},
		{"south", "widget", 7, 2.50},
		{"east", "doohickey", 1, 99.00},
		{"north", "doohickey", 2, 95.00},
	}

	byRegion := GroupBy(sales, func(s Sale) Region { return s.Region })
	revenue := MapValues(byRegion, func(ss []Sale) float64 {
		return SumBy(ss, func(s Sale) float64 { return float64(s.Units) * s.Price })
	})
	for _, r := range slices.Sorted(maps.Keys(revenue)) {
		fmt.Printf("%-6s n=%d revenue=%8.2f\n", r, len(byRegion[r]), revenue[r])
	}

	byProduct := GroupBy(sales, func(s Sale) string { return s.Product })
	units := MapValues(byProduct, func(ss []Sale) int {
		return SumBy(ss, func(s Sale) int { return s.Units })
	})
	prods := slices.SortedFunc(maps.Keys(units), func(a, b string) int {
		return cmp.Or(-cmp.Compare(units[a], units[b]), cmp.Compare(a, b))
	})
	for _, p := range prods {
		fmt.Printf("%-10s units=%d\n", p, units[p])
	}

	big, small := Partition(sales, func(s Sale) bool { return float64(s.Units)*s.Price >= 50 })
	fmt.Println("big orders:", len(big), "small orders:", len(small))
	for _, s := range big {
		fmt.Printf("  %s/%s %.2f\n", s.Region, s.Product, float64(s.Units)*s.Price)
	}

	evens, odds := Partition([]int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, func(n int) bool { return n%2 == 0 })
	fmt.Println("evens:", evens, "odds:", odds)

	byLen := GroupBy([]string{"go", "rust", "zig", "c", "java", "odin", "d", "nim"}, func(s string) int { return len(s) })
	for _, n := range slices.Sorted(maps.Keys(byLen)) {
		fmt.Printf("len %d: %v\n", n, byLen[n])
	}
}
