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
	Units   int
	Price   float64
}

type Summary struct {
	Region  string
	Units   int
	Revenue float64
	Orders  int
}

func main() {
	sales := []Sale{
		{"north", "widget", 12, 2.50},
		{"south", "gadget", 3, 19.99},
		{"north", "gadget", 5, 19.99},
		{"east", "widget", 40, 2.45},
		{"west", "doohickey", 7, 7.25},
		{"south", "widget", 22, 2.50},
		{"east", "gadget", 1, 21.00},
		{"north", "doohickey", 9, 7.00},
		{"west", "widget", 15, 2.55},
		{"east", "doohickey", 4, 7.10},
	}

	byRegion := map[string]*Summary{}
	for _, s := range sales {
		sum, ok := byRegion[s.Region]
		if !ok {
			sum = &Summary{Region: s.Region}
			byRegion[s.Region] = sum
		}
		sum.Units += s.Units
		sum.Revenue += float64(s.Units) * s.Price
		sum.Orders++
	}

	regions := slices.Sorted(maps.Keys(byRegion))
	fmt.Println("regions:", regions)
	for _, r := range regions {
		s := byRegion[r]
		fmt.Printf("%-6s units=%3d revenue=%8.2f orders=%d avg=%.3f\n",
			s.Region, s.Units, s.Revenue, s.Orders, s.Revenue/float64(s.Orders))
	}

	summaries := make([]Summary, 0, len(byRegion))
	for _, r := range regions {
		summaries = append(summaries, *byRegion[r])
	}
	slices.SortFunc(summaries, func(a, b Summary) int {
		return cmp.Or(
			cmp.Compare(b.Revenue, a.Revenue),
			strings.Compare(a.Region, b.Region),
		)
	})
	fmt.Println("top 2 by revenue:")
	for i, s := range summaries[:2] {
		fmt.Printf("  #%d %+v\n", i+1, s)
	}

	// product totals
	prodUnits := map[string]int{}
	for _, s := range sales {
		prodUnits[s.Product] += s.Units
	}
	fmt.Println("product units:", prodUnits)

	type kv struct {
		K string
		V int
	}
	var pairs []kv
	for k, v := range prodUnits {
		pairs = append(pairs, kv{k, v})
	}
	slices.SortFunc(pairs, func(a, b kv) int { return cmp.Compare(b.V, a.V) })
	fmt.Printf("%v\n", pairs)
	fmt.Printf("%#v\n", pairs[0])

	bigOrders := slices.DeleteFunc(slices.Clone(sales), func(s Sale) bool { return s.Units < 10 })
	fmt.Println("big orders:", len(bigOrders))
	for _, s := range bigOrders {
		fmt.Printf("  %-5s %-9s %2d\n", s.Region, s.Product, s.Units)
	}

	idx := slices.IndexFunc(sales, func(s Sale) bool { return s.Product == "doohickey" })
	fmt.Println("first doohickey at", idx, sales[idx].Region)
	maxSale := slices.MaxFunc(sales, func(a, b Sale) int {
		return cmp.Compare(float64(a.Units)*a.Price, float64(b.Units)*b.Price)
	})
	fmt.Printf("max sale: %v %T\n", maxSale, maxSale)
}
