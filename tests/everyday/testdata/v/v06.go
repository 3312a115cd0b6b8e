package main

import (
	"cmp"
	"fmt"
	"slices"
)

type DailyRevenue struct {
	Day     int
	Store   string
	Revenue float64
}

type Windowed struct {
	DailyRevenue
	Rolling3  float64
	Lag1      float64
	Lead1     float64
	CumSum    float64
	CumShare  float64
	Rank      int
	DenseRank int
}

func rollingSum(xs []float64, w int) []float64 {
	out := make([]float64, len(xs))
	var acc float64
	for i, x := range xs {
		acc += x
		if i >= w {
			acc -= xs[i-w]
		}
		out[i] = acc
	}
	return out
}

func main() {
	rows := []DailyRevenue{
		{1, "A", 120}, {2, "A", 95}, {3, "A", 140}, {4, "A", 140}, {5, "A", 80}, {6, "A", 160},
		{1, "B", 60}, {2, "B", 75}, {3, "B", 75}, {4, "B", 50}, {5, "B", 90},
	}
	// partition by store
	parts := map[string][]DailyRevenue{}
	for _, r := range rows {
		parts[r.Store] = append(parts[r.Store], r)
	}
	stores := make([]string, 0, len(parts))
	for s := range parts {
		stores = append(stores, s)
	}
	slices.Sort(stores)

	for _, s := range stores {
		p := parts[s]
		slices.SortFunc(p, func(a, b DailyRevenue) int { return cmp.Compare(a.Day, b.Day) })
		vals := make([]float64, len(p))
		var total float64
		for i, r := range p {
			vals[i] = r.Revenue
			total += r.Revenue
		}
		roll := rollingSum(vals, 3)

		// rank by revenue desc (ties share rank)
		idx := make([]int, len(p))
		for i := range idx {
			idx[i] = i
		}
		slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(vals[b], vals[a]) })
		rank := make([]int, len(p))
		dense := make([]int, len(p))
		d := 0
		for pos, i := range idx {
			if pos == 0 || vals[i] != vals[idx[pos-1]] {
				rank[i] = pos + 1
				d++
			} else {
				rank[i] = rank[idx[pos-1]]
			}
			dense[i] = d
		}

		out := make([]Windowed, len(p))
		var cum float64
		for i, r := range p {
			cum += r.Revenue
			w := Windowed{DailyRevenue: r, Rolling3: roll[i], CumSum: cum, CumShare: cum / total, Rank: rank[i], DenseRank: dense[i]}
			if i > 0 {
				w.Lag1 = vals[i-1]
			}
			if i < len(p)-1 {
				w.Lead1 = vals[i+1]
			}
			out[i] = w
		}

		fmt.Printf("store %s (total %.0f)\n", s, total)
		fmt.Printf("%4s %8s %8s %6s %6s %8s %7s %4s %5s\n", "day", "rev", "roll3", "lag", "lead", "cumsum", "share", "rank", "dense")
		for _, w := range out {
			fmt.Printf("%4d %8.1f %8.1f %6.0f %6.0f %8.1f %6.1f%% %4d %5d\n",
				w.Day, w.Revenue, w.Rolling3, w.Lag1, w.Lead1, w.CumSum, w.CumShare*100, w.Rank, w.DenseRank)
		}
		// day-over-day pct change
		changes := make([]string, 0, len(out)-1)
		for i := 1; i < len(out); i++ {
			pct := (out[i].Revenue - out[i].Lag1) / out[i].Lag1 * 100
			changes = append(changes, fmt.Sprintf("%+.1f%%", pct))
		}
		fmt.Println("dod:", changes)
		fmt.Println()
	}
	fmt.Printf("%+v\n", Windowed{DailyRevenue: rows[0], Rank: 1})
}
