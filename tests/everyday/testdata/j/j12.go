// Command j12 exercises type inference for generic calls: constraint
// type inference, inference from function arguments, and instantiated
// generic functions passed around as ordinary function values.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

func Map[S ~[]E, E, R any](s S, f func(E) R) []R {
	out := make([]R, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var out S
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func Reduce[E, A any](s []E, init A, f func(A, E) A) A {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func Max[T cmp.Ordered](a, b T) T { return max(a, b) }

func Pair[K comparable, V any](k K, v V) struct {
	Key K
	Val V
} {
	return struct {
		Key K
		Val V
	}{k, v}
}

type Words []string

func main() {
	words := Words{"delta", "Alpha", "charlie", "bravo", "echo", "alpha"}

	// S is inferred as Words, E as string; the result keeps the named type.
	long := Filter(words, func(s string) bool { return len(s) > 4 })
	fmt.Printf("%T %v\n", long, long)

	// R inferred from the function argument's result type.
	lens := Map(words, func(s string) int { return len(s) })
	fmt.Printf("%T %v\n", lens, lens)

	// Generic functions instantiated implicitly by assignment context.
	var maxInt func(int, int) int = Max
	var lower func(string) string = strings.ToLower
	fmt.Println("max length:", Reduce(lens, 0, maxInt))

	// Explicit instantiation produces a value that can be stored and passed.
	maxStr := Max[string]
	longestAlpha := Reduce(Map(words, lower), "", maxStr)
	fmt.Println("alphabetically last (lowercased):", longestAlpha)

	// Passing an instantiated generic function as a func value to another generic.
	fmt.Println("sorted copy:", slices.SortedFunc(slices.Values(words), strings.Compare))
	cmpInt := cmp.Compare[int]
	byLen := func(a, b string) int { return cmp.Or(cmpInt(len(a), len(b)), strings.Compare(a, b)) }
	fmt.Println("by length:", slices.SortedFunc(slices.Values(words), byLen))

	parseAll := Compose(strings.Fields, func(fs []string) []int {
		return Map(fs, func(s string) int { n, _ := strconv.Atoi(s); return n })
	})
	nums := parseAll("4 8 15 16 23 42")
	sum := Reduce(nums, 0.0, func(acc float64, n int) float64 { return acc + float64(n) })
	fmt.Printf("parsed %v sum=%.1f\n", nums, sum)

	// Compose with all type arguments inferred through nested generics.
	shout := Compose(lower, Compose(strings.ToUpper, func(s string) string { return s + "!" }))
	fmt.Println(Map(words[:3], shout))

	p := Pair("answer", 42)
	q := Pair(3.5, []string{"x"})
	fmt.Printf("%+v %T\n%+v %T\n", p, p.Val, q, q.Key)

	dedup := slices.Compact(slices.Sorted(slices.Values(Map(words, lower))))
	fmt.Println("dedup:", dedup, "count:", len(dedup))
}
