package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) String() string { return fmt.Sprintf("<%v, %v>", p.First, p.Second) }

// Zip pairs up two sequences, stopping at the shorter one.
func Zip[A, B any](as iter.Seq[A], bs iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nextB, stop := iter.Pull(bs)
		defer stop()
		for a := range as {
			b, ok := nextB()
			if !ok || !yield(a, b) {
				return
			}
		}
	}
}

func Unzip[A, B any](pairs []Pair[A, B]) ([]A, []B) {
	as := make([]A, len(pairs))
	bs := make([]B, len(pairs))
	for i, p := range pairs {
		as[i], bs[i] = p.First, p.Second
	}
	return as, bs
}

func Collect2[A, B any](seq iter.Seq2[A, B]) []Pair[A, B] {
	var out []Pair[A, B]
	for a, b := range seq {
		out = append(out, Pair[A, B]{a, b})
	}
	return out
}

// Naturals is an infinite sequence starting at from.
func Naturals(from int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := from; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

func main() {
	days := []string{"Mon", "Tue", "Wed", "Thu", "Fri"}
	temps := []Celsius{12.5, 14, 9.75, 11}

	for d, t := range Zip(slices.Values(days), slices.Values(temps)) {
		fmt.Printf("%s: %v\n", d, t)
	}

	pairs := Collect2(Zip(Naturals(1), slices.Values(days)))
	fmt.Println("numbered:", pairs)
	nums, names := Unzip(pairs)
	fmt.Println("unzipped:", nums, names)

	// Zip an infinite sequence with words from a string iterator.
	words := strings.FieldsSeq("pull based iteration lets us zip lazily")
	for i, w := range Zip(Naturals(100), words) {
		if i > 103 {
			fmt.Println("... stopping early")
			break
		}
		fmt.Println(i, w)
	}

	// Dot product via zip.
	xs := []float64{1, 2, 3, 4}
	ys := []float64{0.5, -1, 2, 0.25}
	dot := 0.0
	for x, y := range Zip(slices.Values(xs), slices.Values(ys)) {
		dot += x * y
	}
	fmt.Println("dot:", dot)

	mixed := Pair[Pair[string, int], []Celsius]{Pair[string, int]{"sensor", 7}, temps[:2]}
	fmt.Println("nested pair:", mixed)
	fmt.Printf("%+v\n", Pair[int, bool]{First: 1, Second: true})
}
