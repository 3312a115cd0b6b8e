package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

type House struct {
	Price    float64
	SqFt     float64
	Bedrooms float64
	Age      float64
	LotAcres float64
}

var houses = []House{
	{325000, 1650, 3, 22, 0.25}, {410000, 2100, 4, 15, 0.30}, {289000, 1320, 2, 40, 0.18},
	{515000, 2650, 4, 8, 0.45}, {199000, 980, 2, 55, 0.12}, {375000, 1890, 3, 12, 0.22},
	{620000, 3100, 5, 3, 0.60}, {342500, 1720, 3, 30, 0.28}, {268000, 1400, 3, 47, 0.20},
	{455000, 2300, 4, 18, 0.35}, {298000, 1510, 3, 35, 0.21}, {720000, 3400, 5, 2, 0.80},
	{233000, 1150, 2, 60, 0.15}, {389000, 1975, 3, 20, 0.26}, {405000, 2050, 4, 25, 0.33},
}

type Column struct {
	Name string
	Get  func(House) float64
}

var cols = []Column{
	{"price", func(h House) float64 { return h.Price }},
	{"sqft", func(h House) float64 { return h.SqFt }},
	{"bedrooms", func(h House) float64 { return h.Bedrooms }},
	{"age", func(h House) float64 { return h.Age }},
	{"lot_acres", func(h House) float64 { return h.LotAcres }},
}

type Describe struct {
	Count                           int
	Mean, Std, Min, Q1, Q2, Q3, Max float64
}

func quantile(sorted []float64, q float64) float64 {
	pos := q * float64(len(sorted)-1)
	lo := int(pos)
	if lo+1 >= len(sorted) {
		return sorted[lo]
	}
	return sorted[lo] + (pos-float64(lo))*(sorted[lo+1]-sorted[lo])
}

func describe(xs []float64) Describe {
	s := slices.Clone(xs)
	slices.Sort(s)
	var sum float64
	for _, x := range s {
		sum += x
	}
	mean := sum / float64(len(s))
	var ss float64
	for _, x := range s {
		ss += (x - mean) * (x - mean)
	}
	return Describe{len(s), mean, math.Sqrt(ss / float64(len(s)-1)), s[0],
		quantile(s, .25), quantile(s, .5), quantile(s, .75), s[len(s)-1]}
}

// fmtG prints numbers compactly like pandas does for mixed magnitudes.
func fmtG(v float64) string {
	switch {
	case math.Abs(v) >= 1e5:
		return fmt.Sprintf("%.4e", v)
	case math.Abs(v) >= 100:
		return fmt.Sprintf("%.2f", v)
	default:
		return fmt.Sprintf("%.4f", v)
	}
}

func main() {
	stats := make([]Describe, len(cols))
	for i, c := range cols {
		xs := make([]float64, len(houses))
		for j, h := range houses {
			xs[j] = c.Get(h)
		}
		stats[i] = describe(xs)
	}
	fmt.Println("df.describe()")
	fmt.Printf("%-6s", "")
	for _, c := range cols {
		fmt.Printf(" %12s", c.Name)
	}
	fmt.Println()
	rows := []struct {
		label string
		get   func(Describe) float64
	}{
		{"count", func(d Describe) float64 { return float64(d.Count) }},
		{"mean", func(d Describe) float64 { return d.Mean }},
		{"std", func(d Describe) float64 { return d.Std }},
		{"min", func(d Describe) float64 { return d.Min }},
		{"25%", func(d Describe) float64 { return d.Q1 }},
		{"50%", func(d Describe) float64 { return d.Q2 }},
		{"75%", func(d Describe) float64 { return d.Q3 }},
		{"max", func(d Describe) float64 { return d.Max }},
	}
	for _, r := range rows {
		fmt.Printf("%-6s", r.label)
		for _, s := range stats {
			fmt.Printf(" %12s", fmtG(r.get(s)))
		}
		fmt.Println()
	}

	// price per sqft as derived column + its describe
	pps := make([]float64, len(houses))
	for i, h := range houses {
		pps[i] = h.Price / h.SqFt
	}
	d := describe(pps)
	fmt.Printf("\nprice_per_sqft: mean=%.2f std=%.2f min=%.2f median=%.2f max=%.2f\n", d.Mean, d.Std, d.Min, d.Q2, d.Max)

	// skewness (adjusted Fisher-Pearson, pandas .skew())
	fmt.Println("\nskew:")
	for i, c := range cols {
		var m3 float64
		n := float64(len(houses))
		for _, h := range houses {
			z := (c.Get(h) - stats[i].Mean) / stats[i].Std
			m3 += z * z * z
		}
		skew := n / ((n - 1) * (n - 2)) * m3
		fmt.Printf("  %-10s %+.4f %s\n", c.Name, skew, strings.Repeat(">", int(math.Abs(skew)*10)))
	}
}
