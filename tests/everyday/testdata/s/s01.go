package main

import (
	"fmt"
	"math"
)

// Numerical integration: trapezoid vs Simpson on a few test functions.

func trapezoid(f func(float64) float64, a, b float64, n int) float64 {
	h := (b - a) / float64(n)
	sum := 0.5 * (f(a) + f(b))
	for i := 1; i < n; i++ {
		sum += f(a + float64(i)*h)
	}
	return sum * h
}

func simpson(f func(float64) float64, a, b float64, n int) float64 {
	if n%2 == 1 {
		n++
	}
	h := (b - a) / float64(n)
	sum := f(a) + f(b)
	for i := 1; i < n; i++ {
		x := a + float64(i)*h
		if i%2 == 1 {
			sum += 4 * f(x)
		} else {
			sum += 2 * f(x)
		}
	}
	return sum * h / 3
}

type testCase struct {
	name  string
	f     func(float64) float64
	a, b  float64
	exact float64
}

func main() {
	cases := []testCase{
		{"sin(x)", math.Sin, 0, math.Pi, 2},
		{"x^2", func(x float64) float64 { return x * x }, 0, 3, 9},
		{"exp(x)", math.Exp, 0, 1, math.E - 1},
		{"1/(1+x^2)", func(x float64) float64 { return 1 / (1 + x*x) }, 0, 1, math.Pi / 4},
	}
	fmt.Printf("%-10s %4s %14s %14s %12s %12s\n", "f", "n", "trapezoid", "simpson", "err_trap", "err_simp")
	for _, c := range cases {
		for _, n := range []int{4, 16, 64} {
			t := trapezoid(c.f, c.a, c.b, n)
			s := simpson(c.f, c.a, c.b, n)
			fmt.Printf("%-10s %4d %14.10f %14.10f %12.3e %12.3e\n",
				c.name, n, t, s, math.Abs(t-c.exact), math.Abs(s-c.exact))
		}
	}

	// Convergence order estimate for trapezoid on exp
	fmt.Println("\nConvergence ratio (trapezoid, exp):")
	prev := 0.0
	for k, n := 0, 2; k < 6; k, n = k+1, n*2 {
		err := math.Abs(trapezoid(math.Exp, 0, 1, n) - (math.E - 1))
		if k > 0 {
			fmt.Printf("  n=%3d err=%.4e ratio=%.3f\n", n, err, prev/err)
		} else {
			fmt.Printf("  n=%3d err=%.4e\n", n, err)
		}
		prev = err
	}

	// Estimate pi via integral of 4/(1+x^2)
	pi := simpson(func(x float64) float64 { return 4 / (1 + x*x) }, 0, 1, 100)
	fmt.Printf("\npi ~ %.12f (diff %.2e)\n", pi, math.Abs(pi-math.Pi))
}
