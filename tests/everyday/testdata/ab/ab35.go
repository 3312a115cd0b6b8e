package main

import (
	"fmt"
	"math"
	"strings"
	"time"
)

type MonthKey struct {
	Year  int
	Month time.Month
}

func (m MonthKey) String() string { return fmt.Sprintf("%d-%02d", m.Year, int(m.Month)) }

func (m MonthKey) Prev(n int) MonthKey {
	t := time.Date(m.Year, m.Month, 1, 0, 0, 0, 0, time.UTC).AddDate(0, -n, 0)
	return MonthKey{t.Year(), t.Month()}
}

type Invoice struct {
	Date   time.Time
	Amount float64
}

// monthly revenue pattern with seasonality and growth, expanded into invoices.
func invoices() []Invoice {
	var out []Invoice
	start := time.Date(2023, time.January, 1, 0, 0, 0, 0, time.UTC)
	for m := 0; m < 24; m++ {
		season := 1 + 0.25*math.Sin(float64(m)/12*2*math.Pi)
		total := 10000 * math.Pow(1.02, float64(m)) * season
		n := 3 + m%4
		for k := 0; k < n; k++ {
			d := start.AddDate(0, m, 1+k*4)
			out = append(out, Invoice{d, math.Round(total/float64(n)*100) / 100})
		}
	}
	return out
}

type Monthly map[MonthKey]float64

func pct(cur, prev float64, ok bool) string {
	if !ok || prev == 0 {
		return "    NaN"
	}
	return fmt.Sprintf("%+6.1f%%", (cur-prev)/prev*100)
}

func main() {
	inv := invoices()
	rev := Monthly{}
	var order []MonthKey
	for _, i := range inv {
		k := MonthKey{i.Date.Year(), i.Date.Month()}
		if _, ok := rev[k]; !ok {
			order = append(order, k)
		}
		rev[k] += i.Amount
	}
	fmt.Printf("%d invoices over %d months\n\n", len(inv), len(order))
	fmt.Printf("%-8s %10s %8s %8s %10s %8s\n", "month", "revenue", "MoM", "YoY", "3m_avg", "YTD")

	ytd := 0.0
	for idx, k := range order {
		if k.Month == time.January {
			ytd = 0
		}
		cur := rev[k]
		ytd += cur
		prevM, okM := rev[k.Prev(1)]
		prevY, okY := rev[k.Prev(12)]
		avg := "       NaN"
		if idx >= 2 {
			avg = fmt.Sprintf("%10.2f", (cur+rev[order[idx-1]]+rev[order[idx-2]])/3)
		}
		fmt.Printf("%-8s %10.2f %8s %8s %s %8.0f\n", k, cur, pct(cur, prevM, okM), pct(cur, prevY, okY), avg, ytd)
	}

	// quarterly rollup with QoQ
	fmt.Println("\nquarterly:")
	type qk struct{ y, q int }
	qrev := map[qk]float64{}
	var qorder []qk
	for _, k := range order {
		q := qk{k.Year, (int(k.Month)-1)/3 + 1}
		if _, ok := qrev[q]; !ok {
			qorder = append(qorder, q)
		}
		qrev[q] += rev[k]
	}
	maxQ := 0.0
	for _, q := range qorder {
		maxQ = max(maxQ, qrev[q])
	}
	for i, q := range qorder {
		chg := "    NaN"
		if i > 0 {
			chg = pct(qrev[q], qrev[qorder[i-1]], true)
		}
		fmt.Printf("  %dQ%d %10.2f %s %s\n", q.y, q.q, qrev[q], chg, strings.Repeat("#", int(qrev[q]/maxQ*30)))
	}

	var y1, y2 float64
	for _, k := range order {
		if k.Year == 2023 {
			y1 += rev[k]
		} else {
			y2 += rev[k]
		}
	}
	fmt.Printf("\nannual: 2023=%.2f 2024=%.2f growth=%+.2f%%\n", y1, y2, (y2-y1)/y1*100)
}
