package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
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

func MaxOf[T cmp.Ordered](first T, rest ...T) T {
	m := first
	for _, r := range rest {
		m = max(m, r)
	}
	return m
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

type MyInt int

func main() {
	ints := []int{1, 2, 3, 4, 5, 6}
	fmt.Println(Sum(ints), Sum([]float64{1.5, 2.25}), Sum([]MyInt{4, 5}))
	sq := Map(ints, func(x int) int { return x * x })
	fmt.Println(sq)
	strs := Map(ints, func(x int) string { return strings.Repeat("*", x) })
	fmt.Printf("%q\n", strs[:3])
	evens := Filter(ints, func(x int) bool { return x%2 == 0 })
	fmt.Println(evens)
	total := Reduce(ints, "", func(acc string, x int) string { return acc + fmt.Sprint(x) })
	fmt.Println(total)
	fmt.Println(MaxOf(3, 9, 2), MaxOf("pear", "apple", "zoo"), MaxOf(2.5))

	pairs := []Pair[string, int]{{"b", 2}, {"a", 1}, {"c", 0}}
	slices.SortFunc(pairs, func(x, y Pair[string, int]) int { return cmp.Compare(x.Key, y.Key) })
	fmt.Println(pairs)
	slices.SortFunc(pairs, func(x, y Pair[string, int]) int { return cmp.Compare(x.Val, y.Val) })
	fmt.Println(pairs[0], pairs)
	fmt.Printf("%T\n", pairs[0])

	idx, found := slices.BinarySearch([]int{1, 3, 5, 7}, 5)
	fmt.Println(idx, found, slices.Contains(ints, 4), slices.Index(ints, 9))
	rev := slices.Clone(ints)
	slices.Reverse(rev)
	fmt.Println(rev, ints, slices.Max(rev), min(3, 1, 2))
}
