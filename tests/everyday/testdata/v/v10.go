package main

import (
	"fmt"
	"math"
)

type Variant struct {
	Name        string
	Visitors    int
	Conversions int
}

func (v Variant) Rate() float64 { return float64(v.Conversions) / float64(v.Visitors) }

type TestResult struct {
	Lift     float64
	Z        float64
	PValue   float64
	CILow    float64
	CIHigh   float64
	Signif   bool
	Required int
}

func normCDF(z float64) float64 { return 0.5 * math.Erfc(-z/math.Sqrt2) }

func twoProportionZ(a, b Variant, alpha float64) TestResult {
	pa, pb := a.Rate(), b.Rate()
	pooled := float64(a.Conversions+b.Conversions) / float64(a.Visitors+b.Visitors)
	se := math.Sqrt(pooled * (1 - pooled) * (1/float64(a.Visitors) + 1/float64(b.Visitors)))
	z := (pb - pa) / se
	p := 2 * (1 - normCDF(math.Abs(z)))
	seDiff := math.Sqrt(pa*(1-pa)/float64(a.Visitors) + pb*(1-pb)/float64(b.Visitors))
	zc := 1.959963984540054
	return TestResult{
		Lift:   (pb - pa) / pa,
		Z:      z,
		PValue: p,
		CILow:  (pb - pa) - zc*seDiff,
		CIHigh: (pb - pa) + zc*seDiff,
		Signif: p < alpha,
	}
}

// sampleSize per arm to detect an absolute effect with 80% power at alpha 0.05.
func sampleSize(base, mde float64) int {
	za, zb := 1.959963984540054, 0.8416212335729143
	p2 := base + mde
	pbar := (base + p2) / 2
	num := za*math.Sqrt(2*pbar*(1-pbar)) + zb*math.Sqrt(base*(1-base)+p2*(1-p2))
	return int(math.Ceil(num * num / (mde * mde)))
}

func main() {
	tests := []struct {
		Name    string
		Control Variant
		Treat   Variant
	}{
		{"checkout-button", Variant{"control", 10000, 420}, Variant{"green", 10050, 495}},
		{"pricing-page", Variant{"control", 2400, 96}, Variant{"annual-first", 2380, 101}},
		{"onboarding", Variant{"control", 5000, 1250}, Variant{"wizard", 5000, 1180}},
	}
	for _, t := range tests {
		r := twoProportionZ(t.Control, t.Treat, 0.05)
		r.Required = sampleSize(t.Control.Rate(), math.Abs(t.Treat.Rate()-t.Control.Rate()))
		fmt.Printf("== %s\n", t.Name)
		fmt.Printf("  %-12s %6d visitors %5d conv  rate=%6.3f%%\n", t.Control.Name, t.Control.Visitors, t.Control.Conversions, t.Control.Rate()*100)
		fmt.Printf("  %-12s %6d visitors %5d conv  rate=%6.3f%%\n", t.Treat.Name, t.Treat.Visitors, t.Treat.Conversions, t.Treat.Rate()*100)
		fmt.Printf("  lift=%+.2f%% z=%.3f p=%.4f 95%%CI=[%+.4f, %+.4f] significant=%v\n",
			r.Lift*100, r.Z, r.PValue, r.CILow, r.CIHigh, r.Signif)
		fmt.Printf("  n/arm to detect this effect: %d\n", r.Required)
	}

	// Bayesian-ish: Beta posterior means and approx P(B > A) via normal approx
	a, b := tests[0].Control, tests[0].Treat
	alphaA, betaA := float64(1+a.Conversions), float64(1+a.Visitors-a.Conversions)
	alphaB, betaB := float64(1+b.Conversions), float64(1+b.Visitors-b.Conversions)
	meanA := alphaA / (alphaA + betaA)
	meanB := alphaB / (alphaB + betaB)
	varA := alphaA * betaA / (math.Pow(alphaA+betaA, 2) * (alphaA + betaA + 1))
	varB := alphaB * betaB / (math.Pow(alphaB+betaB, 2) * (alphaB + betaB + 1))
	prob := normCDF((meanB - meanA) / math.Sqrt(varA+varB))
	fmt.Printf("posterior means: A=%.5f B=%.5f P(B>A)≈%.4f\n", meanA, meanB, prob)

	fmt.Println("sample size table (base=5%):")
	for _, mde := range []float64{0.005, 0.01, 0.02} {
		fmt.Printf("  mde=%4.1f%% -> %6d per arm\n", mde*100, sampleSize(0.05, mde))
	}
	fmt.Printf("%v\n", twoProportionZ(tests[1].Control, tests[1].Treat, 0.05).Signif)
}
