package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// Monte Carlo estimates with a seeded PCG generator.

func estimatePi(r *rand.Rand, n int) float64 {
	inside := 0
	for range n {
		x, y := r.Float64(), r.Float64()
		if x*x+y*y <= 1 {
			inside++
		}
	}
	return 4 * float64(inside) / float64(n)
}

func mcIntegral(r *rand.Rand, f func(float64) float64, a, b float64, n int) (mean, stderr float64) {
	var s, s2 float64
	for range n {
		v := f(a + (b-a)*r.Float64())
		s += v
		s2 += v * v
	}
	m := s / float64(n)
	v := s2/float64(n) - m*m
	return (b - a) * m, (b - a) * math.Sqrt(v/float64(n))
}

func birthday(r *rand.Rand, people, trials int) float64 {
	hits := 0
	for range trials {
		var seen [365]bool
		for range people {
			d := r.IntN(365)
			if seen[d] {
				hits++
				break
			}
			seen[d] = true
		}
	}
	return float64(hits) / float64(trials)
}

func main() {
	r := rand.New(rand.NewPCG(11, 13))
	fmt.Println("Pi estimates:")
	for _, n := range []int{100, 1000, 10000, 100000} {
		p := estimatePi(r, n)
		fmt.Printf("  n=%7d pi~%.5f err=%.5f\n", n, p, math.Abs(p-math.Pi))
	}

	m, se := mcIntegral(r, func(x float64) float64 { return math.Exp(-x * x) }, 0, 2, 50000)
	exact := math.Sqrt(math.Pi) / 2 * math.Erf(2)
	fmt.Printf("\nint_0^2 exp(-x^2): MC=%.5f +- %.5f exact=%.5f\n", m, se, exact)

	fmt.Println("\nBirthday paradox:")
	for _, k := range []int{10, 20, 23, 30, 50} {
		p := birthday(r, k, 5000)
		q := 1.0
		for i := range k {
			q *= float64(365-i) / 365
		}
		fmt.Printf("  k=%2d simulated=%.4f exact=%.4f\n", k, p, 1-q)
	}

	// Dice sums
	counts := make([]int, 13)
	for range 36000 {
		counts[r.IntN(6)+1+r.IntN(6)+1]++
	}
	fmt.Println("\nTwo-dice sums (36000 rolls):")
	for s := 2; s <= 12; s++ {
		expected := float64(6-abs(s-7)) * 1000
		fmt.Printf("  %2d %5d (exp %5.0f)\n", s, counts[s], expected)
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
