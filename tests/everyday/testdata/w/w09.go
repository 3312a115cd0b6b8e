package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
)

type Stats struct {
	N                int
	Mean, Std        float64
	Min, Max, Median float64
	P10, P90, P99    float64
}

func percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return math.NaN()
	}
	rank := p / 100 * float64(len(sorted)-1)
	lo := int(math.Floor(rank))
	hi := int(math.Ceil(rank))
	frac := rank - float64(lo)
	return sorted[lo] + (sorted[hi]-sorted[lo])*frac
}

func Describe(xs []float64) Stats {
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
	return Stats{
		N: len(s), Mean: mean, Std: math.Sqrt(ss / float64(len(s)-1)),
		Min: s[0], Max: s[len(s)-1], Median: percentile(s, 50),
		P10: percentile(s, 10), P90: percentile(s, 90), P99: percentile(s, 99),
	}
}

func histogram(xs []float64, lo, hi float64, bins int) []int {
	counts := make([]int, bins)
	width := (hi - lo) / float64(bins)
	for _, x := range xs {
		i := int((x - lo) / width)
		if i < 0 {
			i = 0
		} else if i >= bins {
			i = bins - 1
		}
		counts[i]++
	}
	return counts
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	samples := make([]float64, 500)
	for i := range samples {
		samples[i] = 50 + 10*r.NormFloat64()
	}
	st := Describe(samples)
	fmt.Printf("%+v\n", Stats{N: st.N})
	fmt.Printf("n=%d mean=%.3f std=%.3f\n", st.N, st.Mean, st.Std)
	fmt.Printf("min=%.3f p10=%.3f median=%.3f p90=%.3f p99=%.3f max=%.3f\n",
		st.Min, st.P10, st.Median, st.P90, st.P99, st.Max)

	counts := histogram(samples, 20, 80, 12)
	peak := slices.Max(counts)
	for i, c := range counts {
		lo := 20 + float64(i)*5
		bar := strings.Repeat("#", c*40/peak)
		fmt.Printf("[%5.1f,%5.1f) %3d %s\n", lo, lo+5, c, bar)
	}

	ints := make([]int, 10)
	for i := range ints {
		ints[i] = r.IntN(100)
	}
	fmt.Println("ints:", ints, "perm:", r.Perm(6))

	small := []float64{2, 4, 4, 4, 5, 5, 7, 9}
	s2 := Describe(small)
	fmt.Printf("small: mean=%g median=%g std=%.4f p25=%g\n", s2.Mean, s2.Median, s2.Std, percentile(small, 25))
	z := make([]string, len(small))
	for i, x := range small {
		z[i] = fmt.Sprintf("%+.2f", (x-s2.Mean)/s2.Std)
	}
	fmt.Println("z-scores:", strings.Join(z, " "))
	fmt.Println(math.IsNaN(percentile(nil, 50)), math.Inf(1) > st.Max, -math.Inf(1))
}
