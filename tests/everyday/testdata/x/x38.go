package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

type Pair[K cmp.Ordered, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprint(p.Key, "=", p.Val) }

func SortedPairs[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out = append(out, Pair[K, V]{k, m[k]})
	}
	return out
}

type MyInt int

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[MyInt](4, 5), Sum[float32]())
	squares := Map(Naturals(), func(n int) int { return n * n })
	odd := Filter(squares, func(n int) bool { return n%2 == 1 })
	fmt.Println(slices.Collect(Take(odd, 6)))
	strs := Map(Take(Naturals(), 5), func(n int) string { return strings.Repeat("*", n) })
	for s := range strs {
		fmt.Println(s)
	}
	for i, w := range Enumerate([]string{"zero", "one", "two", "three"}) {
		if i == 3 {
			break
		}
		fmt.Print(i, ":", w, " ")
	}
	fmt.Println()
	m := map[string]int{"pear": 3, "apple": 7, "fig": 1}
	fmt.Println(SortedPairs(m), SortedPairs(map[int]bool{3: true, 1: false}))
	for i, v := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	fmt.Println(slices.Sorted(maps.Values(m)))
}
