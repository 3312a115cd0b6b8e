package main

import (
	"fmt"
	"math"
)

type Listing struct {
	Area  float64 // square meters
	Price float64 // thousands
}

type Fit struct {
	Slope, Intercept float64
	R2               float64
	StdErrSlope      float64
	N                int
}

func (f Fit) Predict(x float64) float64 { return f.Intercept + f.Slope*x }

func (f Fit) String() string {
	return fmt.Sprintf("price = %.4f + %.4f*area  (R^2=%.4f, n=%d)", f.Intercept, f.Slope, f.R2, f.N)
}

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func OLS(xs, ys []float64) Fit {
	mx, my := mean(xs), mean(ys)
	var sxx, sxy, syy float64
	for i := range xs {
		dx, dy := xs[i]-mx, ys[i]-my
		sxx += dx * dx
		sxy += dx * dy
		syy += dy * dy
	}
	slope := sxy / sxx
	icept := my - slope*mx
	var sse float64
	for i := range xs {
		r := ys[i] - (icept + slope*xs[i])
		sse += r * r
	}
	n := len(xs)
	se := math.Sqrt(sse / float64(n-2) / sxx)
	return Fit{Slope: slope, Intercept: icept, R2: 1 - sse/syy, StdErrSlope: se, N: n}
}

var listings = []Listing{
	{48, 182}, {55, 201}, {61, 215}, {67, 240}, {72, 251},
	{80, 268}, {85, 290}, {91, 301}, {98, 332}, {104, 341},
	{110, 359}, {118, 384}, {125, 401}, {133, 429}, {140, 445},
}

func main() {
	xs := make([]float64, len(listings))
	ys := make([]float64, len(listings))
	for i, l := range listings {
		xs[i], ys[i] = l.Area, l.Price
	}
	fit := OLS(xs, ys)
	fmt.Println("Simple linear regression: apartment price vs area")
	fmt.Println(fit)
	fmt.Printf("slope std error: %.5f  t=%.2f\n", fit.StdErrSlope, fit.Slope/fit.StdErrSlope)
	fmt.Println()

	fmt.Printf("%6s %8s %10s %9s\n", "area", "price", "predicted", "residual")
	var maxAbs float64
	worst := -1
	for i, l := range listings {
		p := fit.Predict(l.Area)
		r := l.Price - p
		if math.Abs(r) > maxAbs {
			maxAbs, worst = math.Abs(r), i
		}
		fmt.Printf("%6.0f %8.1f %10.2f %+9.2f\n", l.Area, l.Price, p, r)
	}
	fmt.Printf("largest residual at area=%.0f (%.2f)\n\n", listings[worst].Area, maxAbs)

	fmt.Println("Forecasts:")
	for _, a := range []float64{50, 75, 100, 150, 200} {
		fmt.Printf("  %3.0f m^2 -> %7.2f k\n", a, fit.Predict(a))
	}

	// Leave-one-out cross validation error
	var press float64
	for i := range xs {
		tx := append(append([]float64{}, xs[:i]...), xs[i+1:]...)
		ty := append(append([]float64{}, ys[:i]...), ys[i+1:]...)
		f := OLS(tx, ty)
		e := ys[i] - f.Predict(xs[i])
		press += e * e
	}
	fmt.Printf("\nLOOCV RMSE: %.3f\n", math.Sqrt(press/float64(len(xs))))

	// Log-log fit for elasticity
	lx := make([]float64, len(xs))
	ly := make([]float64, len(ys))
	for i := range xs {
		lx[i], ly[i] = math.Log(xs[i]), math.Log(ys[i])
	}
	lf := OLS(lx, ly)
	fmt.Printf("log-log elasticity: %.4f (R^2=%.4f)\n", lf.Slope, lf.R2)
	fmt.Printf("price per extra m^2 at mean: %.3f k\n", fit.Slope)
}
