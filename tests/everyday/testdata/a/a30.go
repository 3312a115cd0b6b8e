// Simulate an A/B test with a seeded PCG generator and evaluate it with a two-proportion z-test.
package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
)

type Variant struct {
	Name     string
	TrueRate float64
	Visitors int
	Converts int
	Revenue  float64
}

func (v Variant) Rate() float64 { return float64(v.Converts) / float64(v.Visitors) }

func zTest(a, b Variant) (z, p float64) {
	pool := float64(a.Converts+b.Converts) / float64(a.Visitors+b.Visitors)
	se := math.Sqrt(pool * (1 - pool) * (1/float64(a.Visitors) + 1/float64(b.Visitors)))
	z = (b.Rate() - a.Rate()) / se
	p = math.Erfc(math.Abs(z) / math.Sqrt2) // two-sided
	return z, p
}

func wilson(k, n int, z float64) (lo, hi float64) {
	p := float64(k) / float64(n)
	nf := float64(n)
	den := 1 + z*z/nf
	centre := (p + z*z/(2*nf)) / den
	half := z * math.Sqrt(p*(1-p)/nf+z*z/(4*nf*nf)) / den
	return centre - half, centre + half
}

func simulate(r *rand.Rand, vs []*Variant, visitors int) {
	for i := 0; i < visitors; i++ {
		v := vs[r.IntN(len(vs))]
		v.Visitors++
		if r.Float64() < v.TrueRate {
			v.Converts++
			v.Revenue += 20 + r.ExpFloat64()*15
		}
	}
}

func main() {
	seeds := [][2]uint64{{1, 2}, {7, 7}, {2024, 5}}
	for _, seed := range seeds {
		r := rand.New(rand.NewPCG(seed[0], seed[1]))
		control := &Variant{Name: "control", TrueRate: 0.040}
		treat := &Variant{Name: "new-checkout", TrueRate: 0.047}
		simulate(r, []*Variant{control, treat}, 20000)

		fmt.Printf("seed %v\n", seed)
		for _, v := range []*Variant{control, treat} {
			lo, hi := wilson(v.Converts, v.Visitors, 1.96)
			fmt.Printf("  %-13s n=%5d conv=%4d rate=%.4f 95%%CI=[%.4f, %.4f] rev/visitor=%.3f\n",
				v.Name, v.Visitors, v.Converts, v.Rate(), lo, hi, v.Revenue/float64(v.Visitors))
		}
		z, p := zTest(*control, *treat)
		lift := (treat.Rate() - control.Rate()) / control.Rate() * 100
		verdict := "not significant"
		if p < 0.05 {
			verdict = "significant at 5%"
		}
		fmt.Printf("  lift=%+.2f%% z=%.3f p=%.4f -> %s\n\n", lift, z, p, verdict)
	}

	// Bootstrap the lift for one fixed dataset.
	r := rand.New(rand.NewPCG(99, 100))
	outcomes := func(conv, n int) []bool {
		o := make([]bool, n)
		for i := 0; i < conv; i++ {
			o[i] = true
		}
		return o
	}
	a, b := outcomes(80, 2000), outcomes(104, 2000)
	resample := func(xs []bool) float64 {
		c := 0
		for range xs {
			if xs[r.IntN(len(xs))] {
				c++
			}
		}
		return float64(c) / float64(len(xs))
	}
	var lifts []float64
	for i := 0; i < 400; i++ {
		ra, rb := resample(a), resample(b)
		lifts = append(lifts, (rb-ra)/ra*100)
	}
	sort.Float64s(lifts)
	fmt.Printf("bootstrap (400 draws) lift: median %.1f%%, 90%% interval [%.1f%%, %.1f%%]\n",
		lifts[200], lifts[20], lifts[380])
	neg := sort.SearchFloat64s(lifts, 0)
	fmt.Printf("share of draws with negative lift: %.1f%%\n", 100*float64(neg)/float64(len(lifts)))

	fmt.Println("\nlift distribution:")
	for lo := -20.0; lo < 100; lo += 15 {
		n := 0
		for _, l := range lifts {
			if l >= lo && l < lo+15 {
				n++
			}
		}
		fmt.Printf("  [%+5.0f,%+5.0f) %3d %s\n", lo, lo+15, n, strings.Repeat("=", n/4))
	}
}
