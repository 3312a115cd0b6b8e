package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

type Summary struct {
	N      int
	Mean   float64
	Median float64
	StdDev float64
	Min    float64
	Max    float64
}

func quantile(sorted []float64, q float64) float64 {
	if len(sorted) == 0 {
		return math.NaN()
	}
	pos := q * float64(len(sorted)-1)
	lo := int(math.Floor(pos))
	hi := int(math.Ceil(pos))
	frac := pos - float64(lo)
	return sorted[lo] + (sorted[hi]-sorted[lo])*frac
}

func describe(xs []float64) Summary {
	s := slices.Clone(xs)
	slices.Sort(s)
	var sum float64
	for _, x := range s {
		sum += x
	}
	mean := sum / float64(len(s))
	var ss float64
	for _, x := range s {
		ss += (x - mean) * (x - mean)
	}
	return Summary{
		N:      len(s),
		Mean:   mean,
		Median: quantile(s, 0.5),
		StdDev: math.Sqrt(ss / float64(len(s)-1)),
		Min:    s[0],
		Max:    s[len(s)-1],
	}
}

func main() {
	latencies := []float64{
		120.5, 98.2, 143.7, 110.0, 101.3, 250.9, 87.4, 132.1, 119.8, 105.5,
		99.9, 160.2, 141.0, 95.6, 123.3, 118.7, 300.4, 102.2, 111.1, 128.8,
	}
	sum := describe(latencies)
	fmt.Printf("%+v\n", sum)
	fmt.Printf("mean=%8.3f median=%8.3f sd=%8.3f\n", sum.Mean, sum.Median, sum.StdDev)

	sorted := slices.Clone(latencies)
	slices.Sort(sorted)
	for _, q := range []float64{0.1, 0.25, 0.5, 0.75, 0.9, 0.99} {
		fmt.Printf("p%-3.0f %9.3f\n", q*100, quantile(sorted, q))
	}

	iqr := quantile(sorted, 0.75) - quantile(sorted, 0.25)
	upper := quantile(sorted, 0.75) + 1.5*iqr
	fmt.Printf("IQR=%.2f upper fence=%.2f\n", iqr, upper)

	fmt.Println("z-scores above 1.5:")
	for i, x := range latencies {
		z := (x - sum.Mean) / sum.StdDev
		if math.Abs(z) > 1.5 {
			fmt.Printf("  idx=%2d value=%7.2f z=%+.3f outlier=%t\n", i, x, z, x > upper)
		}
	}

	// histogram with fixed bins
	const bins = 6
	width := (sum.Max - sum.Min) / bins
	counts := make([]int, bins)
	for _, x := range latencies {
		b := int((x - sum.Min) / width)
		if b >= bins {
			b = bins - 1
		}
		counts[b]++
	}
	fmt.Println("histogram:")
	for i, c := range counts {
		lo := sum.Min + float64(i)*width
		hi := lo + width
		fmt.Printf("[%6.1f, %6.1f) %-12s %2d\n", lo, hi, strings.Repeat("#", c), c)
	}

	// trimmed mean dropping top/bottom 10%
	k := len(sorted) / 10
	trimmed := sorted[k : len(sorted)-k]
	var tsum float64
	for _, x := range trimmed {
		tsum += x
	}
	fmt.Printf("trimmed mean (n=%d): %.4f\n", len(trimmed), tsum/float64(len(trimmed)))
	fmt.Printf("%T %v\n", trimmed[:3], trimmed[:3])
}
