package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
)

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

func meanStd(xs []float64) (float64, float64) {
	var s float64
	for _, x := range xs {
		s += x
	}
	m := s / float64(len(xs))
	var v float64
	for _, x := range xs {
		v += (x - m) * (x - m)
	}
	return m, math.Sqrt(v / float64(len(xs)))
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	fmt.Println("ints:", rng.IntN(100), rng.IntN(100), rng.IntN(100))
	fmt.Printf("float: %.6f\n", rng.Float64())

	samples := make([]float64, 2000)
	for i := range samples {
		samples[i] = rng.NormFloat64()*15 + 100
	}
	m, s := meanStd(samples)
	fmt.Printf("mean=%.3f std=%.3f\n", m, s)

	sorted := slices.Clone(samples)
	slices.Sort(sorted)
	for _, p := range []float64{0, 5, 25, 50, 75, 95, 100} {
		fmt.Printf("p%-3v %8.3f\n", p, percentile(sorted, p))
	}

	// histogram
	bins := make([]int, 8)
	lo, width := 60.0, 10.0
	for _, x := range samples {
		b := int((x - lo) / width)
		b = max(0, min(b, len(bins)-1))
		bins[b]++
	}
	for i, c := range bins {
		fmt.Printf("[%5.0f,%5.0f) %4d %s\n", lo+float64(i)*width, lo+float64(i+1)*width, c, strings.Repeat("#", c/20))
	}

	// shuffle & permutation
	deck := []string{"A", "K", "Q", "J", "10", "9"}
	rng.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println("shuffled:", deck)
	fmt.Println("perm:", rng.Perm(6))

	// bootstrap mean CI
	small := samples[:50]
	var means []float64
	for range 500 {
		var sum float64
		for range len(small) {
			sum += small[rng.IntN(len(small))]
		}
		means = append(means, sum/float64(len(small)))
	}
	slices.Sort(means)
	fmt.Printf("bootstrap 95%% CI: [%.2f, %.2f]\n", percentile(means, 2.5), percentile(means, 97.5))

	// monte carlo pi
	inside := 0
	const n = 100000
	for range n {
		x, y := rng.Float64(), rng.Float64()
		if x*x+y*y <= 1 {
			inside++
		}
	}
	fmt.Printf("pi ~ %.4f\n", 4*float64(inside)/n)

	r2 := rand.New(rand.NewPCG(1, 2))
	fmt.Println("replay:", r2.IntN(100), r2.Uint64()%1000, r2.Int64N(1<<40), r2.ExpFloat64() > 0)
}
