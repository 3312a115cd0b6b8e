package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// Descriptive statistics: mean, variance, median, percentiles and a text histogram.

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func variance(xs []float64) float64 {
	m := mean(xs)
	s := 0.0
	for _, x := range xs {
		s += (x - m) * (x - m)
	}
	return s / float64(len(xs)-1)
}

func percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return math.NaN()
	}
	pos := p / 100 * float64(len(sorted)-1)
	lo := int(math.Floor(pos))
	hi := int(math.Ceil(pos))
	frac := pos - float64(lo)
	return sorted[lo]*(1-frac) + sorted[hi]*frac
}

func main() {
	scores := []float64{
		72, 85, 90, 66, 78, 88, 95, 59, 81, 77,
		69, 84, 91, 73, 80, 62, 87, 79, 94, 70,
		83, 76, 68, 99, 74, 82, 71, 86, 65, 89,
	}
	sorted := slices.Clone(scores)
	slices.Sort(sorted)

	m := mean(scores)
	v := variance(scores)
	fmt.Printf("n        = %d\n", len(scores))
	fmt.Printf("mean     = %.3f\n", m)
	fmt.Printf("variance = %.3f\n", v)
	fmt.Printf("stddev   = %.3f\n", math.Sqrt(v))
	fmt.Printf("min/max  = %.0f / %.0f\n", sorted[0], sorted[len(sorted)-1])
	for _, p := range []float64{10, 25, 50, 75, 90, 99} {
		fmt.Printf("P%-3.0f     = %.2f\n", p, percentile(sorted, p))
	}
	iqr := percentile(sorted, 75) - percentile(sorted, 25)
	fmt.Printf("IQR      = %.2f\n", iqr)

	// z-scores of extreme values
	sd := math.Sqrt(v)
	for _, x := range []float64{sorted[0], sorted[len(sorted)-1]} {
		fmt.Printf("z(%.0f) = %+.3f\n", x, (x-m)/sd)
	}

	// Histogram with bins of width 10
	fmt.Println("\nHistogram:")
	bins := map[int]int{}
	for _, s := range scores {
		bins[int(s)/10*10]++
	}
	keys := make([]int, 0, len(bins))
	for k := range bins {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Printf("%3d-%-3d | %-12s %2d\n", k, k+9, strings.Repeat("*", bins[k]), bins[k])
	}
	fmt.Println("bins map:", bins)

	// Grade letters
	grade := func(s float64) string {
		switch {
		case s >= 90:
			return "A"
		case s >= 80:
			return "B"
		case s >= 70:
			return "C"
		case s >= 60:
			return "D"
		}
		return "F"
	}
	letters := map[string]int{}
	for _, s := range scores {
		letters[grade(s)]++
	}
	fmt.Println("grades:", letters)
}
