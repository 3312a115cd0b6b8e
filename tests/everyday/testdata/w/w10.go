package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
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

func Where[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
}

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for yield(a) {
			a, b = b, a+b
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

func Lines(s string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		n := 1
		for line := range strings.SplitSeq(s, "\n") {
			if strings.TrimSpace(line) == "" {
				continue
			}
			if !yield(n, line) {
				return
			}
			n++
		}
	}
}

func main() {
	odds := Where(Count(1, 1), func(n int) bool { return n%2 == 1 })
	fmt.Println("first odds:", slices.Collect(Take(odds, 6)))
	fmt.Println("fib:", slices.Collect(Take(Fib(), 12)))
	for i, f := range Enumerate([]string{"alpha", "beta", "gamma", "delta"}) {
		if i == 3 {
			break
		}
		fmt.Printf("%d:%s ", i, f)
	}
	fmt.Println()
	text := "id,name\n\n1,ann\n2,bob\n   \n3,cy\n"
	for n, l := range Lines(text) {
		fmt.Printf("line %d = %q\n", n, l)
	}
	ages := map[string]int{"zoe": 31, "adam": 25, "mia": 40, "li": 25}
	for _, k := range slices.Sorted(maps.Keys(ages)) {
		fmt.Print(k, "=", ages[k], " ")
	}
	fmt.Println()
	fmt.Println("ages sorted:", slices.Compact(slices.Sorted(maps.Values(ages))))
	next, stop := iter.Pull(Fib())
	defer stop()
	for range 5 {
		v, ok := next()
		fmt.Print(v, ok, ";")
	}
	fmt.Println()

	squares := maps.Collect(func(yield func(int, int) bool) {
		for i := range 5 {
			if !yield(i, i*i) {
				return
			}
		}
	})
	fmt.Println(squares)
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3))
	fmt.Println(chunks, len(chunks))
}
