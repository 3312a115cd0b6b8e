package main

import (
	"fmt"
	"math"
	"math/big"
	"sort"
)

// Decomposed shows the IEEE-754 fields of a float64.
type Decomposed struct {
	Sign     uint64
	Exponent uint64
	Mantissa uint64
}

func Decompose(x float64) Decomposed {
	b := math.Float64bits(x)
	return Decomposed{b >> 63, (b >> 52) & 0x7FF, b & (1<<52 - 1)}
}

func (d Decomposed) String() string {
	kind := "normal"
	switch {
	case d.Exponent == 0x7FF && d.Mantissa == 0:
		kind = "infinity"
	case d.Exponent == 0x7FF:
		kind = "NaN"
	case d.Exponent == 0 && d.Mantissa == 0:
		kind = "zero"
	case d.Exponent == 0:
		kind = "subnormal"
	}
	return fmt.Sprintf("s=%d e=%4d (2^%+5d) m=%013x  %s", d.Sign, d.Exponent, int(d.Exponent)-1023, d.Mantissa, kind)
}

func ulp(x float64) float64 { return math.Nextafter(x, math.Inf(1)) - x }

// Summer abstracts different summation algorithms.
type Summer interface {
	Add(float64)
	Sum() float64
}

type Naive struct{ s float64 }

func (n *Naive) Add(x float64) { n.s += x }
func (n *Naive) Sum() float64  { return n.s }

type Kahan struct{ s, c float64 }

func (k *Kahan) Add(x float64) {
	y := x - k.c
	t := k.s + y
	k.c = (t - k.s) - y
	k.s = t
}
func (k *Kahan) Sum() float64 { return k.s }

type Neumaier struct{ s, c float64 }

func (n *Neumaier) Add(x float64) {
	t := n.s + x
	if math.Abs(n.s) >= math.Abs(x) {
		n.c += (n.s - t) + x
	} else {
		n.c += (x - t) + n.s
	}
	n.s = t
}
func (n *Neumaier) Sum() float64 { return n.s + n.c }

func exactSum(xs []float64) float64 {
	acc := new(big.Float).SetPrec(512)
	for _, x := range xs {
		acc.Add(acc, big.NewFloat(x).SetPrec(512))
	}
	f, _ := acc.Float64()
	return f
}

func main() {
	fmt.Println("IEEE-754 decomposition:")
	for _, x := range []float64{1, -2.5, 0.1, 1e-310, math.MaxFloat64, math.Inf(-1), math.NaN(), 0} {
		fmt.Printf("  %-24g %v\n", x, Decompose(x))
	}

	fmt.Println("\nUnits in the last place:")
	for _, x := range []float64{1, 1000, 1e16, 1 << 53, 1e300} {
		fmt.Printf("  ulp(%-9g) = %g\n", x, ulp(x))
	}
	fmt.Printf("  machine epsilon 2^-52 = %g, 1+eps/2 == 1: %v\n", math.Nextafter(1, 2)-1, 1+math.Pow(2, -53) == 1)

	fmt.Println("\nSummation accuracy:")
	datasets := map[string][]float64{}
	var tenth []float64
	for i := 0; i < 100_000; i++ {
		tenth = append(tenth, 0.1)
	}
	datasets["1e5 x 0.1"] = tenth
	datasets["1, 1e100, 1, -1e100"] = []float64{1, 1e100, 1, -1e100}
	var harmonic []float64
	for k := 1; k <= 100000; k++ {
		harmonic = append(harmonic, 1/float64(k))
	}
	datasets["harmonic 1e5"] = harmonic
	var alt []float64
	for k := 0; k < 200000; k++ {
		alt = append(alt, math.Pow(-1, float64(k))/float64(2*k+1)*4)
	}
	datasets["Leibniz pi 2e5"] = alt

	names := make([]string, 0, len(datasets))
	for k := range datasets {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, name := range names {
		xs := datasets[name]
		exact := exactSum(xs)
		fmt.Printf("  %s (exact %.17g)\n", name, exact)
		for _, s := range []struct {
			label string
			sum   Summer
		}{{"naive", &Naive{}}, {"kahan", &Kahan{}}, {"neumaier", &Neumaier{}}} {
			for _, x := range xs {
				s.sum.Add(x)
			}
			got := s.sum.Sum()
			fmt.Printf("    %-9s %.17g  err %.3e\n", s.label, got, math.Abs(got-exact))
		}
	}

	fmt.Println("\nCatastrophic cancellation: (1 - cos x)/x^2 vs 2 sin^2(x/2)/x^2")
	for _, x := range []float64{1e-1, 1e-3, 1e-5, 1e-7, 1e-8} {
		naive := (1 - math.Cos(x)) / (x * x)
		s := math.Sin(x / 2)
		stable := 2 * s * s / (x * x)
		fmt.Printf("  x=%.0e  naive %.15f  stable %.15f\n", x, naive, stable)
	}

	fmt.Println("\nQuadratic x^2 + 1e8 x + 1 = 0, small root:")
	a, b, c := 1.0, 1e8, 1.0
	disc := math.Sqrt(b*b - 4*a*c)
	textbook := (-b + disc) / (2 * a)
	q := -0.5 * (b + math.Copysign(disc, b))
	fmt.Printf("  textbook %.17g\n  stable   %.17g\n", textbook, c/q)
}
