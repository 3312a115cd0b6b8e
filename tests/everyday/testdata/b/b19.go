package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	return float64(Sum(xs)) / float64(len(xs))
}

func MinMax[T cmp.Ordered](xs []T) (lo, hi T) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		lo, hi = min(lo, x), max(hi, x)
	}
	return
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
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

func Clamp[T cmp.Ordered](x, lo, hi T) T { return max(lo, min(x, hi)) }

func Dot[T Number](a, b []T) T {
	var s T
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func CumSum[T Number](xs []T) []T {
	out := make([]T, len(xs))
	var s T
	for i, x := range xs {
		s += x
		out[i] = s
	}
	return out
}

func Normalize[T Number](xs []T) []float64 {
	lo, hi := MinMax(xs)
	span := float64(hi - lo)
	return Map(xs, func(x T) float64 { return float64(x-lo) / span })
}

// Named numeric types work thanks to the ~ constraints.
type Meters float64
type Count int

type Pair[K cmp.Ordered, V Number] struct {
	Key K
	Val V
}

func TopN[K cmp.Ordered, V Number](ps []Pair[K, V], n int) []Pair[K, V] {
	c := slices.Clone(ps)
	slices.SortFunc(c, func(a, b Pair[K, V]) int {
		if r := cmp.Compare(b.Val, a.Val); r != 0 {
			return r
		}
		return cmp.Compare(a.Key, b.Key)
	})
	return c[:min(n, len(c))]
}

func main() {
	ints := []int{7, -3, 12, 5, 0, 9, -8, 4}
	floats := []float64{2.5, 3.75, -1.25, 8.0, 0.5}
	dists := []Meters{120.5, 98.2, 143.9, 110.0}
	visits := []Count{14, 3, 27, 9, 11}

	fmt.Println("ints:", ints)
	fmt.Printf("  sum=%d mean=%.3f", Sum(ints), Mean(ints))
	lo, hi := MinMax(ints)
	fmt.Printf(" min=%d max=%d\n", lo, hi)
	fmt.Println("  cumsum:", CumSum(ints))
	fmt.Println("  positives squared:", Map(Filter(ints, func(x int) bool { return x > 0 }), func(x int) int { return x * x }))
	fmt.Println("  clamped to [-5,10]:", Map(ints, func(x int) int { return Clamp(x, -5, 10) }))

	fmt.Println("floats:", floats)
	fmt.Printf("  sum=%g mean=%g dot(self)=%g\n", Sum(floats), Mean(floats), Dot(floats, floats))
	fmt.Printf("  normalized: %.3f\n", Normalize(floats))

	fmt.Println("dists (Meters):", dists)
	total := Sum(dists)
	fmt.Printf("  total %T = %.1f, mean %.2f\n", total, total, Mean(dists))
	fmt.Println("  cumsum:", CumSum(dists))

	fmt.Println("visits (Count):", visits)
	fmt.Printf("  total %T = %d, mean %.1f\n", Sum(visits), Sum(visits), Mean(visits))
	fmt.Printf("  normalized: %.3f\n", Normalize(visits))

	product := Reduce(ints[:4], 1, func(a, x int) int { return a * x })
	fmt.Println("product of first four ints:", product)
	longest := Reduce([]string{"kiwi", "banana", "fig", "cherry"}, "", func(a, s string) string {
		if len(s) > len(a) {
			return s
		}
		return a
	})
	fmt.Println("longest word:", longest)

	sales := []Pair[string, float64]{
		{"north", 1200.5}, {"south", 980.0}, {"east", 1200.5}, {"west", 1543.25}, {"central", 310.0},
	}
	fmt.Println("top 3 regions:")
	for i, p := range TopN(sales, 3) {
		fmt.Printf("  %d. %-8s %8.2f\n", i+1, p.Key, p.Val)
	}
	scores := []Pair[int, int32]{{101, 88}, {102, 95}, {103, 70}, {104, 95}}
	fmt.Println("top 2 ids:", TopN(scores, 2))
	fmt.Println("empty mean is NaN:", math.IsNaN(Mean([]float32{})))
}
