// Percent change, month-over-month and year-over-year on monthly revenue, with CAGR.
package main

import (
	"fmt"
	"math"
	"os"
	"text/tabwriter"
	"time"
)

type Month struct {
	Start   time.Time
	Revenue float64
}

func pctChange(cur, prev float64) (float64, bool) {
	if prev == 0 {
		return 0, false
	}
	return (cur - prev) / prev * 100, true
}

func fmtPct(v float64, ok bool) string {
	if !ok {
		return "n/a"
	}
	return fmt.Sprintf("%+.1f%%", v)
}

func main() {
	var ms []Month
	start := time.Date(2022, time.January, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 30; i++ {
		season := []float64{0.9, 0.85, 0.95, 1.0, 1.02, 1.05, 0.98, 0.97, 1.03, 1.08, 1.2, 1.35}[i%12]
		rev := 100000 * math.Pow(1.018, float64(i)) * season
		if i == 17 {
			rev = 0 // outage month with missing data
		}
		ms = append(ms, Month{start.AddDate(0, i, 0), math.Round(rev)})
	}

	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "month\trevenue\tMoM\tYoY\t3m_avg\t")
	for i, m := range ms {
		mom, yoy := "n/a", "n/a"
		if i >= 1 {
			mom = fmtPct(pctChange(m.Revenue, ms[i-1].Revenue))
		}
		if i >= 12 {
			yoy = fmtPct(pctChange(m.Revenue, ms[i-12].Revenue))
		}
		avg := "-"
		if i >= 2 {
			avg = fmt.Sprintf("%.0f", (ms[i].Revenue+ms[i-1].Revenue+ms[i-2].Revenue)/3)
		}
		fmt.Fprintf(w, "%s\t%.0f\t%s\t%s\t%s\t\n", m.Start.Format("2006-01"), m.Revenue, mom, yoy, avg)
	}
	w.Flush()

	// Yearly totals and CAGR over full years.
	years := map[int]float64{}
	counts := map[int]int{}
	for _, m := range ms {
		years[m.Start.Year()] += m.Revenue
		counts[m.Start.Year()]++
	}
	fmt.Println()
	for y := 2022; y <= 2024; y++ {
		fmt.Printf("%d: total=%.0f months=%d\n", y, years[y], counts[y])
	}
	first, last := ms[0], ms[len(ms)-1]
	yrs := float64(last.Start.Sub(first.Start).Hours()) / (24 * 365.25)
	cagr := math.Pow(last.Revenue/first.Revenue, 1/yrs) - 1
	fmt.Printf("CAGR %s -> %s over %.2f years: %.2f%%\n", first.Start.Format("Jan 2006"), last.Start.Format("Jan 2006"), yrs, cagr*100)
	// Log returns are additive; compare with compounded percent change.
	logSum := 0.0
	for i := 1; i < 12; i++ {
		logSum += math.Log(ms[i].Revenue / ms[i-1].Revenue)
	}
	fmt.Printf("2022 Jan->Dec: sum of log returns=%.4f => %.2f%% ; direct=%.2f%%\n", logSum, (math.Exp(logSum)-1)*100,
		(ms[11].Revenue/ms[0].Revenue-1)*100)
}
