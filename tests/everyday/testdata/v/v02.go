package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Sale struct {
	Region  string
	Product string
	Month   int
	Units   int
	Revenue float64
}

type Agg struct {
	Units   int
	Revenue float64
	Count   int
}

func (a Agg) AvgPrice() float64 {
	if a.Units == 0 {
		return 0
	}
	return a.Revenue / float64(a.Units)
}

type key struct {
	Region  string
	Product string
}

func main() {
	sales := []Sale{
		{"North", "Widget", 1, 10, 250.0},
		{"North", "Gadget", 1, 4, 360.0},
		{"South", "Widget", 1, 7, 175.0},
		{"South", "Gizmo", 2, 3, 135.0},
		{"North", "Widget", 2, 12, 300.0},
		{"East", "Gadget", 2, 6, 540.0},
		{"East", "Widget", 3, 9, 225.0},
		{"South", "Gadget", 3, 2, 180.0},
		{"North", "Gizmo", 3, 5, 225.0},
		{"East", "Gizmo", 1, 8, 360.0},
		{"South", "Widget", 3, 11, 275.0},
	}

	byKey := map[key]Agg{}
	for _, s := range sales {
		a := byKey[key{s.Region, s.Product}]
		a.Units += s.Units
		a.Revenue += s.Revenue
		a.Count++
		byKey[key{s.Region, s.Product}] = a
	}

	keys := slices.SortedFunc(maps.Keys(byKey), func(a, b key) int {
		return cmp.Or(cmp.Compare(a.Region, b.Region), cmp.Compare(a.Product, b.Product))
	})
	fmt.Printf("%-6s %-7s %5s %9s %7s\n", "region", "product", "units", "revenue", "avg")
	for _, k := range keys {
		a := byKey[k]
		fmt.Printf("%-6s %-7s %5d %9.2f %7.2f\n", k.Region, k.Product, a.Units, a.Revenue, a.AvgPrice())
	}

	// pivot: rows = region, cols = product, cell = revenue
	regions := map[string]bool{}
	products := map[string]bool{}
	for k := range byKey {
		regions[k.Region] = true
		products[k.Product] = true
	}
	rs := slices.Sorted(maps.Keys(regions))
	ps := slices.Sorted(maps.Keys(products))
	fmt.Println()
	fmt.Printf("%-8s", "pivot")
	for _, p := range ps {
		fmt.Printf("%10s", p)
	}
	fmt.Printf("%10s\n", "TOTAL")
	colTotals := make([]float64, len(ps))
	for _, r := range rs {
		fmt.Printf("%-8s", r)
		var rowTotal float64
		for j, p := range ps {
			v := byKey[key{r, p}].Revenue
			rowTotal += v
			colTotals[j] += v
			fmt.Printf("%10.1f", v)
		}
		fmt.Printf("%10.1f\n", rowTotal)
	}
	fmt.Printf("%-8s", "TOTAL")
	var grand float64
	for _, v := range colTotals {
		fmt.Printf("%10.1f", v)
		grand += v
	}
	fmt.Printf("%10.1f\n", grand)
	fmt.Println(strings.Repeat("-", 8+10*(len(ps)+1)))

	// map of slices: months per product
	monthsByProduct := map[string][]int{}
	for _, s := range sales {
		if !slices.Contains(monthsByProduct[s.Product], s.Month) {
			monthsByProduct[s.Product] = append(monthsByProduct[s.Product], s.Month)
		}
	}
	for _, p := range ps {
		m := monthsByProduct[p]
		slices.Sort(m)
		fmt.Printf("%s active months: %v\n", p, m)
	}
	fmt.Println(len(byKey), byKey[key{"East", "Gizmo"}])
	fmt.Printf("%+v\n", byKey[key{"North", "Widget"}])
}
