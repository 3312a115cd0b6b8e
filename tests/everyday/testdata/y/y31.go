package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

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

func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nextB, stop := iter.Pull(b)
		defer stop()
		for va := range a {
			vb, ok := nextB()
			if !ok || !yield(va, vb) {
				return
			}
		}
	}
}

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func Lines(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for line := range strings.SplitSeq(s, "\n") {
			if line = strings.TrimSpace(line); line != "" && !yield(line) {
				return
			}
		}
	}
}

func firstOver(seq iter.Seq[int], limit int) (int, bool) {
	for v := range seq {
		if v > limit {
			return v, true
		}
	}
	return 0, false
}

func main() {
	evenFibs := Filter(Fib(), func(n int) bool { return n%2 == 0 })
	for i, v := range Enumerate(evenFibs) {
		if i == 6 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	v, ok := firstOver(Fib(), 1000)
	fmt.Println("first fib > 1000:", v, ok)
	text := `
		name: ada
		# comment
		role: engineer

		team: data
	`
	for k, line := range Zip(Fib(), Filter(Lines(text), func(s string) bool { return !strings.HasPrefix(s, "#") })) {
		key, val, _ := strings.Cut(line, ": ")
		fmt.Printf("fib=%d %s=%q\n", k, key, val)
	}

	lengths := slices.Collect(Map(Lines(text), func(s string) int { return len(s) }))
	fmt.Println("line lengths:", lengths)
	next, stop := iter.Pull(Fib())
	var firsts []int
	for range 10 {
		n, ok := next()
		if !ok {
			break
		}
		firsts = append(firsts, n)
	}
	stop()
	_, okAfter := next()
	fmt.Println(firsts, "after stop:", okAfter)

	squares := Map(slices.Values([]int{1, 2, 3, 4}), func(n int) string { return fmt.Sprint(n * n) })
	fmt.Println(strings.Join(slices.Collect(squares), "+"))
	sorted := slices.Sorted(Map(slices.Values([]string{"pear", "Fig", "apple"}), strings.ToLower))
	fmt.Println(sorted)
}
