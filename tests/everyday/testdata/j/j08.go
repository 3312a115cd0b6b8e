// Command j08 computes statistics over sensor readings using generic
// functions constrained by type sets with approximation elements (~T).
package main

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Celsius float64
type Millis int64
type Count int

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

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

// Clamp works for any ordered numeric type and keeps the named type.
func Clamp[T Number](xs []T, lo, hi T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = min(max(x, lo), hi)
	}
	return out
}

// Scale multiplies while preserving the element type; S ~[]E keeps named slices.
func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

type Latencies []Millis

func (l Latencies) P(pct int) Millis {
	c := slices.Clone(l)
	slices.Sort(c)
	idx := (len(c) - 1) * pct / 100
	return c[idx]
}

// Integer restricts to integer kinds so % is allowed.
type Integer interface{ ~int | ~int64 | ~uint8 }

func Histogram[T Integer](xs []T, bucket T) map[T]int {
	h := map[T]int{}
	for _, x := range xs {
		h[x-x%bucket]++
	}
	return h
}

func main() {
	temps := []Celsius{21.5, 22.0, 19.8, 35.2, -4.1, 23.3}
	fmt.Println("temps:", temps)
	fmt.Println("sum:", Sum(temps), "mean:", fmt.Sprintf("%.3f", Mean(temps)))
	fmt.Printf("stddev: %.3f\n", StdDev(temps))
	fmt.Println("clamped:", Clamp(temps, 0, 30))

	lat := Latencies{120, 45, 300, 80, 95, 1500, 60, 70, 110, 85}
	doubled := Scale(lat, 2)
	fmt.Printf("latency type %T -> %T\n", lat, doubled)
	fmt.Println("p50:", lat.P(50), "p90:", lat.P(90), "doubled p90:", doubled.P(90))
	fmt.Printf("mean latency: %.1fms\n", Mean(lat))

	counts := []Count{3, 1, 4, 1, 5, 9, 2, 6}
	fmt.Println("counts sum:", Sum(counts), "mean:", Mean(counts))
	h := Histogram(lat, 100)
	for _, k := range slices.Sorted(maps.Keys(h)) {
		fmt.Printf("  %4d-%-4d %s\n", k, k+99, strings.Repeat("#", h[k]))
	}
	fmt.Println("empty mean is NaN:", math.IsNaN(Mean([]float32{})))
	fmt.Println("int32 sum:", Sum([]int32{math.MaxInt32, 1}), "(wraps)")
}
