package main

import (
	"fmt"
	"math"
	"strings"
	"time"
)

type point struct {
	Day   time.Time
	Close float64
}

func sma(xs []float64, window int) []float64 {
	out := make([]float64, len(xs))
	var sum float64
	for i, x := range xs {
		sum += x
		if i >= window {
			sum -= xs[i-window]
		}
		if i+1 < window {
			out[i] = math.NaN()
		} else {
			out[i] = sum / float64(window)
		}
	}
	return out
}

func ema(xs []float64, span int) []float64 {
	alpha := 2 / (float64(span) + 1)
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

func fmtNum(v float64) string {
	if math.IsNaN(v) {
		return "      -"
	}
	return fmt.Sprintf("%7.2f", v)
}

func main() {
	closes := []float64{101.2, 102.5, 101.9, 103.4, 104.0, 103.1, 105.6, 106.2, 104.8, 107.3,
		105.1, 103.5, 101.9, 100.4, 99.2, 100.7, 102.0, 104.4, 106.8, 108.5}
	start := time.Date(2024, time.April, 1, 0, 0, 0, 0, time.UTC)

	var series []point
	day := start
	for _, c := range closes {
		for day.Weekday() == time.Saturday || day.Weekday() == time.Sunday {
			day = day.AddDate(0, 0, 1)
		}
		series = append(series, point{day, c})
		day = day.AddDate(0, 0, 1)
	}

	s5 := sma(closes, 5)
	s10 := sma(closes, 10)
	e5 := ema(closes, 5)

	fmt.Println("date        close    sma5   sma10    ema5  signal")
	fmt.Println(strings.Repeat("-", 52))
	prevAbove := false
	for i, p := range series {
		signal := ""
		if !math.IsNaN(s10[i]) {
			above := s5[i] > s10[i]
			if i > 0 && !math.IsNaN(s10[i-1]) && above != prevAbove {
				if above {
					signal = "golden cross"
				} else {
					signal = "death cross"
				}
			}
			prevAbove = above
		}
		line := fmt.Sprintf("%s %7.2f %s %s %s  %s", p.Day.Format("2006-01-02"), p.Close,
			fmtNum(s5[i]), fmtNum(s10[i]), fmtNum(e5[i]), signal)
		fmt.Println(strings.TrimRight(line, " "))
	}

	// Daily returns and a simple volatility estimate.
	var rets []float64
	for i := 1; i < len(closes); i++ {
		rets = append(rets, closes[i]/closes[i-1]-1)
	}
	var mean float64
	for _, r := range rets {
		mean += r
	}
	mean /= float64(len(rets))
	var ss float64
	for _, r := range rets {
		ss += (r - mean) * (r - mean)
	}
	stdev := math.Sqrt(ss / float64(len(rets)-1))
	fmt.Printf("\nmean daily return %+.3f%%, stdev %.3f%%, annualised vol %.1f%%\n",
		mean*100, stdev*100, stdev*math.Sqrt(252)*100)

	maxDD, peak := 0.0, closes[0]
	for _, c := range closes {
		peak = math.Max(peak, c)
		maxDD = math.Min(maxDD, c/peak-1)
	}
	fmt.Printf("max drawdown %.2f%% over %d trading days (%s to %s)\n", maxDD*100, len(series),
		series[0].Day.Format("Jan 2"), series[len(series)-1].Day.Format("Jan 2"))
}
