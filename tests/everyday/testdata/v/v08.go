package main

import (
	"fmt"
	"math"
	"strings"
)

type Point struct{ X, Y float64 }

type Fit struct {
	Slope, Intercept float64
	R2               float64
	SE               float64
}

func (f Fit) Predict(x float64) float64 { return f.Intercept + f.Slope*x }

func (f Fit) String() string {
	return fmt.Sprintf("y = %.4f + %.4f*x (R²=%.4f)", f.Intercept, f.Slope, f.R2)
}

func linreg(pts []Point) Fit {
	n := float64(len(pts))
	var sx, sy, sxx, sxy float64
	for _, p := range pts {
		sx += p.X
		sy += p.Y
		sxx += p.X * p.X
		sxy += p.X * p.Y
	}
	slope := (n*sxy - sx*sy) / (n*sxx - sx*sx)
	icpt := (sy - slope*sx) / n
	meanY := sy / n
	var ssTot, ssRes float64
	for _, p := range pts {
		pred := icpt + slope*p.X
		ssRes += (p.Y - pred) * (p.Y - pred)
		ssTot += (p.Y - meanY) * (p.Y - meanY)
	}
	return Fit{Slope: slope, Intercept: icpt, R2: 1 - ssRes/ssTot, SE: math.Sqrt(ssRes / (n - 2))}
}

func pearson(pts []Point) float64 {
	n := float64(len(pts))
	var mx, my float64
	for _, p := range pts {
		mx += p.X / n
		my += p.Y / n
	}
	var cov, vx, vy float64
	for _, p := range pts {
		cov += (p.X - mx) * (p.Y - my)
		vx += (p.X - mx) * (p.X - mx)
		vy += (p.Y - my) * (p.Y - my)
	}
	return cov / math.Sqrt(vx*vy)
}

func main() {
	// ad spend (k$) vs signups
	spend := []float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	signups := []float64{12, 19, 29, 37, 45, 48, 61, 68, 74, 85}
	pts := make([]Point, len(spend))
	for i := range spend {
		pts[i] = Point{spend[i], signups[i]}
	}
	fit := linreg(pts)
	fmt.Println(fit)
	fmt.Printf("%+v\n", fit)
	fmt.Printf("pearson r = %.5f, r^2 = %.5f\n", pearson(pts), math.Pow(pearson(pts), 2))

	fmt.Printf("%5s %7s %8s %8s  %s\n", "x", "y", "yhat", "resid", "")
	for _, p := range pts {
		yhat := fit.Predict(p.X)
		res := p.Y - yhat
		bar := strings.Repeat("+", int(math.Round(math.Max(res, 0))))
		if res < 0 {
			bar = strings.Repeat("-", int(math.Round(-res)))
		}
		fmt.Printf("%5.1f %7.1f %8.3f %+8.3f  %s\n", p.X, p.Y, yhat, res, bar)
	}
	for _, x := range []float64{12, 15, 20} {
		fmt.Printf("forecast x=%.0f -> %.2f ± %.2f\n", x, fit.Predict(x), 1.96*fit.SE)
	}

	// log-linear fit for exponential growth: y = a*e^(b*x)
	growth := []float64{100, 118, 141, 165, 197, 232, 276}
	lp := make([]Point, len(growth))
	for i, g := range growth {
		lp[i] = Point{float64(i), math.Log(g)}
	}
	lf := linreg(lp)
	a := math.Exp(lf.Intercept)
	fmt.Printf("exp fit: a=%.3f b=%.5f growth/period=%.2f%% doubling=%.2f periods\n",
		a, lf.Slope, (math.Exp(lf.Slope)-1)*100, math.Ln2/lf.Slope)
	fmt.Printf("R2=%.6f\n", lf.R2)
}
