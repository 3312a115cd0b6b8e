// Classical additive decomposition of daily orders into trend, weekly seasonality, residual.
package main

import (
	"fmt"
	"math"
	"strings"
	"time"
)

type Day struct {
	Date   time.Time
	Orders float64
}

func centeredMA(xs []float64, period int) []float64 {
	out := make([]float64, len(xs))
	half := period / 2
	for i := range xs {
		if i < half || i >= len(xs)-half {
			out[i] = math.NaN()
			continue
		}
		s := 0.0
		for k := i - half; k <= i+half; k++ {
			s += xs[k]
		}
		out[i] = s / float64(period)
	}
	return out
}

func main() {
	start := time.Date(2024, time.April, 1, 0, 0, 0, 0, time.UTC) // a Monday
	weekly := map[time.Weekday]float64{
		time.Monday: 12, time.Tuesday: 8, time.Wednesday: 5, time.Thursday: 3,
		time.Friday: -2, time.Saturday: -14, time.Sunday: -12,
	}
	var days []Day
	for i := 0; i < 42; i++ {
		d := start.AddDate(0, 0, i)
		trend := 200 + 1.2*float64(i)
		noise := float64((i*53)%9) - 4
		if i == 23 {
			noise += 25 // promotion day
		}
		days = append(days, Day{d, trend + weekly[d.Weekday()] + noise})
	}
	xs := make([]float64, len(days))
	for i, d := range days {
		xs[i] = d.Orders
	}
	trend := centeredMA(xs, 7)

	sums := map[time.Weekday]float64{}
	counts := map[time.Weekday]int{}
	for i, d := range days {
		if math.IsNaN(trend[i]) {
			continue
		}
		sums[d.Date.Weekday()] += xs[i] - trend[i]
		counts[d.Date.Weekday()]++
	}
	seasonal := map[time.Weekday]float64{}
	var meanAdj float64
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		seasonal[wd] = sums[wd] / float64(counts[wd])
		meanAdj += seasonal[wd] / 7
	}
	fmt.Println("weekly seasonal index (estimated vs true):")
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		seasonal[wd] -= meanAdj
		fmt.Printf("  %-9s %+7.2f  (true %+6.1f)\n", wd, seasonal[wd], weekly[wd])
	}

	fmt.Println("\ndate        dow  orders   trend  seasonal  resid")
	var rss float64
	var rn int
	maxRes, maxAt := 0.0, time.Time{}
	for i, d := range days {
		if math.IsNaN(trend[i]) {
			continue
		}
		s := seasonal[d.Date.Weekday()]
		res := xs[i] - trend[i] - s
		rss += res * res
		rn++
		if math.Abs(res) > math.Abs(maxRes) {
			maxRes, maxAt = res, d.Date
		}
		if i%3 == 0 {
			fmt.Printf("%s  %s  %6.1f  %6.1f  %+8.2f  %+6.2f\n", d.Date.Format(time.DateOnly), d.Date.Weekday().String()[:3], xs[i], trend[i], s, res)
		}
	}
	sdRes := math.Sqrt(rss / float64(rn))
	fmt.Printf("\nresidual sd=%.3f; largest residual %+.2f on %s (%.1f sd)\n", sdRes, maxRes, maxAt.Format("Mon Jan 2"), maxRes/sdRes)

	// Weekend volume raw vs. deseasonalized (full-week totals are unchanged since indices sum to 0).
	fmt.Println("\nweek starting   raw_total  weekend_raw  weekend_adj  adj_share")
	for w := 0; w < len(days)/7; w++ {
		var raw, wkRaw, wkAdj float64
		for k := 0; k < 7; k++ {
			d := days[w*7+k]
			raw += d.Orders
			if wd := d.Date.Weekday(); wd == time.Saturday || wd == time.Sunday {
				wkRaw += d.Orders
				wkAdj += d.Orders - seasonal[wd]
			}
		}
		share := wkAdj / raw
		fmt.Printf("%s  %9.1f  %11.1f  %11.1f  %8.1f%% %s\n", days[w*7].Date.Format("Mon Jan 02"), raw, wkRaw, wkAdj, 100*share,
			strings.Repeat("+", int((share-0.25)*400)))
	}
}
