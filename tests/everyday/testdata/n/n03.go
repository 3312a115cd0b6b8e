// A/B test: two-proportion z-test, confidence intervals, and lift.
package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

type Variant struct {
	Name        string
	Visitors    int
	Conversions int
}

func (v Variant) Rate() float64 { return float64(v.Conversions) / float64(v.Visitors) }

// normCDF using math.Erf.
func normCDF(z float64) float64 { return 0.5 * (1 + math.Erf(z/math.Sqrt2)) }

// invNorm via bisection on normCDF (adequate for reporting).
func invNorm(p float64) float64 {
	lo, hi := -10.0, 10.0
	for i := 0; i < 100; i++ {
		mid := (lo + hi) / 2
		if normCDF(mid) < p {
			lo = mid
		} else {
			hi = mid
		}
	}
	return (lo + hi) / 2
}

func wilson(x, n int, z float64) (float64, float64) {
	p := float64(x) / float64(n)
	nn := float64(n)
	den := 1 + z*z/nn
	center := (p + z*z/(2*nn)) / den
	half := z * math.Sqrt(p*(1-p)/nn+z*z/(4*nn*nn)) / den
	return center - half, center + half
}

func simulate(r *rand.Rand, name string, n int, p float64) Variant {
	v := Variant{Name: name, Visitors: n}
	for i := 0; i < n; i++ {
		if r.Float64() < p {
			v.Conversions++
		}
	}
	return v
}

func main() {
	r := rand.New(rand.NewPCG(42, 7))
	a := simulate(r, "control", 12000, 0.041)
	b := simulate(r, "treatment", 11800, 0.047)
	fmt.Printf("%+v\n%+v\n\n", a, b)

	alpha := 0.05
	z := invNorm(1 - alpha/2)
	fmt.Printf("critical z (two-sided, alpha=%.2f): %.4f\n", alpha, z)
	for _, v := range []Variant{a, b} {
		lo, hi := wilson(v.Conversions, v.Visitors, z)
		fmt.Printf("%-10s rate=%.4f  95%% Wilson CI [%.4f, %.4f]\n", v.Name, v.Rate(), lo, hi)
	}

	pPool := float64(a.Conversions+b.Conversions) / float64(a.Visitors+b.Visitors)
	se := math.Sqrt(pPool * (1 - pPool) * (1/float64(a.Visitors) + 1/float64(b.Visitors)))
	diff := b.Rate() - a.Rate()
	zStat := diff / se
	pval := 2 * (1 - normCDF(math.Abs(zStat)))
	fmt.Printf("\npooled p=%.5f se=%.5f\n", pPool, se)
	fmt.Printf("diff=%.5f z=%.3f p-value=%.5f significant=%t\n", diff, zStat, pval, pval < alpha)

	seU := math.Sqrt(a.Rate()*(1-a.Rate())/float64(a.Visitors) + b.Rate()*(1-b.Rate())/float64(b.Visitors))
	fmt.Printf("diff 95%% CI (unpooled): [%.5f, %.5f]\n", diff-z*seU, diff+z*seU)
	lift := diff / a.Rate()
	fmt.Printf("relative lift: %+.2f%%\n", 100*lift)

	// Power for the observed effect and required sample size for 80% power.
	zBeta := invNorm(0.80)
	p1, p2 := a.Rate(), b.Rate()
	nReq := math.Pow(z*math.Sqrt(2*pPool*(1-pPool))+zBeta*math.Sqrt(p1*(1-p1)+p2*(1-p2)), 2) / math.Pow(p2-p1, 2)
	fmt.Printf("required n per arm for 80%% power: %.0f\n", math.Ceil(nReq))
	power := normCDF(math.Abs(diff)/seU - z)
	fmt.Printf("achieved power (approx): %.3f\n", power)

	// Sequential peeking: cumulative z every 2000 visitors shows volatility.
	fmt.Println("\npeeking simulation (fresh draws, same true rates):")
	r2 := rand.New(rand.NewPCG(3, 11))
	var ca, cb, na, nb int
	for step := 1; step <= 6; step++ {
		for i := 0; i < 2000; i++ {
			na++
			nb++
			if r2.Float64() < 0.041 {
				ca++
			}
			if r2.Float64() < 0.047 {
				cb++
			}
		}
		pa, pb := float64(ca)/float64(na), float64(cb)/float64(nb)
		pp := float64(ca+cb) / float64(na+nb)
		s := math.Sqrt(pp * (1 - pp) * (2 / float64(na)))
		zz := (pb - pa) / s
		fmt.Printf("  n=%5d  A=%.4f B=%.4f z=%6.3f p=%.4f\n", na, pa, pb, zz, 2*(1-normCDF(math.Abs(zz))))
	}
}
