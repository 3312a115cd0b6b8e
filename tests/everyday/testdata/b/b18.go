package main

import (
	"fmt"
	"math"
	"strings"
)

type Series []float64

// SMA returns the simple moving average; the first window-1 entries are NaN.
func (s Series) SMA(window int) Series {
	out := make(Series, len(s))
	sum := 0.0
	for i, v := range s {
		sum += v
		if i >= window {
			sum -= s[i-window]
		}
		if i >= window-1 {
			out[i] = sum / float64(window)
		} else {
			out[i] = math.NaN()
		}
	}
	return out
}

// EMA uses smoothing factor 2/(n+1), seeded with the first value.
func (s Series) EMA(n int) Series {
	alpha := 2 / float64(n+1)
	out := make(Series, len(s))
	for i, v := range s {
		if i == 0 {
			out[i] = v
			continue
		}
		out[i] = alpha*v + (1-alpha)*out[i-1]
	}
	return out
}

// WMA is a linearly weighted moving average.
func (s Series) WMA(window int) Series {
	out := make(Series, len(s))
	denom := float64(window * (window + 1) / 2)
	for i := range s {
		if i < window-1 {
			out[i] = math.NaN()
			continue
		}
		acc := 0.0
		for j := 0; j < window; j++ {
			acc += float64(j+1) * s[i-window+1+j]
		}
		out[i] = acc / denom
	}
	return out
}

func (s Series) RollingStd(window int) Series {
	out := make(Series, len(s))
	for i := range s {
		if i < window-1 {
			out[i] = math.NaN()
			continue
		}
		w := s[i-window+1 : i+1]
		m := 0.0
		for _, v := range w {
			m += v
		}
		m /= float64(window)
		ss := 0.0
		for _, v := range w {
			ss += (v - m) * (v - m)
		}
		out[i] = math.Sqrt(ss / float64(window-1))
	}
	return out
}

func cell(v float64) string {
	if math.IsNaN(v) {
		return "      -"
	}
	return fmt.Sprintf("%7.2f", v)
}

var closes = Series{
	101.2, 102.5, 101.8, 103.4, 104.9, 104.1, 106.3, 107.0, 105.6, 104.2,
	103.1, 101.7, 100.9, 102.2, 103.8, 105.5, 107.9, 109.4, 108.8, 110.6,
	111.3, 109.7, 108.2, 107.5, 109.1, 111.8, 113.0, 114.6, 113.9, 115.2,
}

func main() {
	sma5, sma10 := closes.SMA(5), closes.SMA(10)
	ema5 := closes.EMA(5)
	wma5 := closes.WMA(5)
	std5 := closes.RollingStd(5)

	fmt.Printf("%4s %7s %7s %7s %7s %7s %7s  %s\n", "day", "close", "sma5", "sma10", "ema5", "wma5", "std5", "signal")
	prevDiff := math.NaN()
	var crosses []string
	for i, c := range closes {
		signal := ""
		diff := sma5[i] - sma10[i]
		if !math.IsNaN(prevDiff) && !math.IsNaN(diff) {
			if prevDiff <= 0 && diff > 0 {
				signal = "golden cross (BUY)"
			} else if prevDiff >= 0 && diff < 0 {
				signal = "death cross (SELL)"
			}
		}
		if signal != "" {
			crosses = append(crosses, fmt.Sprintf("day %d: %s", i+1, signal))
		}
		// Bollinger band breach
		if !math.IsNaN(std5[i]) && (c > sma5[i]+2*std5[i] || c < sma5[i]-2*std5[i]) {
			signal += " [band]"
		}
		prevDiff = diff
		if signal != "" {
			signal = "  " + strings.TrimSpace(signal)
		}
		fmt.Printf("%4d %7.2f %s %s %s %s %s%s\n", i+1, c, cell(sma5[i]), cell(sma10[i]), cell(ema5[i]), cell(wma5[i]), cell(std5[i]), signal)
	}
	fmt.Println("\nCrossovers:")
	for _, c := range crosses {
		fmt.Println("  " + c)
	}

	// daily log returns
	var sum, sumSq float64
	n := 0
	for i := 1; i < len(closes); i++ {
		r := math.Log(closes[i] / closes[i-1])
		sum += r
		sumSq += r * r
		n++
	}
	mean := sum / float64(n)
	sd := math.Sqrt((sumSq - float64(n)*mean*mean) / float64(n-1))
	fmt.Printf("\nmean daily log return %.5f, sd %.5f, annualized vol %.2f%%\n", mean, sd, sd*math.Sqrt(252)*100)
	peak, maxDD := closes[0], 0.0
	for _, c := range closes {
		peak = math.Max(peak, c)
		maxDD = math.Max(maxDD, (peak-c)/peak)
	}
	fmt.Printf("max drawdown %.2f%%\n", maxDD*100)
}
