// Monte Carlo simulations with a seeded PCG: pi estimation, random walks, dice statistics.
package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

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

type walkStats struct {
	meanDist, meanMaxAbs float64
	returnedToOrigin     int
}

func randomWalks(r *rand.Rand, walks, steps int) walkStats {
	var s walkStats
	for range walks {
		pos, maxAbs, returned := 0, 0, false
		for range steps {
			if r.IntN(2) == 0 {
				pos--
			} else {
				pos++
			}
			maxAbs = max(maxAbs, abs(pos))
			if pos == 0 {
				returned = true
			}
		}
		s.meanDist += float64(abs(pos))
		s.meanMaxAbs += float64(maxAbs)
		if returned {
			s.returnedToOrigin++
		}
	}
	s.meanDist /= float64(walks)
	s.meanMaxAbs /= float64(walks)
	return s
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{100, 10_000, 1_000_000} {
		est := estimatePi(r, n)
		fmt.Printf("pi estimate n=%-8d %.6f  error=%.6f\n", n, est, math.Abs(est-math.Pi))
	}

	s := randomWalks(r, 2000, 400)
	fmt.Printf("random walk 400 steps: mean |end|=%.2f (theory %.2f), mean max=%.2f, returned=%.1f%%\n",
		s.meanDist, math.Sqrt(2*400/math.Pi), s.meanMaxAbs, 100*float64(s.returnedToOrigin)/2000)

	// Sum of two dice: histogram of 36000 rolls.
	var counts [13]int
	const rolls = 36000
	for range rolls {
		counts[1+r.IntN(6)+1+r.IntN(6)]++
	}
	fmt.Println("two-dice histogram (each # ~ 200 rolls):")
	chi2 := 0.0
	for sum := 2; sum <= 12; sum++ {
		ways := 6 - abs(sum-7)
		expected := float64(rolls) * float64(ways) / 36
		chi2 += math.Pow(float64(counts[sum])-expected, 2) / expected
		fmt.Printf("  %2d %5d %s\n", sum, counts[sum], strings.Repeat("#", counts[sum]/200))
	}
	fmt.Printf("chi-square (10 dof) = %.3f\n", chi2)

	// Reproducibility: same seed => same sequence.
	a := rand.New(rand.NewPCG(42, 7))
	b := rand.New(rand.NewPCG(42, 7))
	same := true
	for range 1000 {
		if a.Uint64() != b.Uint64() {
			same = false
		}
	}
	fmt.Println("same seed reproduces sequence:", same)
	perm := rand.New(rand.NewPCG(3, 4)).Perm(10)
	fmt.Println("seeded permutation:", perm)
	norm := rand.New(rand.NewPCG(5, 6))
	var sum, sumSq float64
	for range 50000 {
		x := norm.NormFloat64()*2 + 10
		sum += x
		sumSq += x * x
	}
	m := sum / 50000
	fmt.Printf("normal(10, 2) sample: mean=%.3f std=%.3f\n", m, math.Sqrt(sumSq/50000-m*m))
}
