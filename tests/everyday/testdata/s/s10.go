package main

import (
	"fmt"
	"math"
)

// Correlation and simple linear regression with residual analysis.

type Sample struct {
	Hours float64
	Score float64
}

type Fit struct {
	Slope, Intercept, R2 float64
}

func (f Fit) Predict(x float64) float64 { return f.Intercept + f.Slope*x }

func (f Fit) String() string {
	return fmt.Sprintf("y = %.4f + %.4f x (R^2 = %.4f)", f.Intercept, f.Slope, f.R2)
}

func pearson(xs, ys []float64) float64 {
	n := float64(len(xs))
	var sx, sy, sxx, syy, sxy float64
	for i := range xs {
		sx += xs[i]
		sy += ys[i]
		sxx += xs[i] * xs[i]
		syy += ys[i] * ys[i]
		sxy += xs[i] * ys[i]
	}
	num := n*sxy - sx*sy
	den := math.Sqrt(n*sxx-sx*sx) * math.Sqrt(n*syy-sy*sy)
	return num / den
}

func linreg(xs, ys []float64) Fit {
	n := float64(len(xs))
	var mx, my float64
	for i := range xs {
		mx += xs[i]
		my += ys[i]
	}
	mx /= n
	my /= n
	var sxy, sxx, sst float64
	for i := range xs {
		sxy += (xs[i] - mx) * (ys[i] - my)
		sxx += (xs[i] - mx) * (xs[i] - mx)
		sst += (ys[i] - my) * (ys[i] - my)
	}
	slope := sxy / sxx
	f := Fit{Slope: slope, Intercept: my - slope*mx}
	var sse float64
	for i := range xs {
		r := ys[i] - f.Predict(xs[i])
		sse += r * r
	}
	f.R2 = 1 - sse/sst
	return f
}

func main() {
	data := []Sample{
		{1, 52}, {2, 55}, {2.5, 61}, {3, 60}, {4, 68}, {4.5, 70},
		{5, 74}, {6, 79}, {6.5, 77}, {7, 85}, {8, 88}, {9, 93},
	}
	xs := make([]float64, len(data))
	ys := make([]float64, len(data))
	for i, d := range data {
		xs[i], ys[i] = d.Hours, d.Score
	}
	r := pearson(xs, ys)
	fit := linreg(xs, ys)
	fmt.Printf("pearson r = %.5f, r^2 = %.5f\n", r, r*r)
	fmt.Println("fit:", fit)

	fmt.Printf("\n%6s %6s %8s %8s\n", "hours", "score", "pred", "resid")
	var maxAbs float64
	for _, d := range data {
		p := fit.Predict(d.Hours)
		res := d.Score - p
		maxAbs = max(maxAbs, math.Abs(res))
		fmt.Printf("%6.1f %6.0f %8.3f %+8.3f\n", d.Hours, d.Score, p, res)
	}
	fmt.Printf("max |residual| = %.3f\n", maxAbs)

	for _, h := range []float64{0, 10, 12} {
		fmt.Printf("predict(%4.1f h) = %.2f\n", h, fit.Predict(h))
	}

	// Anscombe-like: correlation of a quadratic relation
	qx := []float64{-3, -2, -1, 0, 1, 2, 3}
	qy := make([]float64, len(qx))
	for i, x := range qx {
		qy[i] = x * x
	}
	fmt.Printf("\nquadratic data: r = %.4f, fit: %v\n", pearson(qx, qy), linreg(qx, qy))
}
