// ABC inventory classification (Pareto) on annual consumption value.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Class byte

func (c Class) String() string { return string(c) }

type SKU struct {
	Code      string
	AnnualQty int
	UnitCost  float64
}

func (s SKU) Value() float64 { return float64(s.AnnualQty) * s.UnitCost }

type Classified struct {
	SKU
	Share, Cum float64
	Class      Class
}

type Thresholds struct{ A, B float64 } // cumulative share cutoffs

func Classify(items []SKU, t Thresholds) []Classified {
	sorted := slices.Clone(items)
	slices.SortFunc(sorted, func(a, b SKU) int {
		return cmp.Or(cmp.Compare(b.Value(), a.Value()), strings.Compare(a.Code, b.Code))
	})
	var total float64
	for _, s := range sorted {
		total += s.Value()
	}
	out := make([]Classified, 0, len(sorted))
	cum := 0.0
	for _, s := range sorted {
		share := s.Value() / total
		prevCum := cum
		cum += share
		cls := Class('C')
		switch {
		case prevCum < t.A:
			cls = 'A'
		case prevCum < t.B:
			cls = 'B'
		}
		out = append(out, Classified{s, share, cum, cls})
	}
	return out
}

func main() {
	items := []SKU{
		{"MTR-220", 1200, 185.00}, {"BRG-6204", 9500, 3.20}, {"PCB-CTRL", 800, 142.50},
		{"GSK-SET", 4300, 1.15}, {"SNS-TEMP", 2100, 18.40}, {"CBL-2M", 7600, 2.05},
		{"PMP-HYD", 140, 890.00}, {"FLT-OIL", 3300, 6.75}, {"VLV-12", 650, 44.00},
		{"SCR-M4", 52000, 0.04}, {"HSE-HP", 900, 27.30}, {"LBL-ROLL", 300, 12.00},
	}
	res := Classify(items, Thresholds{A: 0.80, B: 0.95})

	fmt.Printf("%-9s %6s %9s %12s %7s %7s  %s\n", "SKU", "Qty", "Unit", "Value", "Share", "Cum", "Cls")
	for _, r := range res {
		fmt.Printf("%-9s %6d %9.2f %12.2f %6.2f%% %6.2f%%  %v\n", r.Code, r.AnnualQty, r.UnitCost, r.Value(), r.Share*100, r.Cum*100, r.Class)
	}

	type agg struct {
		n     int
		value float64
		codes []string
	}
	groups := map[Class]*agg{}
	var total float64
	for _, r := range res {
		g := groups[r.Class]
		if g == nil {
			g = &agg{}
			groups[r.Class] = g
		}
		g.n++
		g.value += r.Value()
		g.codes = append(g.codes, r.Code)
		total += r.Value()
	}
	fmt.Println()
	policy := map[Class]string{'A': "weekly cycle count, tight ROP", 'B': "monthly count", 'C': "quarterly count, bulk buy"}
	for _, c := range []Class{'A', 'B', 'C'} {
		g := groups[c]
		fmt.Printf("Class %v: %2d SKUs (%4.1f%% of items) %5.1f%% of value — %s\n", c, g.n,
			100*float64(g.n)/float64(len(res)), 100*g.value/total, policy[c])
		fmt.Printf("         %s\n", strings.Join(g.codes, ", "))
	}
}
