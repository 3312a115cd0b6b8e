// Price series analytics: daily returns, annualized volatility, max drawdown, rolling Sharpe.
package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"time"
)

type Bar struct {
	Date  time.Time
	Close float64
}

func nextBusinessDay(t time.Time) time.Time {
	t = t.AddDate(0, 0, 1)
	for t.Weekday() == time.Saturday || t.Weekday() == time.Sunday {
		t = t.AddDate(0, 0, 1)
	}
	return t
}

func stats(xs []float64) (mean, sd float64) {
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	for _, x := range xs {
		sd += (x - mean) * (x - mean)
	}
	return mean, math.Sqrt(sd / float64(len(xs)-1))
}

func main() {
	r := rand.New(rand.NewPCG(314, 159))
	d := time.Date(2023, time.December, 29, 0, 0, 0, 0, time.UTC)
	price := 100.0
	var bars []Bar
	for i := 0; i < 126; i++ {
		d = nextBusinessDay(d)
		drift := 0.0004
		if i >= 50 && i < 70 {
			drift = -0.006 // a correction
		}
		price *= math.Exp(drift + 0.013*r.NormFloat64())
		bars = append(bars, Bar{d, math.Round(price*100) / 100})
	}
	first, last := bars[0], bars[len(bars)-1]
	fmt.Printf("%d trading days %s .. %s (calendar span %v)\n", len(bars), first.Date.Format(time.DateOnly),
		last.Date.Format(time.DateOnly), last.Date.Sub(first.Date))

	rets := make([]float64, len(bars)-1)
	for i := 1; i < len(bars); i++ {
		rets[i-1] = math.Log(bars[i].Close / bars[i-1].Close)
	}
	mu, sd := stats(rets)
	fmt.Printf("total return %+.2f%%, mean daily log-ret %.5f, daily vol %.4f\n", 100*(last.Close/first.Close-1), mu, sd)
	fmt.Printf("annualized: return %.2f%%, vol %.2f%%, Sharpe(rf=0) %.3f\n", 100*mu*252, 100*sd*math.Sqrt(252), mu/sd*math.Sqrt(252))

	// Max drawdown.
	peak, peakDate := bars[0].Close, bars[0].Date
	mdd, mddPeak, mddTrough := 0.0, time.Time{}, time.Time{}
	for _, b := range bars {
		if b.Close > peak {
			peak, peakDate = b.Close, b.Date
		}
		if dd := b.Close/peak - 1; dd < mdd {
			mdd, mddPeak, mddTrough = dd, peakDate, b.Date
		}
	}
	fmt.Printf("max drawdown %.2f%% from %s to %s (%d calendar days)\n", 100*mdd, mddPeak.Format("Jan 2"),
		mddTrough.Format("Jan 2"), int(mddTrough.Sub(mddPeak).Hours()/24))

	// Monthly returns and rolling 20-day stats at month ends.
	fmt.Println("\nmonth     open     close    ret%   best_day  worst_day")
	type acc struct {
		open, close, best, worst float64
		bestD, worstD            time.Time
	}
	var order []time.Month
	months := map[time.Month]*acc{}
	for i, b := range bars {
		m := b.Date.Month()
		a := months[m]
		if a == nil {
			open := b.Close
			if i > 0 {
				open = bars[i-1].Close
			}
			a = &acc{open: open, best: math.Inf(-1), worst: math.Inf(1)}
			months[m] = a
			order = append(order, m)
		}
		a.close = b.Close
		if i > 0 {
			if rets[i-1] > a.best {
				a.best, a.bestD = rets[i-1], b.Date
			}
			if rets[i-1] < a.worst {
				a.worst, a.worstD = rets[i-1], b.Date
			}
		}
	}
	for _, m := range order {
		a := months[m]
		fmt.Printf("%-8s %7.2f  %7.2f  %+6.2f   %+.2f%% %s  %+.2f%% %s\n", m.String()[:3], a.open, a.close, 100*(a.close/a.open-1),
			100*a.best, a.bestD.Format("01/02"), 100*a.worst, a.worstD.Format("01/02"))
	}
	fmt.Println("\nrolling 20d (every 20th day):")
	for i := 20; i < len(rets); i += 20 {
		m, s := stats(rets[i-20 : i])
		fmt.Printf("  %s  vol=%5.2f%%  sharpe=%+6.2f\n", bars[i].Date.Format("2006-01-02 Mon"), 100*s*math.Sqrt(252), m/s*math.Sqrt(252))
	}
}
