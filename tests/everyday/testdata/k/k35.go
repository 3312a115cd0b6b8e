package main

import (
	"fmt"
	"math"
	"strings"
)

type Variant struct {
	Name        string
	Visitors    int
	Conversions int
	Revenue     float64
}

func (v Variant) Rate() float64 { return float64(v.Conversions) / float64(v.Visitors) }
func (v Variant) RPV() float64  { return v.Revenue / float64(v.Visitors) }

// normCDF uses the complementary error function for numerical stability.
func normCDF(z float64) float64 { return 0.5 * math.Erfc(-z/math.Sqrt2) }

type Result struct {
	Control, Treatment Variant
	Lift, Z, P         float64
	CILo, CIHi         float64
}

func (r Result) Significant(alpha float64) bool { return r.P < alpha }

func twoProportionTest(c, t Variant) Result {
	p1, p2 := c.Rate(), t.Rate()
	n1, n2 := float64(c.Visitors), float64(t.Visitors)
	pooled := float64(c.Conversions+t.Conversions) / (n1 + n2)
	se := math.Sqrt(pooled * (1 - pooled) * (1/n1 + 1/n2))
	z := (p2 - p1) / se
	p := 2 * (1 - normCDF(math.Abs(z)))
	seDiff := math.Sqrt(p1*(1-p1)/n1 + p2*(1-p2)/n2)
	return Result{
		Control: c, Treatment: t,
		Lift: (p2 - p1) / p1, Z: z, P: p,
		CILo: (p2 - p1) - 1.96*seDiff, CIHi: (p2 - p1) + 1.96*seDiff,
	}
}

// sampleSize returns visitors per arm needed to detect a relative lift mde
// at alpha=0.05 (two-sided) and 80% power.
func sampleSize(base, mde float64) int {
	const zAlpha, zBeta = 1.959964, 0.841621
	p2 := base * (1 + mde)
	pbar := (base + p2) / 2
	num := zAlpha*math.Sqrt(2*pbar*(1-pbar)) + zBeta*math.Sqrt(base*(1-base)+p2*(1-p2))
	return int(math.Ceil(num * num / ((p2 - base) * (p2 - base))))
}

func main() {
	experiments := map[string][2]Variant{
		"checkout-button": {
			{"control", 10412, 521, 31260.00},
			{"green", 10388, 598, 35880.50},
		},
		"pricing-copy": {
			{"control", 4820, 193, 9650.00},
			{"urgent", 4797, 201, 9447.00},
		},
		"free-shipping": {
			{"control", 25110, 1004, 70280.00},
			{"threshold", 25230, 1142, 75372.00},
		},
	}
	order := []string{"checkout-button", "pricing-copy", "free-shipping"}

	for _, name := range order {
		pair := experiments[name]
		r := twoProportionTest(pair[0], pair[1])
		fmt.Printf("== %s ==\n", name)
		for _, v := range pair {
			fmt.Printf("  %-10s n=%6d conv=%5d rate=%6.3f%% rpv=$%.3f\n", v.Name, v.Visitors, v.Conversions, 100*v.Rate(), v.RPV())
		}
		verdict := "not significant"
		if r.Significant(0.05) {
			verdict = "SIGNIFICANT at 5%"
		}
		fmt.Printf("  lift=%+.2f%% z=%.3f p=%.4f  95%% CI diff=[%+.3f, %+.3f] pp  -> %s\n",
			100*r.Lift, r.Z, r.P, 100*r.CILo, 100*r.CIHi, verdict)

		// Visualise the CI around zero on a -2pp..+2pp axis.
		const width = 41
		pos := func(x float64) int {
			i := int(math.Round((x*100 + 2) / 4 * (width - 1)))
			return max(0, min(width-1, i))
		}
		axis := []rune(strings.Repeat("─", width))
		for i := pos(r.CILo); i <= pos(r.CIHi); i++ {
			axis[i] = '━'
		}
		axis[pos(0)] = '┼'
		axis[pos(r.CILo+(r.CIHi-r.CILo)/2)] = '●'
		fmt.Printf("  -2pp %s +2pp\n\n", string(axis))
	}

	fmt.Println("Required visitors per arm (alpha=0.05, power=0.8):")
	for _, base := range []float64{0.02, 0.04, 0.05} {
		fmt.Printf("  base %4.1f%%:", base*100)
		for _, mde := range []float64{0.05, 0.10, 0.20} {
			fmt.Printf("  mde %2.0f%% -> %7d", mde*100, sampleSize(base, mde))
		}
		fmt.Println()
	}
}
