// Root finding: bisection, Newton-Raphson, secant; convergence comparison.
package main

import (
	"errors"
	"fmt"
	"math"
)

type Func func(float64) float64

type Result struct {
	Root  float64
	Iters int
}

var ErrNoBracket = errors.New("root not bracketed")
var ErrNoConverge = errors.New("did not converge")

func bisect(f Func, a, b, tol float64) (Result, error) {
	fa, fb := f(a), f(b)
	if fa*fb > 0 {
		return Result{}, fmt.Errorf("bisect [%g,%g]: %w", a, b, ErrNoBracket)
	}
	i := 0
	for ; b-a > tol; i++ {
		m := a + (b-a)/2
		fm := f(m)
		if fm == 0 {
			return Result{m, i + 1}, nil
		}
		if math.Signbit(fm) == math.Signbit(fa) {
			a, fa = m, fm
		} else {
			b = m
		}
	}
	return Result{a + (b-a)/2, i}, nil
}

func newton(f, df Func, x0, tol float64, maxIter int) (Result, error) {
	x := x0
	for i := 1; i <= maxIter; i++ {
		d := df(x)
		if d == 0 {
			return Result{x, i}, fmt.Errorf("newton: zero derivative at %g: %w", x, ErrNoConverge)
		}
		next := x - f(x)/d
		if math.Abs(next-x) < tol {
			return Result{next, i}, nil
		}
		x = next
	}
	return Result{x, maxIter}, ErrNoConverge
}

func secant(f Func, x0, x1, tol float64, maxIter int) (Result, error) {
	for i := 1; i <= maxIter; i++ {
		f0, f1 := f(x0), f(x1)
		if f1 == f0 {
			return Result{x1, i}, ErrNoConverge
		}
		x2 := x1 - f1*(x1-x0)/(f1-f0)
		if math.Abs(x2-x1) < tol {
			return Result{x2, i}, nil
		}
		x0, x1 = x1, x2
	}
	return Result{x1, maxIter}, ErrNoConverge
}

func main() {
	problems := []struct {
		name string
		f, d Func
		a, b float64
	}{
		{"x^2 - 2", func(x float64) float64 { return x*x - 2 }, func(x float64) float64 { return 2 * x }, 0, 2},
		{"cos(x) - x", func(x float64) float64 { return math.Cos(x) - x }, func(x float64) float64 { return -math.Sin(x) - 1 }, 0, 1},
		{"x^3 - 2x - 5", func(x float64) float64 { return x*x*x - 2*x - 5 }, func(x float64) float64 { return 3*x*x - 2 }, 2, 3},
		{"e^x - 3x", func(x float64) float64 { return math.Exp(x) - 3*x }, func(x float64) float64 { return math.Exp(x) - 3 }, 0, 1},
	}
	const tol = 1e-12
	for _, p := range problems {
		fmt.Printf("f(x) = %s\n", p.name)
		if r, err := bisect(p.f, p.a, p.b, tol); err == nil {
			fmt.Printf("  bisection: %.12f in %2d iters\n", r.Root, r.Iters)
		}
		if r, err := newton(p.f, p.d, p.b, tol, 50); err == nil {
			fmt.Printf("  newton:    %.12f in %2d iters\n", r.Root, r.Iters)
		}
		if r, err := secant(p.f, p.a, p.b, tol, 50); err == nil {
			fmt.Printf("  secant:    %.12f in %2d iters\n", r.Root, r.Iters)
		}
	}

	// Failure modes.
	sq := func(x float64) float64 { return x*x + 1 }
	_, err := bisect(sq, -1, 1, tol)
	fmt.Println("error:", err, "| bracket error:", errors.Is(err, ErrNoBracket))
	_, err = newton(func(x float64) float64 { return x*x*x - 2*x + 2 },
		func(x float64) float64 { return 3*x*x - 2 }, 0, tol, 30)
	fmt.Println("newton from 0 on x^3-2x+2 (2-cycle):", err)
	_, err = newton(sq, func(x float64) float64 { return 2 * x }, 0, tol, 10)
	fmt.Println("error:", err)

	// Integer square root with Newton's method on ints.
	isqrt := func(n int) int {
		x := n
		for y := (x + 1) / 2; y < x; y = (x + n/x) / 2 {
			x = y
		}
		return x
	}
	for _, n := range []int{0, 1, 15, 16, 1_000_000_007, 1 << 62} {
		fmt.Printf("isqrt(%d) = %d\n", n, isqrt(n))
	}
}
