package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Series struct {
	Name   string
	Values []float64
}

func mean(xs []float64) float64 {
	var s float64
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

var ErrLength = errors.New("series length mismatch")

func pearson(a, b Series) (float64, error) {
	if len(a.Values) != len(b.Values) {
		return 0, fmt.Errorf("pearson(%s,%s): %w (%d vs %d)", a.Name, b.Name, ErrLength, len(a.Values), len(b.Values))
	}
	ma, mb := mean(a.Values), mean(b.Values)
	var cov, va, vb float64
	for i := range a.Values {
		da, db := a.Values[i]-ma, b.Values[i]-mb
		cov += da * db
		va += da * da
		vb += db * db
	}
	return cov / math.Sqrt(va*vb), nil
}

type Fit struct {
	Slope, Intercept, R2 float64
}

func (f Fit) Predict(x float64) float64 { return f.Intercept + f.Slope*x }

func (f Fit) String() string {
	return fmt.Sprintf("y = %.3f + %.3f·x (R²=%.3f)", f.Intercept, f.Slope, f.R2)
}

func ols(x, y []float64) Fit {
	mx, my := mean(x), mean(y)
	var sxy, sxx, sst, sse float64
	for i := range x {
		sxy += (x[i] - mx) * (y[i] - my)
		sxx += (x[i] - mx) * (x[i] - mx)
	}
	slope := sxy / sxx
	icpt := my - slope*mx
	for i := range x {
		pred := icpt + slope*x[i]
		sse += (y[i] - pred) * (y[i] - pred)
		sst += (y[i] - my) * (y[i] - my)
	}
	return Fit{slope, icpt, 1 - sse/sst}
}

func main() {
	adSpend := Series{"ad_spend", []float64{12, 15, 9, 22, 30, 18, 25, 11, 27, 20}}
	visits := Series{"visits", []float64{410, 480, 350, 620, 800, 530, 700, 390, 735, 590}}
	temp := Series{"temp_c", []float64{18, 21, 17, 16, 19, 24, 20, 22, 15, 18}}
	orders := Series{"orders", []float64{31, 36, 25, 49, 66, 40, 58, 28, 61, 45}}
	all := []Series{adSpend, visits, temp, orders}

	fmt.Printf("%-9s", "")
	for _, s := range all {
		fmt.Printf("%9s", s.Name)
	}
	fmt.Println()
	for _, a := range all {
		fmt.Printf("%-9s", a.Name)
		for _, b := range all {
			r, err := pearson(a, b)
			if err != nil {
				fmt.Printf("%9s", "err")
				continue
			}
			fmt.Printf("%9.3f", r)
		}
		fmt.Println()
	}

	fit := ols(adSpend.Values, orders.Values)
	fmt.Println("\norders ~ ad_spend:", fit)
	fmt.Println("residuals:")
	for i, x := range adSpend.Values {
		res := orders.Values[i] - fit.Predict(x)
		bar := strings.Repeat("+", int(math.Round(math.Abs(res))))
		if res < 0 {
			bar = strings.Repeat("-", int(math.Round(-res)))
		}
		line := fmt.Sprintf("  x=%4.0f y=%4.0f ŷ=%6.2f res=%+6.2f %s", x, orders.Values[i], fit.Predict(x), res, bar)
		fmt.Println(strings.TrimRight(line, " "))
	}
	for _, budget := range []float64{10, 35, 50} {
		fmt.Printf("forecast at spend %.0f: %.1f orders\n", budget, fit.Predict(budget))
	}

	short := Series{"short", []float64{1, 2, 3}}
	if _, err := pearson(adSpend, short); errors.Is(err, ErrLength) {
		fmt.Println("\nexpected error:", err)
	}
}
