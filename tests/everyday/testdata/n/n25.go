// Bootstrap confidence intervals for median and mean order value with a seeded PCG.
package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
)

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
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func trimmedMean(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	k := len(s) / 10
	return mean(s[k : len(s)-k])
}

func pct(sorted []float64, p float64) float64 {
	i := p * float64(len(sorted)-1)
	lo := int(math.Floor(i))
	hi := min(lo+1, len(sorted)-1)
	return sorted[lo] + (i-float64(lo))*(sorted[hi]-sorted[lo])
}

func bootstrap(r *rand.Rand, xs []float64, f Stat, b int) []float64 {
	out := make([]float64, b)
	buf := make([]float64, len(xs))
	for i := range out {
		for j := range buf {
			buf[j] = xs[r.IntN(len(xs))]
		}
		out[i] = f(buf)
	}
	slices.Sort(out)
	return out
}

func main() {
	gen := rand.New(rand.NewPCG(1, 2))
	var orders []float64
	for i := 0; i < 150; i++ {
		v := math.Exp(3.5 + 0.7*gen.NormFloat64())
		orders = append(orders, math.Round(v*100)/100)
	}
	fmt.Printf("n=%d first five=%.2f\n", len(orders), orders[:5])

	stats := []struct {
		Name string
		F    Stat
	}{{"mean", mean}, {"median", median}, {"trimmed10", trimmedMean}}
	const B = 2000
	boot := rand.New(rand.NewPCG(2024, 9))
	fmt.Printf("\n%-10s %9s %9s %9s %20s\n", "stat", "estimate", "boot_se", "bias", "95% percentile CI")
	for _, s := range stats {
		est := s.F(orders)
		dist := bootstrap(boot, orders, s.F, B)
		m := mean(dist)
		var ss float64
		for _, d := range dist {
			ss += (d - m) * (d - m)
		}
		se := math.Sqrt(ss / float64(B-1))
		fmt.Printf("%-10s %9.3f %9.3f %+9.3f   [%7.3f, %7.3f]\n", s.Name, est, se, m-est, pct(dist, 0.025), pct(dist, 0.975))
	}

	// Two-sample bootstrap: difference in medians between weekday and weekend orders.
	var wk, we []float64
	for i, o := range orders {
		if i%7 >= 5 {
			we = append(we, o*1.15)
		} else {
			wk = append(wk, o)
		}
	}
	diffs := make([]float64, B)
	for i := range diffs {
		a := make([]float64, len(we))
		b := make([]float64, len(wk))
		for j := range a {
			a[j] = we[boot.IntN(len(we))]
		}
		for j := range b {
			b[j] = wk[boot.IntN(len(wk))]
		}
		diffs[i] = median(a) - median(b)
	}
	slices.Sort(diffs)
	pos := 0
	for _, d := range diffs {
		if d > 0 {
			pos++
		}
	}
	fmt.Printf("\nweekend n=%d median=%.2f | weekday n=%d median=%.2f\n", len(we), median(we), len(wk), median(wk))
	fmt.Printf("median diff 95%% CI: [%.3f, %.3f], P(diff>0)=%.3f\n", pct(diffs, 0.025), pct(diffs, 0.975), float64(pos)/B)

	// Histogram of bootstrap medians.
	med := bootstrap(rand.New(rand.NewPCG(7, 7)), orders, median, B)
	lo, hi := med[0], med[len(med)-1]
	bins := make([]int, 10)
	for _, v := range med {
		k := int(float64(len(bins)) * (v - lo) / (hi - lo))
		bins[min(k, len(bins)-1)]++
	}
	fmt.Println("\nbootstrap median distribution:")
	peak := slices.Max(bins)
	for i, c := range bins {
		l := lo + float64(i)*(hi-lo)/10
		line := fmt.Sprintf("  %6.2f %4d %s", l, c, strings.Repeat("#", 50*c/peak))
		fmt.Println(strings.TrimRight(line, " "))
	}
}
