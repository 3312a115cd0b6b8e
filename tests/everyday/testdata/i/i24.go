package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
)

// SortedKeys and SortedValues give deterministic views over maps.
func SortedKeys[M ~map[K]V, K cmp.Ordered, V any](m M) []K {
	return slices.Sorted(maps.Keys(m))
}

func ValuesByKey[M ~map[K]V, K cmp.Ordered, V any](m M) []V {
	keys := SortedKeys(m)
	out := make([]V, len(keys))
	for i, k := range keys {
		out[i] = m[k]
	}
	return out
}

// SortedPairs iterates a map in key order.
func SortedPairs[M ~map[K]V, K cmp.Ordered, V any](m M) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range SortedKeys(m) {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

// Invert swaps keys and values, collecting collisions in sorted slices.
func Invert[K, V cmp.Ordered](m map[K]V) map[V][]K {
	out := map[V][]K{}
	for k, v := range SortedPairs(m) {
		out[v] = append(out[v], k)
	}
	return out
}

type Inventory map[string]int

type Country string
type Currency string

func (c Currency) String() string { return "¤" + string(c) }

func main() {
	inv := Inventory{"pears": 4, "apples": 12, "kiwis": 0, "figs": 7, "dates": 12}
	fmt.Println("keys:", SortedKeys(inv))
	fmt.Println("values:", ValuesByKey(inv))
	for k, v := range SortedPairs(inv) {
		if v == 0 {
			fmt.Println("out of stock:", k)
			break
		}
		fmt.Printf("%s:%d ", k, v)
	}

	byCount := Invert(inv)
	for n, fruits := range SortedPairs(byCount) {
		fmt.Printf("%2d -> %v\n", n, fruits)
	}

	currencies := map[Country]Currency{
		"France": "EUR", "Japan": "JPY", "Germany": "EUR", "Peru": "PEN", "Italy": "EUR",
	}
	users := Invert(currencies)
	for cur, cs := range SortedPairs(users) {
		fmt.Printf("%v used by %d: %v\n", cur, len(cs), cs)
	}

	fmt.Println("maps.Collect round trip equal:", maps.Equal(inv, maps.Collect(SortedPairs(inv))))

	// Merge two maps, preferring the larger value.
	other := map[string]int{"apples": 3, "figs": 9, "limes": 5}
	merged := maps.Clone(inv)
	for k, v := range SortedPairs(other) {
		merged[k] = max(merged[k], v)
	}
	fmt.Println("merged:", ValuesByKey(merged), SortedKeys(merged))
	fmt.Println("fmt prints maps sorted too:", merged)
	total := 0
	for _, v := range SortedPairs(merged) {
		total += v
	}
	fmt.Println("total stock:", total)
}
