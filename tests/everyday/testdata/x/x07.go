package main

import (
	"fmt"
	"math"
	"slices"
)

type Stats struct {
	N                         int
	Mean, Median, Var, StdDev float64
	Min, Max                  float64
}

func describe(xs []float64) Stats {
	s := Stats{N: len(xs)}
	if len(xs) == 0 {
		return s
	}
	sorted := slices.Clone(xs)
	slices.Sort(sorted)
	s.Min, s.Max = sorted[0], sorted[len(sorted)-1]
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	s.Mean = sum / float64(len(xs))
	if n := len(sorted); n%2 == 1 {
		s.Median = sorted[n/2]
	} else {
		s.Median = (sorted[n/2-1] + sorted[n/2]) / 2
	}
	for _, x := range xs {
		s.Var += (x - s.Mean) * (x - s.Mean)
	}
	if len(xs) > 1 {
		s.Var /= float64(len(xs) - 1)
	}
	s.StdDev = math.Sqrt(s.Var)
	return s
}

// fit y = a + b*x by ordinary least squares
func linreg(x, y []float64) (a, b, r2 float64) {
	n := float64(len(x))
	var sx, sy, sxx, sxy float64
	for i := range x {
		sx += x[i]
		sy += y[i]
		sxx += x[i] * x[i]
		sxy += x[i] * y[i]
	}
	b = (n*sxy - sx*sy) / (n*sxx - sx*sx)
	a = (sy - b*sx) / n
	mean := sy / n
	var ssTot, ssRes float64
	for i := range x {
		pred := a + b*x[i]
		ssRes += (y[i] - pred) * (y[i] - pred)
		ssTot += (y[i] - mean) * (y[i] - mean)
	}
	r2 = 1 - ssRes/ssTot
	return
}

func percentile(xs []float64, p float64) float64 {
	s := slices.Sorted(slices.Values(xs))
	pos := p / 100 * float64(len(s)-1)
	lo := int(math.Floor(pos))
	hi := int(math.Ceil(pos))
	frac := pos - float64(lo)
	return s[lo]*(1-frac) + s[hi]*frac
}

func main() {
	data := []float64{2.5, 3.1, 4.7, 1.2, 9.8, 5.5, 3.3, 7.0, 6.1, 4.4}
	st := describe(data)
	fmt.Printf("%+v\n", st)
	fmt.Printf("mean=%.4f sd=%.4f cv=%.2f%%\n", st.Mean, st.StdDev, 100*st.StdDev/st.Mean)
	for _, p := range []float64{0, 25, 50, 75, 90, 100} {
		fmt.Printf("p%-3v = %.3f\n", p, percentile(data, p))
	}

	xs := []float64{1, 2, 3, 4, 5, 6, 7, 8}
	ys := []float64{2.1, 3.9, 6.2, 7.8, 10.1, 12.2, 13.8, 16.1}
	a, b, r2 := linreg(xs, ys)
	fmt.Printf("y = %.4f + %.4f x  (R^2=%.5f)\n", a, b, r2)
	for _, x := range []float64{0, 10, 12.5} {
		fmt.Printf("predict(%g) = %.3f\n", x, a+b*x)
	}

	// z-scores and outliers
	for i, x := range data {
		z := (x - st.Mean) / st.StdDev
		flag := ""
		if math.Abs(z) > 1.5 {
			flag = " <-- outlier"
		}
		fmt.Printf("%2d %5.2f z=%+.3f%s\n", i, x, z, flag)
	}
	fmt.Println(describe(nil))
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.RoundToEven(2.5), math.Trunc(-2.7), math.Floor(-2.7))
}
