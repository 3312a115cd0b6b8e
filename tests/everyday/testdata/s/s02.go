package main

import (
	"errors"
	"fmt"
	"math"
)

// Root finding: bisection, Newton and secant methods.

var errNoBracket = errors.New("root not bracketed")

func bisect(f func(float64) float64, a, b, tol float64) (float64, int, error) {
	fa, fb := f(a), f(b)
	if fa*fb > 0 {
		return 0, 0, errNoBracket
	}
	iter := 0
	for b-a > tol {
		iter++
		m := (a + b) / 2
		fm := f(m)
		if fa*fm <= 0 {
			b, fb = m, fm
		} else {
			a, fa = m, fm
		}
	}
	_ = fb
	return (a + b) / 2, iter, nil
}

func newton(f, df func(float64) float64, x0, tol float64, maxIter int) (float64, int) {
	x := x0
	for i := 1; i <= maxIter; i++ {
		dx := f(x) / df(x)
		x -= dx
		if math.Abs(dx) < tol {
			return x, i
		}
	}
	return x, maxIter
}

func secant(f func(float64) float64, x0, x1, tol float64) (float64, int) {
	for i := 1; i < 100; i++ {
		f0, f1 := f(x0), f(x1)
		x2 := x1 - f1*(x1-x0)/(f1-f0)
		x0, x1 = x1, x2
		if math.Abs(x1-x0) < tol {
			return x1, i
		}
	}
	return x1, 100
}

func main() {
	f := func(x float64) float64 { return x*x*x - 2*x - 5 }
	df := func(x float64) float64 { return 3*x*x - 2 }

	r, it, err := bisect(f, 2, 3, 1e-10)
	fmt.Printf("bisection: root=%.10f iters=%d f(root)=%.2e err=%v\n", r, it, f(r), err)
	_, _, err = bisect(f, 3, 4, 1e-10)
	fmt.Println("bisection on [3,4]:", err, errors.Is(err, errNoBracket))

	r2, it2 := newton(f, df, 2, 1e-12, 50)
	fmt.Printf("newton:    root=%.10f iters=%d f(root)=%.2e\n", r2, it2, f(r2))

	r3, it3 := secant(f, 2, 3, 1e-12)
	fmt.Printf("secant:    root=%.10f iters=%d\n", r3, it3)

	fmt.Println("\nNewton sqrt table:")
	for _, v := range []float64{2, 10, 144, 0.5, 1e6} {
		g := func(x float64) float64 { return x*x - v }
		dg := func(x float64) float64 { return 2 * x }
		s, n := newton(g, dg, v, 1e-14, 100)
		fmt.Printf("  sqrt(%9.1f) = %14.8f  (math: %14.8f, iters %2d)\n", v, s, math.Sqrt(v), n)
	}

	fmt.Println("\nNewton trace for cos(x)=x:")
	h := func(x float64) float64 { return math.Cos(x) - x }
	dh := func(x float64) float64 { return -math.Sin(x) - 1 }
	x := 1.0
	for i := range 5 {
		x -= h(x) / dh(x)
		fmt.Printf("  step %d: x=%.12f h(x)=% .3e\n", i+1, x, h(x))
	}
}
