// Time series smoothing: simple moving average, EMA, and Holt's linear trend.
package main

import (
	"fmt"
	"math"
	"time"
)

type Point struct {
	Day   time.Time
	Value float64
}

func sma(xs []float64, w int) []float64 {
	out := make([]float64, len(xs))
	sum := 0.0
	for i, x := range xs {
		sum += x
		if i >= w {
			sum -= xs[i-w]
		}
		if i >= w-1 {
			out[i] = sum / float64(w)
		} else {
			out[i] = math.NaN()
		}
	}
	return out
}

func ema(xs []float64, alpha float64) []float64 {
	out := make([]float64, len(xs))
	for i, x := range xs {
		if i == 0 {
			out[i] = x
			continue
		}
		out[i] = alpha*x + (1-alpha)*out[i-1]
	}
	return out
}

func holt(xs []float64, alpha, beta float64, horizon int) ([]float64, []float64) {
	level, trend := xs[0], xs[1]-xs[0]
	fitted := make([]float64, len(xs))
	fitted[0] = xs[0]
	for i := 1; i < len(xs); i++ {
		fitted[i] = level + trend
		prev := level
		level = alpha*xs[i] + (1-alpha)*(level+trend)
		trend = beta*(level-prev) + (1-beta)*trend
	}
	fc := make([]float64, horizon)
	for h := range fc {
		fc[h] = level + float64(h+1)*trend
	}
	return fitted, fc
}

func fmtNum(x float64) string {
	if math.IsNaN(x) {
		return "     -"
	}
	return fmt.Sprintf("%6.1f", x)
}

func main() {
	start := time.Date(2024, time.March, 4, 0, 0, 0, 0, time.UTC)
	var series []Point
	for i := 0; i < 28; i++ {
		d := start.Add(time.Duration(i) * 24 * time.Hour)
		weekly := 0.0
		switch d.Weekday() {
		case time.Saturday, time.Sunday:
			weekly = -15
		case time.Monday:
			weekly = 8
		}
		noise := float64((i*37)%11) - 5
		series = append(series, Point{d, 100 + 1.5*float64(i) + weekly + noise})
	}
	vals := make([]float64, len(series))
	for i, p := range series {
		vals[i] = p.Value
	}
	s7 := sma(vals, 7)
	e := ema(vals, 0.3)
	fit, fc := holt(vals, 0.4, 0.2, 7)

	fmt.Println("date        dow   value   sma7   ema.3   holt")
	var sse float64
	for i, p := range series {
		fmt.Printf("%s  %s  %s  %s  %s  %s\n", p.Day.Format("2006-01-02"), p.Day.Weekday().String()[:3],
			fmtNum(p.Value), fmtNum(s7[i]), fmtNum(e[i]), fmtNum(fit[i]))
		if i > 0 {
			sse += (p.Value - fit[i]) * (p.Value - fit[i])
		}
	}
	fmt.Printf("\nHolt RMSE (one-step): %.3f\n", math.Sqrt(sse/float64(len(series)-1)))
	last := series[len(series)-1].Day
	fmt.Println("7-day forecast:")
	for h, v := range fc {
		d := last.Add(time.Duration(h+1) * 24 * time.Hour)
		fmt.Printf("  %s %s %.2f\n", d.Format("Jan 02"), d.Weekday(), v)
	}
	span := last.Sub(series[0].Day)
	fmt.Printf("span=%v (%.0f days)\n", span, span.Hours()/24)
}
