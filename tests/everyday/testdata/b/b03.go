package main

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
)

type Summary struct {
	N                  int
	Min, Max           float64
	Mean, Median       float64
	Variance, StdDev   float64
	Q1, Q3, IQR        float64
	Skewness, Kurtosis float64
}

// percentile uses linear interpolation between closest ranks (type 7).
func percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return math.NaN()
	}
	h := (float64(len(sorted)) - 1) * p / 100
	lo := math.Floor(h)
	hi := math.Ceil(h)
	return sorted[int(lo)] + (h-lo)*(sorted[int(hi)]-sorted[int(lo)])
}

func Describe(data []float64) Summary {
	s := slices.Clone(data)
	sort.Float64s(s)
	n := float64(len(s))
	var sum float64
	for _, v := range s {
		sum += v
	}
	mean := sum / n
	var m2, m3, m4 float64
	for _, v := range s {
		d := v - mean
		m2 += d * d
		m3 += d * d * d
		m4 += d * d * d * d
	}
	variance := m2 / (n - 1)
	pm2 := m2 / n
	sum3 := Summary{
		N: len(s), Min: s[0], Max: s[len(s)-1],
		Mean: mean, Median: percentile(s, 50),
		Variance: variance, StdDev: math.Sqrt(variance),
		Q1: percentile(s, 25), Q3: percentile(s, 75),
		Skewness: (m3 / n) / math.Pow(pm2, 1.5),
		Kurtosis: (m4/n)/(pm2*pm2) - 3,
	}
	sum3.IQR = sum3.Q3 - sum3.Q1
	return sum3
}

func (s Summary) Print(label string) {
	fmt.Printf("== %s ==\n", label)
	fmt.Printf("  n=%d  min=%.1f  max=%.1f\n", s.N, s.Min, s.Max)
	fmt.Printf("  mean=%.3f  median=%.3f\n", s.Mean, s.Median)
	fmt.Printf("  var=%.3f  sd=%.3f\n", s.Variance, s.StdDev)
	fmt.Printf("  Q1=%.2f  Q3=%.2f  IQR=%.2f\n", s.Q1, s.Q3, s.IQR)
	fmt.Printf("  skew=%.4f  excess kurtosis=%.4f\n", s.Skewness, s.Kurtosis)
}

func outliers(data []float64, s Summary) []float64 {
	lo, hi := s.Q1-1.5*s.IQR, s.Q3+1.5*s.IQR
	var out []float64
	for _, v := range data {
		if v < lo || v > hi {
			out = append(out, v)
		}
	}
	sort.Float64s(out)
	return out
}

func mode(data []float64) (float64, int) {
	counts := map[float64]int{}
	for _, v := range data {
		counts[v]++
	}
	keys := make([]float64, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Float64s(keys)
	best, bc := keys[0], 0
	for _, k := range keys {
		if counts[k] > bc {
			best, bc = k, counts[k]
		}
	}
	return best, bc
}

func main() {
	sections := map[string][]float64{
		"Section A": {78, 85, 92, 67, 74, 88, 95, 81, 79, 70, 85, 90, 62, 77, 84, 85, 73, 91},
		"Section B": {55, 91, 88, 72, 99, 64, 81, 85, 79, 18, 83, 77, 90, 86, 74, 80},
	}
	names := make([]string, 0, len(sections))
	for k := range sections {
		names = append(names, k)
	}
	sort.Strings(names)

	var all []float64
	for _, name := range names {
		d := sections[name]
		all = append(all, d...)
		s := Describe(d)
		s.Print(name)
		if m, c := mode(d); c > 1 {
			fmt.Printf("  mode=%.0f (x%d)\n", m, c)
		} else {
			fmt.Println("  mode: none (all values unique)")
		}
		fmt.Printf("  outliers: %v\n", outliers(d, s))
	}
	total := Describe(all)
	total.Print("Combined")

	sorted := slices.Clone(all)
	sort.Float64s(sorted)
	fmt.Println("\nPercentile table (combined):")
	for _, p := range []float64{5, 10, 25, 50, 75, 90, 95, 99} {
		v := percentile(sorted, p)
		bar := strings.Repeat("#", int(v/5))
		fmt.Printf("  P%-3.0f %6.2f %s\n", p, v, bar)
	}

	fmt.Println("\nZ-scores for extreme values:")
	for _, v := range []float64{sorted[0], sorted[1], sorted[len(sorted)-2], sorted[len(sorted)-1]} {
		fmt.Printf("  %5.1f -> z=%+.3f\n", v, (v-total.Mean)/total.StdDev)
	}
}
