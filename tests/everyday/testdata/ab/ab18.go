package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
)

type Visitor struct {
	ID        int
	Variant   string
	Platform  string
	Converted bool
	Revenue   float64
}

type ArmStats struct {
	N, Conv int
	Revenue float64
}

func (a ArmStats) Rate() float64 { return float64(a.Conv) / float64(a.N) }

func (a ArmStats) ARPU() float64 { return a.Revenue / float64(a.N) }

// simulate a small experiment: B has a slightly higher conversion rate.
func simulate(n int) []Visitor {
	rng := rand.New(rand.NewPCG(1, 2))
	platforms := []string{"android", "ios", "web"}
	rates := map[string]float64{"A": 0.10, "B": 0.13}
	out := make([]Visitor, 0, n)
	for i := 0; i < n; i++ {
		v := Visitor{ID: i + 1, Platform: platforms[rng.IntN(3)]}
		v.Variant = "A"
		if rng.Float64() < 0.5 {
			v.Variant = "B"
		}
		if rng.Float64() < rates[v.Variant] {
			v.Converted = true
			v.Revenue = math.Round((20+rng.ExpFloat64()*15)*100) / 100
		}
		out = append(out, v)
	}
	return out
}

// normCDF via the error function.
func normCDF(z float64) float64 { return 0.5 * (1 + math.Erf(z/math.Sqrt2)) }

// TwoPropZ returns z statistic and two-sided p-value for difference in proportions.
func TwoPropZ(a, b ArmStats) (float64, float64) {
	p := float64(a.Conv+b.Conv) / float64(a.N+b.N)
	se := math.Sqrt(p * (1 - p) * (1/float64(a.N) + 1/float64(b.N)))
	z := (b.Rate() - a.Rate()) / se
	return z, 2 * (1 - normCDF(math.Abs(z)))
}

func summarize(vs []Visitor, key func(Visitor) string) map[string]map[string]*ArmStats {
	out := map[string]map[string]*ArmStats{}
	for _, v := range vs {
		k := key(v)
		if out[k] == nil {
			out[k] = map[string]*ArmStats{"A": {}, "B": {}}
		}
		s := out[k][v.Variant]
		s.N++
		if v.Converted {
			s.Conv++
			s.Revenue += v.Revenue
		}
	}
	return out
}

func report(label string, a, b ArmStats) {
	z, p := TwoPropZ(a, b)
	lift := (b.Rate() - a.Rate()) / a.Rate() * 100
	sig := "not significant"
	if p < 0.05 {
		sig = "SIGNIFICANT"
	}
	fmt.Printf("%-8s A: %4d/%4d = %5.2f%%  B: %4d/%4d = %5.2f%%  lift=%+6.1f%%  z=%+.3f p=%.4f %s\n",
		label, a.Conv, a.N, 100*a.Rate(), b.Conv, b.N, 100*b.Rate(), lift, z, p, sig)
}

func main() {
	vs := simulate(600)
	overall := summarize(vs, func(Visitor) string { return "all" })["all"]
	a, b := *overall["A"], *overall["B"]
	fmt.Println("A/B test: checkout button color")
	fmt.Println()
	report("overall", a, b)
	fmt.Printf("ARPU     A: %.3f  B: %.3f  diff=%+.3f\n", a.ARPU(), b.ARPU(), b.ARPU()-a.ARPU())

	// 95% CI for difference in rates (unpooled SE)
	d := b.Rate() - a.Rate()
	se := math.Sqrt(a.Rate()*(1-a.Rate())/float64(a.N) + b.Rate()*(1-b.Rate())/float64(b.N))
	fmt.Printf("diff in rate: %+.2f pp, 95%% CI [%+.2f, %+.2f] pp\n\n", 100*d, 100*(d-1.96*se), 100*(d+1.96*se))

	fmt.Println("by platform:")
	byPlat := summarize(vs, func(v Visitor) string { return v.Platform })
	plats := make([]string, 0, len(byPlat))
	for p := range byPlat {
		plats = append(plats, p)
	}
	sort.Strings(plats)
	for _, p := range plats {
		report(p, *byPlat[p]["A"], *byPlat[p]["B"])
	}

	// sample ratio mismatch check (chi-square, 1 df)
	exp := float64(a.N+b.N) / 2
	chi := math.Pow(float64(a.N)-exp, 2)/exp + math.Pow(float64(b.N)-exp, 2)/exp
	pSRM := 2 * (1 - normCDF(math.Sqrt(chi)))
	fmt.Printf("\nSRM check: chi2=%.3f p=%.4f (split %d/%d)\n", chi, pSRM, a.N, b.N)

	// required sample size per arm for 80% power at current baseline and observed lift
	pa, pb := a.Rate(), b.Rate()
	pbar := (pa + pb) / 2
	n := math.Pow(1.96*math.Sqrt(2*pbar*(1-pbar))+0.8416*math.Sqrt(pa*(1-pa)+pb*(1-pb)), 2) / math.Pow(pb-pa, 2)
	fmt.Printf("n per arm for 80%% power: %.0f\n", math.Ceil(n))
}
