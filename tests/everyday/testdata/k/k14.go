package main

import (
	"fmt"
	"math"
	"strings"
)

// runningStats returns a closure that accepts values and reports Welford statistics.
func runningStats() func(float64) (n int, mean, sd float64) {
	var count int
	var mean, m2 float64
	return func(x float64) (int, float64, float64) {
		count++
		delta := x - mean
		mean += delta / float64(count)
		m2 += delta * (x - mean)
		if count < 2 {
			return count, mean, 0
		}
		return count, mean, math.Sqrt(m2 / float64(count-1))
	}
}

func memoize[K comparable, V any](f func(K) V) (func(K) V, func() (hits, misses int)) {
	cache := map[K]V{}
	var hits, misses int
	return func(k K) V {
			if v, ok := cache[k]; ok {
				hits++
				return v
			}
			misses++
			v := f(k)
			cache[k] = v
			return v
		}, func() (int, int) {
			return hits, misses
		}
}

type transform func(float64) float64

func chain(fs ...transform) transform {
	return func(x float64) float64 {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func clamp(lo, hi float64) transform {
	return func(x float64) float64 { return math.Max(lo, math.Min(hi, x)) }
}

func scale(k float64) transform { return func(x float64) float64 { return x * k } }

func main() {
	observe := runningStats()
	for _, x := range []float64{12, 15, 11, 19, 14, 13, 30, 12} {
		n, mean, sd := observe(x)
		fmt.Printf("x=%5.1f  n=%d mean=%6.3f sd=%6.3f\n", x, n, mean, sd)
	}

	// Expensive lookup (e.g. fiscal week for a day-of-year) memoized.
	var calls int
	fiscalWeek := func(doy int) int {
		calls++
		return (doy+3)/7 + 1
	}
	fw, stats := memoize(fiscalWeek)
	days := []int{1, 5, 1, 100, 5, 364, 100, 100, 1}
	var weeks []string
	for _, d := range days {
		weeks = append(weeks, fmt.Sprintf("%d→w%d", d, fw(d)))
	}
	h, m := stats()
	fmt.Println("\n" + strings.Join(weeks, " "))
	fmt.Printf("cache hits=%d misses=%d underlying calls=%d\n", h, m, calls)

	normalise := chain(scale(0.01), clamp(0, 1), func(x float64) float64 { return math.Round(x*100) / 100 })
	fmt.Println("\nnormalised scores:")
	for _, raw := range []float64{-20, 0, 37.456, 99.994, 150} {
		fmt.Printf("  %8.3f -> %.2f\n", raw, normalise(raw))
	}

	// Closures capturing loop variables (per-iteration since Go 1.22).
	var printers []func() string
	for i, name := range []string{"north", "south", "east"} {
		printers = append(printers, func() string { return fmt.Sprintf("%d:%s", i, name) })
	}
	var labels []string
	for _, p := range printers {
		labels = append(labels, p())
	}
	fmt.Println("\nper-iteration captures:", strings.Join(labels, " "))

	counter := func() func() int {
		c := 0
		return func() int { c++; return c }
	}
	a, b := counter(), counter()
	a()
	a()
	fmt.Println("independent counters:", a(), b())
}
