package main

import (
	"fmt"
	"math"
)

// Integrator counts function evaluations across calls.
type Integrator struct {
	Tol   float64
	evals int
}

func (in *Integrator) simpson(f func(float64) float64, a, fa, b, fb float64) (m, fm, s float64) {
	m = (a + b) / 2
	fm = f(m)
	in.evals++
	s = (b - a) / 6 * (fa + 4*fm + fb)
	return
}

func (in *Integrator) recurse(f func(float64) float64, a, fa, b, fb, whole, m, fm, tol float64, depth int) float64 {
	lm, flm, left := in.simpson(f, a, fa, m, fm)
	rm, frm, right := in.simpson(f, m, fm, b, fb)
	delta := left + right - whole
	if depth <= 0 || math.Abs(delta) <= 15*tol {
		return left + right + delta/15
	}
	return in.recurse(f, a, fa, m, fm, left, lm, flm, tol/2, depth-1) +
		in.recurse(f, m, fm, b, fb, right, rm, frm, tol/2, depth-1)
}

// Integrate uses adaptive Simpson quadrature.
func (in *Integrator) Integrate(f func(float64) float64, a, b float64) (float64, int) {
	in.evals = 2
	fa, fb := f(a), f(b)
	m, fm, whole := in.simpson(f, a, fa, b, fb)
	v := in.recurse(f, a, fa, b, fb, whole, m, fm, in.Tol, 50)
	return v, in.evals
}

// Special functions computed by quadrature, compared against package math.
func erfQuad(in *Integrator, x float64) float64 {
	v, _ := in.Integrate(func(t float64) float64 { return math.Exp(-t * t) }, 0, x)
	return 2 / math.Sqrt(math.Pi) * v
}

// gammaQuad uses the substitution t = u/(1-u) to map [0, inf) onto [0, 1).
func gammaQuad(in *Integrator, z float64) float64 {
	f := func(u float64) float64 {
		if u >= 1 {
			return 0
		}
		t := u / (1 - u)
		return math.Pow(t, z-1) * math.Exp(-t) / ((1 - u) * (1 - u))
	}
	v, _ := in.Integrate(f, 0, 1)
	return v
}

// besselJ0 via the integral representation (1/pi) ∫_0^pi cos(x sin t) dt.
func besselJ0(in *Integrator, x float64) float64 {
	v, _ := in.Integrate(func(t float64) float64 { return math.Cos(x * math.Sin(t)) }, 0, math.Pi)
	return v / math.Pi
}

func main() {
	in := &Integrator{Tol: 1e-10}

	fmt.Println("Adaptive Simpson on difficult integrands:")
	cases := []struct {
		name  string
		f     func(float64) float64
		a, b  float64
		exact float64
	}{
		{"sqrt(x) [0,1]", math.Sqrt, 0, 1, 2.0 / 3},
		{"1/(1e-4+x^2) [-1,1]", func(x float64) float64 { return 1 / (1e-4 + x*x) }, -1, 1, 2 / 0.01 * math.Atan(100)},
		{"sin(50x)^2 [0,1]", func(x float64) float64 { s := math.Sin(50 * x); return s * s }, 0, 1, 0.5 - math.Sin(100)/200},
		{"x*ln(x) [0+,1]", func(x float64) float64 {
			if x == 0 {
				return 0
			}
			return x * math.Log(x)
		}, 0, 1, -0.25},
		{"exp(x) [0,10]", math.Exp, 0, 10, math.Exp(10) - 1},
	}
	for _, c := range cases {
		v, n := in.Integrate(c.f, c.a, c.b)
		fmt.Printf("  %-22s %20.12f  err %.2e  evals %5d\n", c.name, v, math.Abs(v-c.exact), n)
	}

	fmt.Println("\nerf(x): quadrature vs math.Erf")
	for _, x := range []float64{0.1, 0.5, 1, 1.5, 2, 3} {
		q := erfQuad(in, x)
		fmt.Printf("  x=%.1f  %.12f  %.12f  diff %.1e\n", x, q, math.Erf(x), math.Abs(q-math.Erf(x)))
	}

	fmt.Println("\nGamma(z): quadrature vs math.Gamma")
	for _, z := range []float64{1, 1.5, 2, 3.3, 5, 7.5} {
		q := gammaQuad(in, z)
		fmt.Printf("  z=%.1f  %14.8f  %14.8f  rel diff %.1e\n", z, q, math.Gamma(z), math.Abs(q-math.Gamma(z))/math.Gamma(z))
	}

	fmt.Println("\nBessel J0(x): quadrature vs math.J0")
	for _, x := range []float64{0, 1, 2.4048, 5, 10} {
		q := besselJ0(in, x)
		fmt.Printf("  x=%-7g %+.10f  %+.10f\n", x, q, math.J0(x))
	}

	fmt.Println("\nTolerance vs work for sin(50x)^2:")
	for _, tol := range []float64{1e-3, 1e-6, 1e-9, 1e-12} {
		w := &Integrator{Tol: tol}
		c := cases[2]
		v, n := w.Integrate(c.f, c.a, c.b)
		fmt.Printf("  tol %.0e  err %.2e  evals %6d\n", tol, math.Abs(v-c.exact), n)
	}
}
