package main

import (
	"fmt"
	"math"
	"slices"
)

type Real interface {
	~int | ~int64 | ~float64
}

func Sum[T Real](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Real](xs []T) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	return float64(Sum(xs)) / float64(len(xs))
}

func StdDev[T Real](xs []T) float64 {
	m := Mean(xs)
	var ss float64
	for _, x := range xs {
		d := float64(x) - m
		ss += d * d
	}
	return math.Sqrt(ss / float64(len(xs)))
}

func Median[T Real](xs []T) float64 {
	s := slices.Sorted(slices.Values(xs))
	n := len(s)
	if n%2 == 1 {
		return float64(s[n/2])
	}
	return float64(s[n/2-1]+s[n/2]) / 2
}

// Clamp works for any ordered numeric type, including named ones.
func Clamp[T Real](v, lo, hi T) T { return max(lo, min(v, hi)) }

func Normalize[S ~[]T, T Real](xs S) []float64 {
	lo, hi := slices.Min(xs), slices.Max(xs)
	out := make([]float64, len(xs))
	for i, x := range xs {
		if hi == lo {
			continue
		}
		out[i] = float64(x-lo) / float64(hi-lo)
	}
	return out
}

type Millis int64

func (m Millis) String() string { return fmt.Sprintf("%dms", int64(m)) }

type Score float64

type Latencies []Millis

type Summary[T Real] struct {
	N            int
	Min, Max     T
	Mean, Median float64
	StdDev       float64
}

func Summarize[T Real](xs []T) Summary[T] {
	return Summary[T]{
		N: len(xs), Min: slices.Min(xs), Max: slices.Max(xs),
		Mean: Mean(xs), Median: Median(xs), StdDev: StdDev(xs),
	}
}

func (s Summary[T]) String() string {
	return fmt.Sprintf("n=%d min=%v max=%v mean=%.3f median=%.1f sd=%.3f", s.N, s.Min, s.Max, s.Mean, s.Median, s.StdDev)
}

func main() {
	lat := Latencies{120, 85, 300, 95, 110, 87, 2500, 101}
	fmt.Println("latency:", Summarize(lat))
	fmt.Println("total:", Sum(lat))
	clamped := make(Latencies, len(lat))
	for i, l := range lat {
		clamped[i] = Clamp(l, 90, 500)
	}
	fmt.Println("clamped:", clamped)
	fmt.Println("clamped summary:", Summarize(clamped))

	scores := []Score{3.5, 4.0, 2.5, 5.0, 4.5, 4.0}
	fmt.Println("scores:", Summarize(scores))
	fmt.Printf("normalized: %.2f\n", Normalize(scores))

	ints := []int{7, 7, 7}
	fmt.Println("flat normalize:", Normalize(ints), "median:", Median(ints))
	fmt.Println("mean of empty is NaN:", math.IsNaN(Mean([]int64{})))
	fmt.Println("clamp float:", Clamp(3.7, 0.0, 1.0), "clamp int:", Clamp(-4, 0, 10))
}
