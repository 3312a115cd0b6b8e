package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

// Chunk yields consecutive non-overlapping slices of size n.
func Chunk[S ~[]E, E any](s S, n int) iter.Seq[S] {
	return func(yield func(S) bool) {
		for i := 0; i < len(s); i += n {
			end := min(i+n, len(s))
			if !yield(s[i:end:end]) {
				return
			}
		}
	}
}

// Window yields overlapping windows of size n.
func Window[S ~[]E, E any](s S, n int) iter.Seq2[int, S] {
	return func(yield func(int, S) bool) {
		for i := 0; i+n <= len(s); i++ {
			if !yield(i, s[i:i+n]) {
				return
			}
		}
	}
}

type Number interface {
	~int | ~int64 | ~float64
}

func MovingAvg[T Number](xs []T, n int) []float64 {
	var out []float64
	for _, w := range Window(xs, n) {
		var sum T
		for _, v := range w {
			sum += v
		}
		out = append(out, float64(sum)/float64(n))
	}
	return out
}

type Reading float64

type Batch []string

func (b Batch) String() string { return "Batch(" + strings.Join(b, "|") + ")" }

func main() {
	ids := Batch{"a1", "b2", "c3", "d4", "e5", "f6", "g7"}
	for c := range Chunk(ids, 3) {
		fmt.Printf("%v len=%d cap=%d\n", c, len(c), cap(c))
	}

	// Chunk type is preserved (Batch), so String method applies.
	all := slices.Collect(Chunk(ids, 2))
	fmt.Println("collected:", all)

	readings := []Reading{10, 12, 11, 15, 20, 18, 17, 25}
	fmt.Printf("moving avg(3): %.2f\n", MovingAvg(readings, 3))

	fmt.Println("windows of 4 over ints:")
	for i, w := range Window([]int{1, 2, 3, 4, 5, 6}, 4) {
		fmt.Println(" ", i, w)
	}

	// Detect first rising streak of 3 using windows and early break.
	for i, w := range Window(readings, 3) {
		if w[0] < w[1] && w[1] < w[2] {
			fmt.Printf("first rising triple at %d: %v\n", i, w)
			break
		}
	}

	// Bigrams of words.
	words := strings.Fields("to be or not to be")
	counts := map[string]int{}
	for _, w := range Window(words, 2) {
		counts[strings.Join(w, " ")]++
	}
	keys := slices.Sorted(func(yield func(string) bool) {
		for k := range counts {
			if !yield(k) {
				return
			}
		}
	})
	for _, k := range keys {
		fmt.Printf("%q:%d ", k, counts[k])
	}
	fmt.Println()

	n := 0
	for range Window([]byte("abc"), 5) {
		n++
	}
	fmt.Println("windows larger than input:", n)
	fmt.Println("chunks of empty:", len(slices.Collect(Chunk([]int{}, 3))))
}
