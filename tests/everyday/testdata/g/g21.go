// Perpetual weighted-average costing with a month-end inventory valuation summary.
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Txn struct {
	Date string
	SKU  string
	Qty  int   // + receipt, - issue
	Cost int64 // unit cost in cents for receipts; ignored for issues
}

type Position struct {
	Qty     int
	Value   int64 // cents, kept exact; avg derived
	COGS    int64
	Issued  int
	history []string
}

func (p *Position) AvgCost() float64 {
	if p.Qty == 0 {
		return 0
	}
	return float64(p.Value) / float64(p.Qty)
}

func (p *Position) Apply(t Txn) {
	if t.Qty > 0 {
		p.Qty += t.Qty
		p.Value += int64(t.Qty) * t.Cost
	} else {
		out := -t.Qty
		// relieve value proportionally, rounding to the cent; last unit clears residue
		relieved := (p.Value*int64(out) + int64(p.Qty)/2) / int64(p.Qty)
		if out == p.Qty {
			relieved = p.Value
		}
		p.Qty -= out
		p.Value -= relieved
		p.COGS += relieved
		p.Issued += out
	}
	p.history = append(p.history, fmt.Sprintf("%s %+5d  qty=%4d  value=%9.2f  avg=%7.4f",
		t.Date, t.Qty, p.Qty, float64(p.Value)/100, p.AvgCost()/100))
}

func main() {
	txns := []Txn{
		{"03-01", "OIL-5W30", 200, 1845}, {"03-01", "FLT-A12", 500, 312},
		{"03-04", "OIL-5W30", -60, 0}, {"03-07", "FLT-A12", -180, 0},
		{"03-10", "OIL-5W30", 150, 1920}, {"03-12", "OIL-5W30", -110, 0},
		{"03-15", "FLT-A12", 300, 298}, {"03-18", "FLT-A12", -420, 0},
		{"03-22", "OIL-5W30", -180, 0}, {"03-25", "WIP-GL", 40, 455},
		{"03-28", "WIP-GL", -40, 0}, {"03-30", "OIL-5W30", 100, 1975},
	}
	book := map[string]*Position{}
	for _, t := range txns {
		p := book[t.SKU]
		if p == nil {
			p = &Position{}
			book[t.SKU] = p
		}
		if t.Qty < 0 && -t.Qty > p.Qty {
			fmt.Printf("%s %s: cannot issue %d, only %d on hand\n", t.Date, t.SKU, -t.Qty, p.Qty)
			continue
		}
		p.Apply(t)
	}
	skus := slices.Sorted(maps.Keys(book))
	for _, s := range skus {
		fmt.Println(s)
		for _, h := range book[s].history {
			fmt.Println("  " + h)
		}
	}
	fmt.Println()
	fmt.Println("MARCH VALUATION")
	fmt.Println(strings.Repeat("=", 58))
	fmt.Printf("%-10s %6s %10s %10s %8s %10s\n", "SKU", "Qty", "Value", "Avg", "Issued", "COGS")
	var tv, tc int64
	for _, s := range skus {
		p := book[s]
		tv += p.Value
		tc += p.COGS
		fmt.Printf("%-10s %6d %10.2f %10.4f %8d %10.2f\n", s, p.Qty, float64(p.Value)/100, p.AvgCost()/100, p.Issued, float64(p.COGS)/100)
	}
	fmt.Printf("%-10s %6s %10.2f %10s %8s %10.2f\n", "TOTAL", "", float64(tv)/100, "", "", float64(tc)/100)
}
