package main

import (
	"fmt"
	"math"
)

type DiffScheme int

const (
	Forward DiffScheme = iota
	Backward
	Central
	FivePoint
)

func (d DiffScheme) String() string {
	return [...]string{"forward", "backward", "central", "five-point"}[d]
}

func (d DiffScheme) Derivative(f func(float64) float64, x, h float64) float64 {
	switch d {
	case Forward:
		return (f(x+h) - f(x)) / h
	case Backward:
		return (f(x) - f(x-h)) / h
	case Central:
		return (f(x+h) - f(x-h)) / (2 * h)
	case FivePoint:
		return (-f(x+2*h) + 8*f(x+h) - 8*f(x-h) + f(x-2*h)) / (12 * h)
	}
	panic("unknown scheme")
}

// Richardson extrapolates central differences into a tableau.
func Richardson(f func(float64) float64, x, h float64, levels int) (float64, [][]float64) {
	T := make([][]float64, levels)
	for i := range T {
		T[i] = make([]float64, i+1)
		hi := h / math.Pow(2, float64(i))
		T[i][0] = Central.Derivative(f, x, hi)
		for j := 1; j <= i; j++ {
			p := math.Pow(4, float64(j))
			T[i][j] = (p*T[i][j-1] - T[i-1][j-1]) / (p - 1)
		}
	}
	return T[levels-1][levels-1], T
}

func secondDerivative(f func(float64) float64, x, h float64) float64 {
	return (f(x+h) - 2*f(x) + f(x-h)) / (h * h)
}

// gradient of a scalar field by central differences
func gradient(f func([]float64) float64, x []float64, h float64) []float64 {
	g := make([]float64, len(x))
	p := append([]float64(nil), x...)
	for i := range x {
		p[i] = x[i] + h
		fp := f(p)
		p[i] = x[i] - h
		fm := f(p)
		p[i] = x[i]
		g[i] = (fp - fm) / (2 * h)
	}
	return g
}

func main() {
	f := math.Exp
	x := 1.0
	exact := math.Exp(1)
	fmt.Printf("d/dx exp(x) at x=1, exact %.15f\n", exact)
	fmt.Printf("%8s", "h")
	schemes := []DiffScheme{Forward, Backward, Central, FivePoint}
	for _, s := range schemes {
		fmt.Printf(" %12s", s)
	}
	fmt.Println()
	best := make([]float64, len(schemes))
	bestH := make([]float64, len(schemes))
	for i := range best {
		best[i] = math.Inf(1)
	}
	for k := 1; k <= 13; k++ {
		h := math.Pow(10, -float64(k))
		fmt.Printf("%8.0e", h)
		for i, s := range schemes {
			err := math.Abs(s.Derivative(f, x, h) - exact)
			if err < best[i] {
				best[i], bestH[i] = err, h
			}
			fmt.Printf(" %12.3e", err)
		}
		fmt.Println()
	}
	fmt.Println("optimal step sizes (truncation vs round-off):")
	for i, s := range schemes {
		fmt.Printf("  %-10s h=%.0e err=%.2e\n", s, bestH[i], best[i])
	}

	fmt.Println("\nRichardson tableau for d/dx sin(x) at x=0.7 (h=0.4):")
	est, T := Richardson(math.Sin, 0.7, 0.4, 5)
	for _, row := range T {
		for _, v := range row {
			fmt.Printf(" %.12f", v)
		}
		fmt.Println()
	}
	fmt.Printf("estimate %.15f exact %.15f err %.1e\n", est, math.Cos(0.7), math.Abs(est-math.Cos(0.7)))

	fmt.Println("\nSecond derivative of ln(x) at x=2 (exact -0.25):")
	for _, h := range []float64{1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6} {
		d2 := secondDerivative(math.Log, 2, h)
		fmt.Printf("  h=%.0e  f''=%.10f  err=%.2e\n", h, d2, math.Abs(d2+0.25))
	}

	rosen := func(p []float64) float64 {
		a, b := 1-p[0], p[1]-p[0]*p[0]
		return a*a + 100*b*b
	}
	fmt.Println("\nGradient of Rosenbrock function:")
	for _, pt := range [][]float64{{-1.2, 1}, {0, 0}, {1, 1}, {0.5, 0.25}} {
		g := gradient(rosen, pt, 1e-6)
		ex := []float64{-2*(1-pt[0]) - 400*pt[0]*(pt[1]-pt[0]*pt[0]), 200 * (pt[1] - pt[0]*pt[0])}
		fmt.Printf("  at (%5.2f,%5.2f): numeric (%10.5f,%10.5f) exact (%10.5f,%10.5f)\n", pt[0], pt[1], g[0], g[1], ex[0], ex[1])
	}
}
