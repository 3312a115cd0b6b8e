package main

import (
	"fmt"
	"math"
	"time"
)

type Bar struct {
	Date  time.Time
	Close float64
	Vol   int
}

type Prices []Bar

// Shift returns closes shifted by n (positive = lag, negative = lead), NaN-padded.
func (p Prices) Shift(n int) []float64 {
	out := make([]float64, len(p))
	for i := range p {
		j := i - n
		if j < 0 || j >= len(p) {
			out[i] = math.NaN()
		} else {
			out[i] = p[j].Close
		}
	}
	return out
}

func (p Prices) PctChange() []float64 {
	lag := p.Shift(1)
	out := make([]float64, len(p))
	for i := range p {
		out[i] = (p[i].Close - lag[i]) / lag[i] * 100
	}
	return out
}

func f(v float64, prec int) string {
	if math.IsNaN(v) {
		return "NaN"
	}
	return fmt.Sprintf("%.*f", prec, v)
}

var closes = []float64{101.2, 102.8, 101.9, 104.5, 106.0, 105.1, 103.7, 107.9, 108.4, 107.2, 110.3, 111.0}
var volumes = []int{1200, 1530, 980, 2210, 1875, 1320, 1640, 2890, 2015, 1450, 2600, 2100}

func tradingDays(from time.Time, n int) []time.Time {
	var days []time.Time
	for d := from; len(days) < n; d = d.AddDate(0, 0, 1) {
		if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
			days = append(days, d)
		}
	}
	return days
}

func main() {
	days := tradingDays(time.Date(2024, 6, 3, 0, 0, 0, 0, time.UTC), len(closes))
	p := make(Prices, len(closes))
	for i := range closes {
		p[i] = Bar{days[i], closes[i], volumes[i]}
	}
	lag1 := p.Shift(1)
	lead1 := p.Shift(-1)
	pct := p.PctChange()

	fmt.Printf("%-11s %-3s %7s %7s %7s %7s %6s\n", "date", "dow", "close", "lag1", "lead1", "pct%", "signal")
	ups, downs := 0, 0
	streak, best := 0, 0
	for i, b := range p {
		sig := ""
		switch {
		case math.IsNaN(pct[i]):
			sig = "-"
		case pct[i] > 1.5:
			sig = "BUY"
		case pct[i] < -1.0:
			sig = "SELL"
		default:
			sig = "hold"
		}
		if !math.IsNaN(pct[i]) {
			if pct[i] > 0 {
				ups++
				streak++
				best = max(best, streak)
			} else {
				downs++
				streak = 0
			}
		}
		fmt.Printf("%-11s %-3s %7.2f %7s %7s %7s %6s\n", b.Date.Format("2006-01-02"),
			b.Date.Weekday().String()[:3], b.Close, f(lag1[i], 2), f(lead1[i], 2), f(pct[i], 2), sig)
	}
	first, last := p[0].Close, p[len(p)-1].Close
	fmt.Printf("\nup days=%d down days=%d longest up streak=%d\n", ups, downs, best)
	fmt.Printf("total return: %.2f%% over %d sessions\n", (last-first)/first*100, len(p)-1)

	// Volume-weighted average price
	var pv, v float64
	for _, b := range p {
		pv += b.Close * float64(b.Vol)
		v += float64(b.Vol)
	}
	fmt.Printf("VWAP: %.3f\n", pv/v)

	// Next-day return after high-volume days (vol > 2000): uses lead.
	fmt.Println("\nnext-day move after high-volume sessions:")
	for i, b := range p {
		if b.Vol > 2000 {
			if math.IsNaN(lead1[i]) {
				fmt.Printf("  %s vol=%d next=NaN\n", b.Date.Format("Jan 02"), b.Vol)
				continue
			}
			fmt.Printf("  %s vol=%d next=%+.2f\n", b.Date.Format("Jan 02"), b.Vol, lead1[i]-b.Close)
		}
	}
}
