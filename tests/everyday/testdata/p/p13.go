// Simple linear regression, Pearson and Spearman correlation, residual analysis.
package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

type Fit struct {
	Slope, Intercept, R2, StdErr float64
}

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func pearson(x, y []float64) float64 {
	mx, my := mean(x), mean(y)
	var sxy, sxx, syy float64
	for i := range x {
		dx, dy := x[i]-mx, y[i]-my
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	return sxy / math.Sqrt(sxx*syy)
}

func ranks(xs []float64) []float64 {
	idx := make([]int, len(xs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(xs[a], xs[b]) })
	r := make([]float64, len(xs))
	for i := 0; i < len(idx); {
		j := i
		for j+1 < len(idx) && xs[idx[j+1]] == xs[idx[i]] {
			j++
		}
		avg := float64(i+j)/2 + 1 // average rank for ties
		for k := i; k <= j; k++ {
			r[idx[k]] = avg
		}
		i = j + 1
	}
	return r
}

func regress(x, y []float64) Fit {
	mx, my := mean(x), mean(y)
	var sxy, sxx float64
	for i := range x {
		sxy += (x[i] - mx) * (y[i] - my)
		sxx += (x[i] - mx) * (x[i] - mx)
	}
	f := Fit{Slope: sxy / sxx}
	f.Intercept = my - f.Slope*mx
	var ssRes, ssTot float64
	for i := range x {
		pred := f.Intercept + f.Slope*x[i]
		ssRes += (y[i] - pred) * (y[i] - pred)
		ssTot += (y[i] - my) * (y[i] - my)
	}
	f.R2 = 1 - ssRes/ssTot
	f.StdErr = math.Sqrt(ssRes / float64(len(x)-2) / sxx)
	return f
}

func main() {
	// Hours studied vs exam score.
	hours := []float64{1, 2, 2.5, 3, 4, 4.5, 5, 6, 7, 8}
	score := []float64{52, 55, 61, 58, 67, 70, 72, 79, 83, 90}
	f := regress(hours, score)
	fmt.Printf("score = %.3f + %.3f*hours  (R^2=%.4f, SE(slope)=%.4f)\n", f.Intercept, f.Slope, f.R2, f.StdErr)
	fmt.Printf("pearson r = %.4f, r^2 = %.4f\n", pearson(hours, score), math.Pow(pearson(hours, score), 2))
	fmt.Printf("spearman rho = %.4f\n", pearson(ranks(hours), ranks(score)))
	fmt.Println("residuals:")
	worst, worstIdx := 0.0, -1
	for i := range hours {
		pred := f.Intercept + f.Slope*hours[i]
		res := score[i] - pred
		bar := ""
		for range int(math.Abs(res) * 2) {
			bar += "#"
		}
		fmt.Printf("  x=%4.1f y=%4.0f pred=%6.2f res=%+6.2f %s\n", hours[i], score[i], pred, res, bar)
		if math.Abs(res) > worst {
			worst, worstIdx = math.Abs(res), i
		}
	}
	fmt.Printf("largest residual at x=%.1f\n", hours[worstIdx])
	for _, h := range []float64{0, 5.5, 10} {
		fmt.Printf("predict(%4.1f) = %.2f\n", h, f.Intercept+f.Slope*h)
	}

	// Monotone but non-linear: Spearman sees it perfectly, Pearson does not.
	x := []float64{1, 2, 3, 4, 5, 6, 7, 8}
	y := make([]float64, len(x))
	for i, v := range x {
		y[i] = math.Exp(v)
	}
	fmt.Printf("exp data: pearson=%.4f spearman=%.4f\n", pearson(x, y), pearson(ranks(x), ranks(y)))
	fmt.Println("ranks with ties:", ranks([]float64{10, 20, 20, 5, 30, 20}))
}
