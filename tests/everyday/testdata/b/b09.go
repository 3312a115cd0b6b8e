package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

type Estimate struct {
	Value  float64
	StdErr float64
	N      int
}

func (e Estimate) CI95() (float64, float64) {
	return e.Value - 1.96*e.StdErr, e.Value + 1.96*e.StdErr
}

func (e Estimate) String() string {
	lo, hi := e.CI95()
	return fmt.Sprintf("%.5f +/- %.5f  [%.5f, %.5f]  n=%d", e.Value, e.StdErr, lo, hi, e.N)
}

// meanEstimate draws n samples from sample and returns the mean with its standard error.
func meanEstimate(n int, sample func() float64) Estimate {
	var sum, sumSq float64
	for i := 0; i < n; i++ {
		x := sample()
		sum += x
		sumSq += x * x
	}
	m := sum / float64(n)
	v := (sumSq/float64(n) - m*m) * float64(n) / float64(n-1)
	return Estimate{m, math.Sqrt(v / float64(n)), n}
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))

	fmt.Println("Estimating pi by dart throwing:")
	for _, n := range []int{100, 1000, 10000, 100000} {
		e := meanEstimate(n, func() float64 {
			x, y := rng.Float64(), rng.Float64()
			if x*x+y*y <= 1 {
				return 4
			}
			return 0
		})
		fmt.Printf("  %v  |err|=%.5f\n", e, math.Abs(e.Value-math.Pi))
	}

	fmt.Println("\nIntegral of exp(-x^2) on [0,1] (exact 0.746824):")
	f := func(x float64) float64 { return math.Exp(-x * x) }
	plain := meanEstimate(20000, func() float64 { return f(rng.Float64()) })
	fmt.Println("  plain:      ", plain)
	anti := meanEstimate(10000, func() float64 {
		u := rng.Float64()
		return (f(u) + f(1-u)) / 2
	})
	fmt.Println("  antithetic: ", anti)
	// importance sampling with a linear density that roughly follows the integrand
	imp := meanEstimate(20000, func() float64 {
		// inverse CDF of g(x) = (4/3)(1 - x/2) on [0,1]
		u := rng.Float64()
		x := 2 - math.Sqrt(4-3*u)
		g := (4.0 / 3.0) * (1 - x/2)
		return f(x) / g
	})
	fmt.Println("  importance: ", imp)

	fmt.Println("\nBirthday paradox (P at least two share a birthday):")
	for _, people := range []int{10, 20, 23, 30, 40, 50} {
		trials := 5000
		hits := 0
		for t := 0; t < trials; t++ {
			var seen [365]bool
			for p := 0; p < people; p++ {
				d := rng.IntN(365)
				if seen[d] {
					hits++
					break
				}
				seen[d] = true
			}
		}
		exact := 1.0
		for i := 0; i < people; i++ {
			exact *= float64(365-i) / 365
		}
		fmt.Printf("  %2d people: simulated %.4f  exact %.4f\n", people, float64(hits)/float64(trials), 1-exact)
	}

	fmt.Println("\nBuffon's needle (l=0.8, d=1):")
	const l, d = 0.8, 1.0
	crosses, drops := 0, 50000
	for i := 0; i < drops; i++ {
		y := rng.Float64() * d / 2
		theta := rng.Float64() * math.Pi / 2
		if y <= l/2*math.Sin(theta) {
			crosses++
		}
	}
	p := float64(crosses) / float64(drops)
	fmt.Printf("  crossing prob %.5f (theory %.5f), pi ~ %.5f\n", p, 2*l/(math.Pi*d), 2*l/(p*d))
}
