package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// Latency samples in milliseconds, grouped by endpoint.
var samples = map[string][]float64{
	"/search":   {120, 95, 430, 88, 102, 97, 1500, 110, 99, 105, 93, 87, 140, 101, 96},
	"/checkout": {310, 295, 330, 305, 2900, 299, 312, 318, 301},
	"/login":    {45, 41, 48, 52, 44, 39, 250, 47, 43, 46, 42, 40},
	"/static":   {3, 2, 2, 4, 3},
}

// nearestRank implements the classic nearest-rank definition (no interpolation).
func nearestRank(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return math.NaN()
	}
	rank := int(math.Ceil(p / 100 * float64(len(sorted))))
	rank = max(rank, 1)
	return sorted[rank-1]
}

// linear implements type-7 interpolation (the default in R and NumPy).
func linear(sorted []float64, p float64) float64 {
	n := len(sorted)
	if n == 0 {
		return math.NaN()
	}
	if n == 1 {
		return sorted[0]
	}
	h := (float64(n) - 1) * p / 100
	lo := math.Floor(h)
	hi := math.Ceil(h)
	return sorted[int(lo)] + (h-lo)*(sorted[int(hi)]-sorted[int(lo)])
}

type summary struct {
	name                 string
	n                    int
	mean, p50, p90, p99  float64
	nrP90, nrP99, maxVal float64
}

func summarize(name string, xs []float64) summary {
	s := slices.Clone(xs)
	slices.Sort(s)
	var sum float64
	for _, x := range s {
		sum += x
	}
	return summary{
		name: name, n: len(s), mean: sum / float64(len(s)),
		p50: linear(s, 50), p90: linear(s, 90), p99: linear(s, 99),
		nrP90: nearestRank(s, 90), nrP99: nearestRank(s, 99), maxVal: s[len(s)-1],
	}
}

func main() {
	endpoints := slices.Sorted(func(yield func(string) bool) {
		for k := range samples {
			if !yield(k) {
				return
			}
		}
	})

	var rows []summary
	for _, ep := range endpoints {
		rows = append(rows, summarize(ep, samples[ep]))
	}
	slices.SortFunc(rows, func(a, b summary) int {
		switch {
		case a.p99 > b.p99:
			return -1
		case a.p99 < b.p99:
			return 1
		}
		return strings.Compare(a.name, b.name)
	})

	fmt.Printf("%-10s %3s %8s %8s %8s %8s | %7s %7s %7s\n",
		"endpoint", "n", "mean", "p50", "p90", "p99", "nr90", "nr99", "max")
	fmt.Println(strings.Repeat("=", 80))
	for _, r := range rows {
		fmt.Printf("%-10s %3d %8.2f %8.2f %8.2f %8.2f | %7.0f %7.0f %7.0f\n",
			r.name, r.n, r.mean, r.p50, r.p90, r.p99, r.nrP90, r.nrP99, r.maxVal)
	}

	fmt.Println("\nMean vs median skew (mean/p50):")
	for _, r := range rows {
		ratio := r.mean / r.p50
		flag := ""
		if ratio > 1.2 {
			flag = "  <- long tail"
		}
		fmt.Printf("  %-10s %5.2fx%s\n", r.name, ratio, flag)
	}

	var all []float64
	for _, ep := range endpoints {
		all = append(all, samples[ep]...)
	}
	slices.Sort(all)
	fmt.Println("\nOverall percentile ladder:")
	for _, p := range []float64{10, 25, 50, 75, 90, 95, 99, 99.9} {
		fmt.Printf("  p%-5s %9.2f ms\n", fmt.Sprint(p), linear(all, p))
	}
}
