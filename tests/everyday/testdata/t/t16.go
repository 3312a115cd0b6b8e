package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func Count(start, step int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := start; ; i += step {
			if !yield(i) {
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

func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i*10, x) {
				return
			}
		}
	}
}

func main() {
	for v := range Count(1, 3) {
		if v > 15 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	odd := Filter(Count(0, 1), func(x int) bool { return x%2 == 1 })
	fmt.Println(slices.Collect(Take(odd, 5)))

	var cleanup []string
	tracked := func(yield func(string) bool) {
		defer func() { cleanup = append(cleanup, "iterator done") }()
		for _, s := range []string{"a", "b", "c", "d"} {
			cleanup = append(cleanup, "yield "+s)
			if !yield(s) {
				return
			}
		}
	}
	for s := range tracked {
		if s == "b" {
			break
		}
	}
	fmt.Println(cleanup)

	for i, s := range Enumerate([]string{"x", "y", "z"}) {
		if s == "z" {
			continue
		}
		fmt.Printf("%d:%s ", i, s)
	}
	fmt.Println()

	m := map[string]int{"c": 3, "a": 1, "b": 2}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	for i, v := range slices.Backward([]int{1, 2, 3}) {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	next, stop := iter.Pull(Take(Count(100, 100), 3))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print(v, ";")
	}
	fmt.Println()
}
