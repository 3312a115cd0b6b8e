package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
)

type Delivery struct {
	Zone    string
	Minutes float64
}

// Data: delivery times (minutes) for two zones.
var urban = []float64{22, 25, 19, 31, 28, 24, 27, 35, 21, 26, 23, 30, 29, 20, 33, 24, 26, 58, 22, 27}
var suburban = []float64{34, 29, 41, 38, 36, 45, 31, 39, 42, 37, 33, 40, 44, 35, 48, 32}

type Stat func([]float64) float64

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func percentile(sorted []float64, p float64) float64 {
	pos := p * float64(len(sorted)-1)
	lo := int(math.Floor(pos))
	hi := min(lo+1, len(sorted)-1)
	return sorted[lo] + (pos-float64(lo))*(sorted[hi]-sorted[lo])
}

// Bootstrap resamples xs with replacement B times and returns sorted statistic values.
func Bootstrap(rng *rand.Rand, xs []float64, stat Stat, b int) []float64 {
	out := make([]float64, b)
	buf := make([]float64, len(xs))
	for i := range out {
		for j := range buf {
			buf[j] = xs[rng.IntN(len(xs))]
		}
		out[i] = stat(buf)
	}
	slices.Sort(out)
	return out
}

func ci(rng *rand.Rand, label string, xs []float64, name string, stat Stat) {
	boots := Bootstrap(rng, xs, stat, 400)
	lo, hi := percentile(boots, 0.025), percentile(boots, 0.975)
	fmt.Printf("  %-9s %-6s point=%6.2f  95%% CI [%6.2f, %6.2f]  width=%5.2f\n", label, name, stat(xs), lo, hi, hi-lo)
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	fmt.Printf("urban n=%d, suburban n=%d\n\n", len(urban), len(suburban))
	fmt.Println("bootstrap confidence intervals (B=400):")
	for _, z := range []struct {
		name string
		xs   []float64
	}{{"urban", urban}, {"suburban", suburban}} {
		ci(rng, z.name, z.xs, "mean", mean)
		ci(rng, z.name, z.xs, "median", median)
	}

	// Bootstrap distribution of the difference in means (suburban - urban).
	diffs := make([]float64, 400)
	for i := range diffs {
		a := Bootstrap(rng, urban, mean, 1)[0]
		b := Bootstrap(rng, suburban, mean, 1)[0]
		diffs[i] = b - a
	}
	slices.Sort(diffs)
	fmt.Printf("\ndiff in means (suburban - urban): point=%.2f 95%% CI [%.2f, %.2f]\n",
		mean(suburban)-mean(urban), percentile(diffs, 0.025), percentile(diffs, 0.975))

	// Text histogram of the bootstrap diffs.
	lo, hi := diffs[0], diffs[len(diffs)-1]
	bins := 8
	counts := make([]int, bins)
	for _, d := range diffs {
		k := int((d - lo) / (hi - lo) * float64(bins))
		counts[min(k, bins-1)]++
	}
	w := (hi - lo) / float64(bins)
	for i, c := range counts {
		fmt.Printf("  %6.2f..%6.2f %3d |%s\n", lo+w*float64(i), lo+w*float64(i+1), c, strings.Repeat("*", c/4))
	}

	// Effect of the outlier: trimmed mean (drop top/bottom 10%).
	s := slices.Clone(urban)
	slices.Sort(s)
	k := len(s) / 10
	fmt.Printf("\nurban mean=%.2f trimmed(10%%)=%.2f median=%.2f\n", mean(urban), mean(s[k:len(s)-k]), median(urban))
}
