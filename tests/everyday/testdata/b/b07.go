package main

import (
	"errors"
	"fmt"
	"math"
)

const (
	tol     = 1e-12
	maxIter = 100
)

var ErrNoBracket = errors.New("root not bracketed")
var ErrNoConverge = errors.New("did not converge")

type Result struct {
	Method string
	Root   float64
	Iters  int
	Evals  int
	Err    error
}

func (r Result) String() string {
	if r.Err != nil {
		return fmt.Sprintf("%-8s failed: %v (after %d iters)", r.Method, r.Err, r.Iters)
	}
	return fmt.Sprintf("%-8s root=%.15f iters=%3d evals=%3d", r.Method, r.Root, r.Iters, r.Evals)
}

// counter wraps a function and counts evaluations.
func counter(f func(float64) float64) (func(float64) float64, *int) {
	n := 0
	return func(x float64) float64 { n++; return f(x) }, &n
}

func Bisection(f func(float64) float64, a, b float64) Result {
	g, n := counter(f)
	fa, fb := g(a), g(b)
	if fa*fb > 0 {
		return Result{Method: "bisect", Err: ErrNoBracket}
	}
	for i := 1; i <= maxIter; i++ {
		m := (a + b) / 2
		fm := g(m)
		if fm == 0 || (b-a)/2 < tol {
			return Result{"bisect", m, i, *n, nil}
		}
		if fa*fm < 0 {
			b = m
		} else {
			a, fa = m, fm
		}
	}
	return Result{Method: "bisect", Iters: maxIter, Err: ErrNoConverge}
}

func Newton(f, df func(float64) float64, x0 float64) Result {
	g, n := counter(f)
	x := x0
	for i := 1; i <= maxIter; i++ {
		d := df(x)
		*n++
		if d == 0 {
			return Result{Method: "newton", Iters: i, Err: errors.New("zero derivative")}
		}
		step := g(x) / d
		x -= step
		if math.Abs(step) < tol {
			return Result{"newton", x, i, *n, nil}
		}
	}
	return Result{Method: "newton", Iters: maxIter, Err: ErrNoConverge}
}

func Secant(f func(float64) float64, x0, x1 float64) Result {
	g, n := counter(f)
	f0, f1 := g(x0), g(x1)
	for i := 1; i <= maxIter; i++ {
		if f1 == f0 {
			return Result{Method: "secant", Iters: i, Err: errors.New("flat secant")}
		}
		x2 := x1 - f1*(x1-x0)/(f1-f0)
		x0, f0 = x1, f1
		x1, f1 = x2, g(x2)
		if math.Abs(x1-x0) < tol {
			return Result{"secant", x1, i, *n, nil}
		}
	}
	return Result{Method: "secant", Iters: maxIter, Err: ErrNoConverge}
}

func RegulaFalsi(f func(float64) float64, a, b float64) Result {
	g, n := counter(f)
	fa, fb := g(a), g(b)
	if fa*fb > 0 {
		return Result{Method: "illinois", Err: ErrNoBracket}
	}
	side := 0
	for i := 1; i <= maxIter; i++ {
		c := (a*fb - b*fa) / (fb - fa)
		fc := g(c)
		if math.Abs(fc) < tol || math.Abs(b-a) < tol {
			return Result{"illinois", c, i, *n, nil}
		}
		if fc*fb > 0 {
			b, fb = c, fc
			if side == -1 {
				fa /= 2
			}
			side = -1
		} else {
			a, fa = c, fc
			if side == 1 {
				fb /= 2
			}
			side = 1
		}
	}
	return Result{Method: "illinois", Iters: maxIter, Err: ErrNoConverge}
}

type equation struct {
	desc  string
	f, df func(float64) float64
	a, b  float64
}

func main() {
	eqs := []equation{
		{"x^3 - 2x - 5 = 0", func(x float64) float64 { return x*x*x - 2*x - 5 }, func(x float64) float64 { return 3*x*x - 2 }, 2, 3},
		{"cos(x) = x", func(x float64) float64 { return math.Cos(x) - x }, func(x float64) float64 { return -math.Sin(x) - 1 }, 0, 1},
		{"e^x = 3x", func(x float64) float64 { return math.Exp(x) - 3*x }, func(x float64) float64 { return math.Exp(x) - 3 }, 0, 1},
		{"x^2 = 2", func(x float64) float64 { return x*x - 2 }, func(x float64) float64 { return 2 * x }, 1, 2},
		{"x^2 + 1 = 0", func(x float64) float64 { return x*x + 1 }, func(x float64) float64 { return 2 * x }, -1, 2},
	}
	for _, e := range eqs {
		fmt.Println(e.desc)
		results := []Result{
			Bisection(e.f, e.a, e.b),
			RegulaFalsi(e.f, e.a, e.b),
			Newton(e.f, e.df, e.b),
			Secant(e.f, e.a, e.b),
		}
		for _, r := range results {
			fmt.Println("  ", r)
		}
	}
	fmt.Printf("\nreference sqrt(2) = %.15f\n", math.Sqrt2)
}
