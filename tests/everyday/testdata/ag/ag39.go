// ag39: iterator adapters over iter.Seq/Seq2: Enumerate, Chain, Windows, Dedup, Zip via iter.Pull, and TakeWhile.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Enumerate[T any](s iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range s {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func Chain[T any](seqs ...iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, s := range seqs {
			for v := range s {
				if !yield(v) {
					return
				}
			}
		}
	}
}

// Windows yields overlapping windows of size n; the slice is reused, so callers must copy to retain.
func Windows[T any](s iter.Seq[T], n int) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		buf := make([]T, 0, n)
		for v := range s {
			if len(buf) == n {
				copy(buf, buf[1:])
				buf = buf[:n-1]
			}
			buf = append(buf, v)
			if len(buf) == n && !yield(buf) {
				return
			}
		}
	}
}

func Dedup[T comparable](s iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		first, prev := true, *new(T)
		for v := range s {
			if first || v != prev {
				if !yield(v) {
					return
				}
			}
			first, prev = false, v
		}
	}
}

func TakeWhile[T any](s iter.Seq[T], ok func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range s {
			if !ok(v) || !yield(v) {
				return
			}
		}
	}
}

// Zip pairs two sequences using iter.Pull and stops at the shorter one.
func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		next, stop := iter.Pull(b)
		defer stop()
		for va := range a {
			vb, ok := next()
			if !ok || !yield(va, vb) {
				return
			}
		}
	}
}

func Count(start, step int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := start; ; i += step {
			if !yield(i) {
				return
			}
		}
	}
}

func Collatz(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for {
			if !yield(n) || n == 1 {
				return
			}
			if n%2 == 0 {
				n /= 2
			} else {
				n = 3*n + 1
			}
		}
	}
}

func main() {
	fruits := slices.Values([]string{"apple", "banana", "cherry"})
	veg := slices.Values([]string{"kale", "leek"})
	for i, v := range Enumerate(Chain(fruits, veg)) {
		fmt.Printf("%d:%s ", i, v)
	}
	fmt.Println()

	readings := []int{3, 5, 4, 8, 10, 9, 12, 15}
	var rising []string
	for w := range Windows(slices.Values(readings), 3) {
		avg := float64(w[0]+w[1]+w[2]) / 3
		rising = append(rising, fmt.Sprintf("%v=%.2f", w, avg))
	}
	fmt.Println("3-window averages:")
	for _, r := range rising {
		fmt.Println("  ", r)
	}
	kept := slices.Collect(func(yield func([]int) bool) {
		for w := range Windows(slices.Values(readings), 2) {
			if !yield(slices.Clone(w)) {
				return
			}
		}
	})
	fmt.Println("pairs (cloned):", kept)

	logs := []string{"ok", "ok", "warn", "warn", "warn", "ok", "err", "err", "ok"}
	fmt.Println("deduped:", slices.Collect(Dedup(slices.Values(logs))))

	fmt.Println("collatz(27) first values under 100:", slices.Collect(TakeWhile(Collatz(27), func(n int) bool { return n < 100 })))
	steps := 0
	peak := 0
	for v := range Collatz(27) {
		steps++
		peak = max(peak, v)
	}
	fmt.Println("collatz(27) length:", steps, "peak:", peak)

	names := slices.Values([]string{"ada", "bob", "cyd", "dee"})
	for id, name := range Zip(Count(100, 10), names) {
		fmt.Printf("id %d -> %s\n", id, name)
	}
	scores := map[string]int{"ada": 91, "bob": 78, "cyd": 85}
	keys := slices.Sorted(maps.Keys(scores))
	for k, rank := range Zip(slices.Values(keys), Count(1, 1)) {
		fmt.Printf("#%d %s %d\n", rank, k, scores[k])
	}
	upper := func(s iter.Seq[string]) iter.Seq[string] {
		return func(yield func(string) bool) {
			for v := range s {
				if !yield(strings.ToUpper(v)) {
					return
				}
			}
		}
	}
	fmt.Println("first two upper:", slices.Collect(TakeWhile(upper(Chain(veg, fruits)), func(s string) bool { return len(s) == 4 })))
}
