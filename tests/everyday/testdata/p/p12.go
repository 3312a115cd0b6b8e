// Descriptive statistics: mean, median, mode, variance, quantiles, z-scores.
package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

type Summary struct {
	N                  int
	Mean, Median       float64
	Var, Std           float64
	Min, Max           float64
	Q1, Q3             float64
	Skewness, Kurtosis float64
}

func quantile(sorted []float64, q float64) float64 {
	pos := q * float64(len(sorted)-1)
	lo := int(math.Floor(pos))
	hi := int(math.Ceil(pos))
	frac := pos - float64(lo)
	return sorted[lo]*(1-frac) + sorted[hi]*frac
}

func Describe(xs []float64) Summary {
	s := Summary{N: len(xs)}
	sorted := slices.Clone(xs)
	slices.Sort(sorted)
	s.Min, s.Max = sorted[0], sorted[len(sorted)-1]
	s.Median = quantile(sorted, 0.5)
	s.Q1, s.Q3 = quantile(sorted, 0.25), quantile(sorted, 0.75)

	// Welford's online algorithm for numerically stable variance.
	var mean, m2 float64
	for i, x := range xs {
		d := x - mean
		mean += d / float64(i+1)
		m2 += d * (x - mean)
	}
	s.Mean = mean
	s.Var = m2 / float64(len(xs)-1)
	s.Std = math.Sqrt(s.Var)

	var m3, m4 float64
	for _, x := range xs {
		d := x - mean
		m3 += d * d * d
		m4 += d * d * d * d
	}
	n := float64(len(xs))
	pvar := m2 / n
	s.Skewness = (m3 / n) / math.Pow(pvar, 1.5)
	s.Kurtosis = (m4/n)/(pvar*pvar) - 3
	return s
}

func modes(xs []float64) []float64 {
	counts := map[float64]int{}
	best := 0
	for _, x := range xs {
		counts[x]++
		best = max(best, counts[x])
	}
	var out []float64
	for x, c := range counts {
		if c == best {
			out = append(out, x)
		}
	}
	slices.Sort(out)
	return out
}

func main() {
	datasets := map[string][]float64{
		"exam":    {72, 85, 91, 66, 85, 78, 94, 59, 85, 88, 73, 69, 91, 77, 82},
		"latency": {12, 15, 11, 13, 240, 14, 12, 16, 13, 12, 18, 11, 13, 95, 12},
		"uniform": {1, 2, 3, 4, 5, 6, 7, 8, 9, 10},
	}
	names := slices.Sorted(func(yield func(string) bool) {
		for k := range datasets {
			if !yield(k) {
				return
			}
		}
	})
	for _, name := range names {
		xs := datasets[name]
		s := Describe(xs)
		fmt.Printf("== %s (n=%d)\n", name, s.N)
		fmt.Printf("  mean=%.3f median=%.3f modes=%v\n", s.Mean, s.Median, modes(xs))
		fmt.Printf("  var=%.3f std=%.3f range=[%g, %g]\n", s.Var, s.Std, s.Min, s.Max)
		fmt.Printf("  Q1=%.2f Q3=%.2f IQR=%.2f\n", s.Q1, s.Q3, s.Q3-s.Q1)
		fmt.Printf("  skew=%.4f excess kurtosis=%.4f\n", s.Skewness, s.Kurtosis)
		lo, hi := s.Q1-1.5*(s.Q3-s.Q1), s.Q3+1.5*(s.Q3-s.Q1)
		var outliers []string
		for _, x := range xs {
			if x < lo || x > hi {
				z := (x - s.Mean) / s.Std
				outliers = append(outliers, fmt.Sprintf("%g(z=%.2f)", x, z))
			}
		}
		if len(outliers) == 0 {
			outliers = []string{"none"}
		}
		fmt.Println("  outliers:", strings.Join(outliers, " "))
	}
}
