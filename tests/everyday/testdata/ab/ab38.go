package main

import (
	"fmt"
	"math"
	"strings"
)

type Week struct {
	N       int
	TVSpend float64 // k$
	Online  float64 // k$
	Sales   float64 // k units
}

var weeks = []Week{
	{1, 12.0, 4.1, 48.2}, {2, 8.5, 5.3, 44.9}, {3, 15.2, 3.8, 55.1}, {4, 5.0, 6.2, 40.3},
	{5, 18.4, 4.9, 63.0}, {6, 10.1, 7.5, 52.4}, {7, 3.2, 2.8, 31.7}, {8, 14.0, 6.0, 57.8},
	{9, 20.5, 5.5, 68.9}, {10, 7.7, 3.1, 39.5}, {11, 11.3, 8.4, 56.0}, {12, 16.8, 2.2, 56.3},
	{13, 9.4, 6.6, 49.8}, {14, 13.1, 4.4, 53.2}, {15, 6.2, 5.0, 41.1}, {16, 19.0, 7.1, 69.4},
}

// OLS fits y = b0 + b1*x1 + b2*x2 via the normal equations (3x3, Gaussian elimination).
func OLS(x1, x2, y []float64) [3]float64 {
	var a [3][4]float64
	for i := range y {
		row := [3]float64{1, x1[i], x2[i]}
		for r := 0; r < 3; r++ {
			for c := 0; c < 3; c++ {
				a[r][c] += row[r] * row[c]
			}
			a[r][3] += row[r] * y[i]
		}
	}
	for p := 0; p < 3; p++ {
		best := p
		for r := p + 1; r < 3; r++ {
			if math.Abs(a[r][p]) > math.Abs(a[best][p]) {
				best = r
			}
		}
		a[p], a[best] = a[best], a[p]
		for r := 0; r < 3; r++ {
			if r == p {
				continue
			}
			f := a[r][p] / a[p][p]
			for c := p; c < 4; c++ {
				a[r][c] -= f * a[p][c]
			}
		}
	}
	return [3]float64{a[0][3] / a[0][0], a[1][3] / a[1][1], a[2][3] / a[2][2]}
}

func col(f func(Week) float64) []float64 {
	out := make([]float64, len(weeks))
	for i, w := range weeks {
		out[i] = f(w)
	}
	return out
}

func main() {
	tv := col(func(w Week) float64 { return w.TVSpend })
	on := col(func(w Week) float64 { return w.Online })
	y := col(func(w Week) float64 { return w.Sales })
	b := OLS(tv, on, y)
	fmt.Printf("model: sales = %.3f + %.3f*tv + %.3f*online\n\n", b[0], b[1], b[2])

	var ssRes, ssTot, mean float64
	for _, v := range y {
		mean += v
	}
	mean /= float64(len(y))
	fmt.Printf("%4s %6s %6s %7s %7s %7s  %s\n", "week", "tv", "online", "sales", "fitted", "resid", "residual plot")
	for i := range y {
		fit := b[0] + b[1]*tv[i] + b[2]*on[i]
		r := y[i] - fit
		ssRes += r * r
		ssTot += (y[i] - mean) * (y[i] - mean)
		pos := int(math.Round(r*4)) + 6 // one column per 0.25k units
		pos = max(0, min(12, pos))
		plot := []byte(strings.Repeat(" ", 13))
		plot[6] = '|'
		plot[pos] = 'o'
		fmt.Printf("%4d %6.1f %6.1f %7.1f %7.2f %+7.2f  %s\n", weeks[i].N, tv[i], on[i], y[i], fit, r, strings.TrimRight(string(plot), " "))
	}
	n, p := float64(len(y)), 2.0
	r2 := 1 - ssRes/ssTot
	adj := 1 - (1-r2)*(n-1)/(n-p-1)
	rmse := math.Sqrt(ssRes / (n - p - 1))
	fmt.Printf("\nR^2=%.4f adjR^2=%.4f RMSE=%.3f\n", r2, adj, rmse)

	// scenario planning with the fitted model
	fmt.Println("\nscenarios (budget 20k$ split between TV and online):")
	bestSplit, bestSales := 0.0, math.Inf(-1)
	for tvShare := 0.0; tvShare <= 1.0001; tvShare += 0.25 {
		t, o := 20*tvShare, 20*(1-tvShare)
		pred := b[0] + b[1]*t + b[2]*o
		if pred > bestSales {
			bestSplit, bestSales = tvShare, pred
		}
		fmt.Printf("  tv=%5.1f online=%5.1f -> predicted sales %.2f\n", t, o, pred)
	}
	fmt.Printf("best split: %.0f%% TV (%.2f k units; extrapolation caveat for online > %.1f)\n",
		bestSplit*100, bestSales, slicesMax(on))
}

func slicesMax(xs []float64) float64 {
	m := xs[0]
	for _, x := range xs[1:] {
		m = math.Max(m, x)
	}
	return m
}
