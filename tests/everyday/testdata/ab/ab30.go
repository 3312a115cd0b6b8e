package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Order struct {
	Customer string
	Date     time.Time
	Amount   float64
}

type RFM struct {
	Customer    string
	RecencyDays int
	Frequency   int
	Monetary    float64
	R, F, M     int
	Segment     string
}

var snapshot = time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC)

func genOrders() []Order {
	names := []string{"ava", "ben", "cy", "dot", "eli", "fox", "gil", "hana", "ike", "jo", "kas", "lux"}
	var out []Order
	for ci, n := range names {
		count := 1 + (ci*5)%7
		for k := 0; k < count; k++ {
			daysAgo := (ci*41 + k*67) % 330
			amt := 15 + float64((ci*13+k*29)%120) + float64(ci%3)*0.5
			out = append(out, Order{n, snapshot.AddDate(0, 0, -daysAgo-1), amt})
		}
	}
	return out
}

// scoreByRank assigns 1..q scores by rank (higher value -> higher score unless invert).
func scoreByRank(rs []*RFM, val func(*RFM) float64, invert bool, set func(*RFM, int), q int) {
	sorted := append([]*RFM(nil), rs...)
	sort.SliceStable(sorted, func(i, j int) bool {
		if val(sorted[i]) != val(sorted[j]) {
			return val(sorted[i]) < val(sorted[j])
		}
		return sorted[i].Customer < sorted[j].Customer
	})
	for i, r := range sorted {
		s := i*q/len(sorted) + 1
		if invert {
			s = q + 1 - s
		}
		set(r, s)
	}
}

func segment(r *RFM) string {
	switch {
	case r.R >= 3 && r.F >= 3:
		return "champion"
	case r.R >= 3 && r.F <= 2:
		return "promising"
	case r.R <= 2 && r.F >= 3:
		return "at-risk"
	default:
		return "hibernating"
	}
}

func main() {
	orders := genOrders()
	m := map[string]*RFM{}
	for _, o := range orders {
		r := m[o.Customer]
		if r == nil {
			r = &RFM{Customer: o.Customer, RecencyDays: 1 << 30}
			m[o.Customer] = r
		}
		days := int(snapshot.Sub(o.Date).Hours() / 24)
		r.RecencyDays = min(r.RecencyDays, days)
		r.Frequency++
		r.Monetary += o.Amount
	}
	var rs []*RFM
	for _, r := range m {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].Customer < rs[j].Customer })

	scoreByRank(rs, func(r *RFM) float64 { return float64(r.RecencyDays) }, true, func(r *RFM, s int) { r.R = s }, 4)
	scoreByRank(rs, func(r *RFM) float64 { return float64(r.Frequency) }, false, func(r *RFM, s int) { r.F = s }, 4)
	scoreByRank(rs, func(r *RFM) float64 { return r.Monetary }, false, func(r *RFM, s int) { r.M = s }, 4)
	for _, r := range rs {
		r.Segment = segment(r)
	}

	fmt.Printf("%d orders, %d customers, snapshot %s\n\n", len(orders), len(rs), snapshot.Format("2006-01-02"))
	fmt.Printf("%-5s %7s %5s %9s  %s  %s\n", "cust", "recency", "freq", "monetary", "RFM", "segment")
	for _, r := range rs {
		fmt.Printf("%-5s %7d %5d %9.2f  %d%d%d  %s\n", r.Customer, r.RecencyDays, r.Frequency, r.Monetary, r.R, r.F, r.M, r.Segment)
	}

	type segAgg struct {
		n     int
		money float64
		names []string
	}
	segs := map[string]*segAgg{}
	for _, r := range rs {
		a := segs[r.Segment]
		if a == nil {
			a = &segAgg{}
			segs[r.Segment] = a
		}
		a.n++
		a.money += r.Monetary
		a.names = append(a.names, r.Customer)
	}
	fmt.Println("\nsegments:")
	for _, s := range []string{"champion", "promising", "at-risk", "hibernating"} {
		a := segs[s]
		if a == nil {
			fmt.Printf("  %-11s n=0\n", s)
			continue
		}
		fmt.Printf("  %-11s n=%d avg_monetary=%8.2f [%s]\n", s, a.n, a.money/float64(a.n), strings.Join(a.names, " "))
	}
}
