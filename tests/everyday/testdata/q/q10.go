// q10: numeric constraints with ~int | ~float64 over domain-specific named types.
package main

import (
	"fmt"
	"math"
	"slices"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Celsius float64
type Millis int64
type Bytes int

func (b Bytes) String() string {
	switch {
	case b >= 1<<20:
		return fmt.Sprintf("%.1fMiB", float64(b)/(1<<20))
	case b >= 1<<10:
		return fmt.Sprintf("%.1fKiB", float64(b)/(1<<10))
	}
	return fmt.Sprintf("%dB", int(b))
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

func StdDev[T Number](xs []T) float64 {
	m := Mean(xs)
	var acc float64
	for _, x := range xs {
		d := float64(x) - m
		acc += d * d
	}
	return math.Sqrt(acc / float64(len(xs)))
}

// Percentile uses nearest-rank on a sorted copy.
func Percentile[T Number](xs []T, p float64) T {
	s := slices.Clone(xs)
	slices.Sort(s)
	rank := int(math.Ceil(p/100*float64(len(s)))) - 1
	return s[max(0, min(rank, len(s)-1))]
}

func Clamp[T Number](v, lo, hi T) T { return max(lo, min(v, hi)) }

// Stats summarises any numeric series.
type Stats[T Number] struct {
	N        int
	Min, Max T
	Sum      T
	Mean     float64
	Std      float64
	P50, P95 T
}

func Summarize[T Number](xs []T) Stats[T] {
	return Stats[T]{
		N: len(xs), Min: slices.Min(xs), Max: slices.Max(xs), Sum: Sum(xs),
		Mean: Mean(xs), Std: StdDev(xs), P50: Percentile(xs, 50), P95: Percentile(xs, 95),
	}
}

func (s Stats[T]) Print(label string) {
	fmt.Printf("%s: n=%d min=%v max=%v sum=%v\n", label, s.N, s.Min, s.Max, s.Sum)
	fmt.Printf("%s: mean=%.2f std=%.2f p50=%v p95=%v\n", label, s.Mean, s.Std, s.P50, s.P95)
}

func main() {
	temps := []Celsius{21.5, 22.0, 23.25, 19.75, 24.5, 25.0, 20.0, 22.75}
	latencies := []Millis{12, 15, 11, 240, 18, 13, 14, 16, 19, 12, 95, 17}
	payloads := []Bytes{512, 2048, 1 << 20, 4096, 300, 700000, 1024}

	Summarize(temps).Print("temps")
	Summarize(latencies).Print("latency")
	Summarize(payloads).Print("payload")

	fmt.Println("clamped latencies (10..100ms):")
	clamped := make([]Millis, 0, len(latencies))
	for _, l := range latencies {
		clamped = append(clamped, Clamp(l, 10, 100))
	}
	fmt.Println(" ", clamped)
	fmt.Printf("  mean before=%.2f after=%.2f\n", Mean(latencies), Mean(clamped))

	fmt.Println("temperature bands:")
	for _, t := range temps {
		band := "ok"
		switch {
		case t < 20.5:
			band = "cold"
		case t > 24:
			band = "hot"
		}
		fmt.Printf("  %5.2f°C %s\n", float64(t), band)
	}
	ints := []int{3, 1, 4, 1, 5, 9, 2, 6}
	fmt.Printf("ints: sum=%d mean=%.3f p95=%d clamp(42,0,10)=%d\n", Sum(ints), Mean(ints), Percentile(ints, 95), Clamp(42, 0, 10))
}
