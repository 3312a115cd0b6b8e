// Numerical integration: trapezoid, Simpson, adaptive Simpson and Romberg.
package main

import (
	"fmt"
	"math"
)

type integrand struct {
	name  string
	f     func(float64) float64
	a, b  float64
	exact float64
}

func trapezoid(f func(float64) float64, a, b float64, n int) float64 {
	h := (b - a) / float64(n)
	s := (f(a) + f(b)) / 2
	for i := 1; i < n; i++ {
		s += f(a + float64(i)*h)
	}
	return s * h
}

func simpson(f func(float64) float64, a, b float64, n int) float64 {
	if n%2 == 1 {
		n++
	}
	h := (b - a) / float64(n)
	s := f(a) + f(b)
	for i := 1; i < n; i++ {
		coef := 2.0
		if i%2 == 1 {
			coef = 4
		}
		s += coef * f(a+float64(i)*h)
	}
	return s * h / 3
}

func adaptive(f func(float64) float64, a, b, eps float64, calls *int) float64 {
	var rec func(a, b, fa, fm, fb, whole, eps float64, depth int) float64
	rec = func(a, b, fa, fm, fb, whole, eps float64, depth int) float64 {
		m := (a + b) / 2
		lm, rm := (a+m)/2, (m+b)/2
		flm, frm := f(lm), f(rm)
		*calls += 2
		left := (m - a) / 6 * (fa + 4*flm + fm)
		right := (b - m) / 6 * (fm + 4*frm + fb)
		if depth <= 0 || math.Abs(left+right-whole) <= 15*eps {
			return left + right + (left+right-whole)/15
		}
		return rec(a, m, fa, flm, fm, left, eps/2, depth-1) + rec(m, b, fm, frm, fb, right, eps/2, depth-1)
	}
	fa, fm, fb := f(a), f((a+b)/2), f(b)
	*calls += 3
	return rec(a, b, fa, fm, fb, (b-a)/6*(fa+4*fm+fb), eps, 50)
}

func romberg(f func(float64) float64, a, b float64, levels int) float64 {
	r := make([][]float64, levels)
	for i := range r {
		r[i] = make([]float64, i+1)
		r[i][0] = trapezoid(f, a, b, 1<<i)
		for j := 1; j <= i; j++ {
			p := math.Pow(4, float64(j))
			r[i][j] = (p*r[i][j-1] - r[i-1][j-1]) / (p - 1)
		}
	}
	return r[levels-1][levels-1]
}

func main() {
	tests := []integrand{
		{"sin(x) on [0,pi]", math.Sin, 0, math.Pi, 2},
		{"x^3 on [0,2]", func(x float64) float64 { return x * x * x }, 0, 2, 4},
		{"exp(-x^2) on [0,1]", func(x float64) float64 { return math.Exp(-x * x) }, 0, 1, math.Sqrt(math.Pi) / 2 * math.Erf(1)},
		{"1/x on [1,e]", func(x float64) float64 { return 1 / x }, 1, math.E, 1},
		{"sqrt(x) on [0,1]", math.Sqrt, 0, 1, 2.0 / 3},
		{"4/(1+x^2) on [0,1]", func(x float64) float64 { return 4 / (1 + x*x) }, 0, 1, math.Pi},
	}
	for _, t := range tests {
		fmt.Printf("%s  (exact %.12f)\n", t.name, t.exact)
		for _, n := range []int{4, 16, 64} {
			tr := trapezoid(t.f, t.a, t.b, n)
			si := simpson(t.f, t.a, t.b, n)
			fmt.Printf("  n=%-3d trap err=%9.2e  simpson err=%9.2e\n", n, math.Abs(tr-t.exact), math.Abs(si-t.exact))
		}
		calls := 0
		ad := adaptive(t.f, t.a, t.b, 1e-10, &calls)
		fmt.Printf("  adaptive: err=%9.2e with %d evaluations\n", math.Abs(ad-t.exact), calls)
		fmt.Printf("  romberg(8): err=%9.2e\n", math.Abs(romberg(t.f, t.a, t.b, 8)-t.exact))
	}
	// Error ratio for Simpson should approach 16 when n doubles on smooth integrands.
	prev := 0.0
	for n := 2; n <= 64; n *= 2 {
		e := math.Abs(simpson(math.Exp, 0, 1, n) - (math.E - 1))
		if prev > 0 {
			fmt.Printf("simpson exp n=%2d err=%.3e ratio=%.2f\n", n, e, prev/e)
		}
		prev = e
	}
}
