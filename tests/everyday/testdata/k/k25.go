package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
)

type Sample []float64

func (s Sample) Mean() float64 {
	var t float64
	for _, x := range s {
		t += x
	}
	return t / float64(len(s))
}

func (s Sample) Median() float64 {
	c := slices.Clone(s)
	slices.Sort(c)
	n := len(c)
	if n%2 == 1 {
		return c[n/2]
	}
	return (c[n/2-1] + c[n/2]) / 2
}

func (s Sample) StdDev() float64 {
	m := s.Mean()
	var ss float64
	for _, x := range s {
		ss += (x - m) * (x - m)
	}
	return math.Sqrt(ss / float64(len(s)-1))
}

type Interval struct{ Lo, Hi float64 }

func (iv Interval) String() string { return fmt.Sprintf("[%.2f, %.2f]", iv.Lo, iv.Hi) }

// bootstrap resamples with replacement and returns the percentile CI of stat.
func bootstrap(rng *rand.Rand, s Sample, stat func(Sample) float64, reps int, level float64) (Interval, []float64) {
	boot := make([]float64, reps)
	buf := make(Sample, len(s))
	for i := range reps {
		for j := range buf {
			buf[j] = s[rng.IntN(len(s))]
		}
		boot[i] = stat(buf)
	}
	slices.Sort(boot)
	alpha := (1 - level) / 2
	lo := boot[int(alpha*float64(reps))]
	hi := boot[int((1-alpha)*float64(reps))-1]
	return Interval{lo, hi}, boot
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))

	// Basket sizes in dollars: mostly modest, a few big spenders.
	var baskets Sample
	for range 60 {
		v := 20 + rng.ExpFloat64()*35
		baskets = append(baskets, math.Round(v*100)/100)
	}
	fmt.Printf("n=%d mean=%.2f median=%.2f sd=%.2f\n", len(baskets), baskets.Mean(), baskets.Median(), baskets.StdDev())
	fmt.Printf("first ten: %v\n\n", baskets[:10])

	se := baskets.StdDev() / math.Sqrt(float64(len(baskets)))
	normal := Interval{baskets.Mean() - 1.96*se, baskets.Mean() + 1.96*se}
	fmt.Println("95% CI for the mean:")
	fmt.Println("  normal approx :", normal)

	ciMean, dist := bootstrap(rng, baskets, Sample.Mean, 2000, 0.95)
	fmt.Println("  bootstrap     :", ciMean)
	ciMed, _ := bootstrap(rng, baskets, Sample.Median, 2000, 0.95)
	fmt.Println("95% CI for the median:")
	fmt.Println("  bootstrap     :", ciMed)

	// Histogram of bootstrap distribution of the mean.
	const bins = 12
	lo, hi := dist[0], dist[len(dist)-1]
	width := (hi - lo) / bins
	counts := make([]int, bins)
	for _, v := range dist {
		i := min(int((v-lo)/width), bins-1)
		counts[i]++
	}
	peak := slices.Max(counts)
	fmt.Println("\nbootstrap distribution of the mean:")
	for i, c := range counts {
		fmt.Printf("  %6.2f | %-40s %d\n", lo+float64(i)*width, strings.Repeat("#", c*40/peak), c)
	}

	// Shuffle-based permutation: are weekend baskets bigger?
	weekend, weekday := baskets[:20], baskets[20:]
	observed := weekend.Mean() - weekday.Mean()
	pooled := slices.Clone(baskets)
	extreme := 0
	const perms = 2000
	for range perms {
		rng.Shuffle(len(pooled), func(i, j int) { pooled[i], pooled[j] = pooled[j], pooled[i] })
		if d := Sample(pooled[:20]).Mean() - Sample(pooled[20:]).Mean(); math.Abs(d) >= math.Abs(observed) {
			extreme++
		}
	}
	fmt.Printf("\nweekend-weekday diff=%+.2f permutation p=%.3f\n", observed, float64(extreme)/perms)
}
