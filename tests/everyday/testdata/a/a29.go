// Daily metrics time series: parse a CSV, fill gaps, compute moving averages and week-over-week change.
package main

import (
	"encoding/csv"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

const dailyCSV = `date,signups,revenue
2024-05-01,120,3400.50
2024-05-02,132,3610.00
2024-05-03,98,2950.25
2024-05-04,60,1500.00
2024-05-05,55,1320.75
2024-05-06,140,3990.00
2024-05-08,150,4200.10
2024-05-09,149,4105.00
2024-05-10,101,3001.00
2024-05-11,70,1710.40
2024-05-12,66,1602.00
2024-05-13,155,4450.00
2024-05-14,160,4600.00
2024-05-15,171,4880.80
`

type Day struct {
	Date    time.Time
	Signups float64
	Revenue float64
	Filled  bool
}

func load() ([]Day, error) {
	rows, err := csv.NewReader(strings.NewReader(dailyCSV)).ReadAll()
	if err != nil {
		return nil, err
	}
	var days []Day
	for _, r := range rows[1:] {
		d, err := time.Parse(time.DateOnly, r[0])
		if err != nil {
			return nil, err
		}
		s, _ := strconv.ParseFloat(r[1], 64)
		rev, _ := strconv.ParseFloat(r[2], 64)
		days = append(days, Day{Date: d, Signups: s, Revenue: rev})
	}
	return days, nil
}

// fillGaps inserts missing dates using linear interpolation between neighbours.
func fillGaps(in []Day) []Day {
	out := []Day{in[0]}
	for _, d := range in[1:] {
		prev := out[len(out)-1]
		gap := int(d.Date.Sub(prev.Date).Hours() / 24)
		for k := 1; k < gap; k++ {
			f := float64(k) / float64(gap)
			out = append(out, Day{
				Date:    prev.Date.AddDate(0, 0, k),
				Signups: math.Round(prev.Signups + f*(d.Signups-prev.Signups)),
				Revenue: math.Round(100*(prev.Revenue+f*(d.Revenue-prev.Revenue))) / 100,
				Filled:  true,
			})
		}
		out = append(out, d)
	}
	return out
}

func movingAvg(vals []float64, window int) []float64 {
	out := make([]float64, len(vals))
	sum := 0.0
	for i, v := range vals {
		sum += v
		if i >= window {
			sum -= vals[i-window]
		}
		if i >= window-1 {
			out[i] = sum / float64(window)
		} else {
			out[i] = math.NaN()
		}
	}
	return out
}

func fmtNaN(v float64, verb string) string {
	if math.IsNaN(v) {
		return "-"
	}
	return fmt.Sprintf(verb, v)
}

func main() {
	raw, err := load()
	if err != nil {
		fmt.Println("load:", err)
		return
	}
	days := fillGaps(raw)
	fmt.Printf("loaded %d rows, %d after gap fill\n\n", len(raw), len(days))

	rev := make([]float64, len(days))
	for i, d := range days {
		rev[i] = d.Revenue
	}
	ma3 := movingAvg(rev, 3)
	ma7 := movingAvg(rev, 7)

	fmt.Printf("%-10s %-3s %7s %9s %9s %9s %8s\n", "date", "dow", "signups", "revenue", "ma3", "ma7", "wow%")
	for i, d := range days {
		wow := math.NaN()
		if i >= 7 {
			wow = 100 * (d.Revenue - days[i-7].Revenue) / days[i-7].Revenue
		}
		mark := ""
		if d.Filled {
			mark = " *interpolated"
		}
		fmt.Printf("%-10s %-3s %7.0f %9.2f %9s %9s %8s%s\n",
			d.Date.Format(time.DateOnly), d.Date.Format("Mon"), d.Signups, d.Revenue,
			fmtNaN(ma3[i], "%.2f"), fmtNaN(ma7[i], "%.2f"), fmtNaN(wow, "%+.1f"), mark)
	}

	weekday, weekend := 0.0, 0.0
	nwd, nwe := 0, 0
	for _, d := range days {
		if wd := d.Date.Weekday(); wd == time.Saturday || wd == time.Sunday {
			weekend += d.Revenue
			nwe++
		} else {
			weekday += d.Revenue
			nwd++
		}
	}
	fmt.Printf("\navg weekday revenue %.2f (%d days), weekend %.2f (%d days), ratio %.2f\n",
		weekday/float64(nwd), nwd, weekend/float64(nwe), nwe, (weekday/float64(nwd))/(weekend/float64(nwe)))

	best := days[0]
	for _, d := range days {
		if d.Revenue/d.Signups > best.Revenue/best.Signups {
			best = d
		}
	}
	fmt.Printf("highest revenue per signup: %s at %.2f\n", best.Date.Format("Jan 2"), best.Revenue/best.Signups)
	first, last := days[0].Date, days[len(days)-1].Date
	fmt.Printf("period %s to %s spans %v (%d days)\n", first.Format("2 Jan"), last.Format("2 Jan 2006"), last.Sub(first), int(last.Sub(first).Hours()/24)+1)
}
