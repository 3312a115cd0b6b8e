// Warehouse stock reconciliation using the maps and slices iterator helpers.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
)

type SKU string

type Item struct {
	SKU      SKU
	Name     string
	Qty      int
	Reorder  int
	Location string
}

var catalog = []Item{
	{"A-100", "hex bolt M6", 420, 200, "R1"},
	{"A-101", "hex nut M6", 150, 200, "R1"},
	{"A-205", "washer 6mm", 0, 100, "R1"},
	{"B-310", "cable tie 200mm", 980, 500, "R2"},
	{"B-311", "cable tie 300mm", 35, 300, "R2"},
	{"C-020", "wood screw 4x30", 610, 250, "R3"},
	{"C-021", "wood screw 4x40", 240, 250, "R3"},
	{"D-900", "epoxy 50ml", 12, 10, "R4"},
}

// bySKU builds an index keyed by SKU from any sequence of items.
func bySKU(items iter.Seq[Item]) map[SKU]Item {
	return maps.Collect(func(yield func(SKU, Item) bool) {
		for it := range items {
			if !yield(it.SKU, it) {
				return
			}
		}
	})
}

func filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func main() {
	stock := bySKU(slices.Values(catalog))
	fmt.Println("indexed SKUs:", len(stock))

	// Physical count from the scanners; keys are a mix of known and unknown SKUs.
	counted := map[SKU]int{
		"A-100": 418, "A-101": 150, "A-205": 0, "B-310": 975,
		"B-311": 35, "C-020": 610, "C-021": 244, "D-900": 12, "Z-999": 3,
	}

	fmt.Println("\ndiscrepancies:")
	for _, sku := range slices.Sorted(maps.Keys(counted)) {
		it, known := stock[sku]
		switch {
		case !known:
			fmt.Printf("  %-6s unknown SKU counted %d\n", sku, counted[sku])
		case it.Qty != counted[sku]:
			fmt.Printf("  %-6s %-16s system %4d counted %4d diff %+d\n", sku, it.Name, it.Qty, counted[sku], counted[sku]-it.Qty)
		}
	}

	// Apply the count as the new truth (only for known SKUs).
	adjusted := maps.Clone(stock)
	for sku, n := range counted {
		if it, ok := adjusted[sku]; ok {
			it.Qty = n
			adjusted[sku] = it
		}
	}
	same := maps.EqualFunc(stock, adjusted, func(a, b Item) bool { return a.Qty == b.Qty })
	fmt.Println("\nstock unchanged after count?", same)

	low := slices.SortedFunc(
		filter(maps.Values(adjusted), func(it Item) bool { return it.Qty < it.Reorder }),
		func(a, b Item) int {
			return cmp.Or(cmp.Compare(a.Qty-a.Reorder, b.Qty-b.Reorder), cmp.Compare(a.SKU, b.SKU))
		})
	fmt.Println("\nreorder list (most urgent first):")
	for _, it := range low {
		fmt.Printf("  %-6s %-16s qty %4d reorder at %4d -> order %d\n", it.SKU, it.Name, it.Qty, it.Reorder, 2*it.Reorder-it.Qty)
	}

	// Group by location.
	byLoc := map[string][]SKU{}
	for sku, it := range adjusted {
		byLoc[it.Location] = append(byLoc[it.Location], sku)
	}
	fmt.Println("\nlocations:")
	for _, loc := range slices.Sorted(maps.Keys(byLoc)) {
		skus := byLoc[loc]
		slices.Sort(skus)
		total := 0
		for _, s := range skus {
			total += adjusted[s].Qty
		}
		fmt.Printf("  %s: %v total units %d\n", loc, skus, total)
	}

	// Discontinue empty bins and merge in a supplier delivery.
	maps.DeleteFunc(adjusted, func(_ SKU, it Item) bool { return it.Qty == 0 })
	delivery := map[SKU]Item{
		"A-101": {"A-101", "hex nut M6", 400, 200, "R1"},
		"E-001": {"E-001", "wall plug 6mm", 500, 200, "R5"},
	}
	for sku, in := range delivery {
		if cur, ok := adjusted[sku]; ok {
			in.Qty += cur.Qty
		}
		adjusted[sku] = in
	}
	fmt.Println("\nafter cleanup and delivery:")
	names := slices.Collect(maps.Keys(adjusted))
	slices.Sort(names)
	for i, sku := range names {
		fmt.Printf("  %d. %-6s %-16s %4d\n", i+1, sku, adjusted[sku].Name, adjusted[sku].Qty)
	}

	// Build a quick name -> SKU reverse index with maps.Insert.
	rev := map[string]SKU{}
	maps.Insert(rev, func(yield func(string, SKU) bool) {
		for sku, it := range adjusted {
			if !yield(it.Name, sku) {
				return
			}
		}
	})
	for _, q := range []string{"epoxy 50ml", "wall plug 6mm", "washer 6mm"} {
		sku, ok := rev[q]
		fmt.Printf("find %-14q -> %q found=%v\n", q, sku, ok)
	}
}
