package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
)

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func bootstrap(r *rand.Rand, xs []float64, iters int, stat func([]float64) float64) []float64 {
	out := make([]float64, iters)
	buf := make([]float64, len(xs))
	for i := range iters {
		for j := range buf {
			buf[j] = xs[r.IntN(len(xs))]
		}
		out[i] = stat(buf)
	}
	slices.Sort(out)
	return out
}

func main() {
	r := rand.New(rand.NewPCG(7, 9))

	// order values from a small pilot
	orders := []float64{23.5, 41.0, 18.2, 95.0, 33.3, 27.8, 61.4, 12.9, 48.0, 36.6, 29.9, 150.0, 22.1, 44.4, 31.7}
	fmt.Printf("n=%d mean=%.3f\n", len(orders), mean(orders))

	boots := bootstrap(r, orders, 2000, mean)
	lo, hi := boots[int(0.025*float64(len(boots)))], boots[int(0.975*float64(len(boots)))]
	fmt.Printf("bootstrap 95%% CI for mean: [%.3f, %.3f] width=%.3f\n", lo, hi, hi-lo)

	med := func(xs []float64) float64 {
		s := slices.Clone(xs)
		slices.Sort(s)
		return s[len(s)/2]
	}
	mb := bootstrap(r, orders, 2000, med)
	fmt.Printf("bootstrap 95%% CI for median: [%.2f, %.2f]\n", mb[50], mb[1949])

	// simulate daily demand ~ Normal(100, 15) and a stockout policy
	stock := 110.0
	days := 365
	stockouts := 0
	var lost float64
	demand := make([]float64, days)
	for i := range days {
		d := math.Max(0, r.NormFloat64()*15+100)
		demand[i] = d
		if d > stock {
			stockouts++
			lost += d - stock
		}
	}
	fmt.Printf("stockout days=%d (%.1f%%) lost units=%.1f mean demand=%.2f\n",
		stockouts, 100*float64(stockouts)/float64(days), lost, mean(demand))

	// histogram of simulated demand
	bins := make([]int, 8)
	for _, d := range demand {
		b := int((d - 60) / 10)
		b = max(0, min(b, len(bins)-1))
		bins[b]++
	}
	for i, c := range bins {
		fmt.Printf("%3d-%-3d %-40s %d\n", 60+i*10, 70+i*10, strings.Repeat("o", c/3), c)
	}

	// shuffle-based permutation test between two groups
	a := []float64{12, 15, 14, 10, 13, 16, 11}
	b := []float64{17, 14, 19, 18, 16, 20, 15}
	observed := mean(b) - mean(a)
	pooled := slices.Concat(a, b)
	extreme := 0
	const perms = 3000
	for range perms {
		r.Shuffle(len(pooled), func(i, j int) { pooled[i], pooled[j] = pooled[j], pooled[i] })
		if d := mean(pooled[len(a):]) - mean(pooled[:len(a)]); d >= observed {
			extreme++
		}
	}
	fmt.Printf("observed diff=%.3f permutation p=%.4f\n", observed, float64(extreme)/perms)

	picks := make([]int, 6)
	for i := range picks {
		picks[i] = r.IntN(100)
	}
	fmt.Println("sample ids:", picks, "perm:", r.Perm(5))
}
