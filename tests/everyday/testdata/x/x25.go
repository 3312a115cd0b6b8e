package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type SKU string

type Stock struct {
	Qty      int
	Location string
}

type Inventory struct {
	stock   map[SKU]Stock
	tags    map[string][]SKU
	ledger  []map[string]any
	reorder int
}

func NewInventory() *Inventory {
	return &Inventory{stock: map[SKU]Stock{}, tags: map[string][]SKU{}, reorder: 5}
}

func (inv *Inventory) Add(s SKU, qty int, loc string, tags ...string) {
	st := inv.stock[s]
	st.Qty += qty
	if loc != "" {
		st.Location = loc
	}
	inv.stock[s] = st
	for _, t := range tags {
		if !slices.Contains(inv.tags[t], s) {
			inv.tags[t] = append(inv.tags[t], s)
		}
	}
	inv.ledger = append(inv.ledger, map[string]any{"op": "add", "sku": s, "qty": qty})
}

func (inv *Inventory) Remove(s SKU, qty int) bool {
	st, ok := inv.stock[s]
	if !ok || st.Qty < qty {
		inv.ledger = append(inv.ledger, map[string]any{"op": "reject", "sku": s, "qty": qty})
		return false
	}
	st.Qty -= qty
	inv.stock[s] = st
	inv.ledger = append(inv.ledger, map[string]any{"op": "remove", "sku": s, "qty": qty})
	return true
}

func (inv *Inventory) LowStock() []SKU {
	var out []SKU
	for _, k := range slices.Sorted(maps.Keys(inv.stock)) {
		if inv.stock[k].Qty < inv.reorder {
			out = append(out, k)
		}
	}
	return out
}

func main() {
	inv := NewInventory()
	inv.Add("BOLT-10", 100, "A1", "hardware", "small")
	inv.Add("NUT-10", 80, "A2", "hardware", "small")
	inv.Add("DRILL", 3, "C9", "tools", "power")
	inv.Add("SAW", 6, "C4", "tools")
	inv.Add("BOLT-10", 20, "", "hardware")
	fmt.Println(inv.Remove("SAW", 2), inv.Remove("DRILL", 5), inv.Remove("GLUE", 1), inv.Remove("NUT-10", 78))

	for _, k := range slices.Sorted(maps.Keys(inv.stock)) {
		fmt.Printf("%-8s %+v\n", k, inv.stock[k])
	}
	for _, t := range slices.Sorted(maps.Keys(inv.tags)) {
		fmt.Printf("tag %-9s %v\n", t, inv.tags[t])
	}
	fmt.Println("low stock:", inv.LowStock())

	totals := map[string]int{}
	for i, entry := range inv.ledger {
		op := entry["op"].(string)
		totals[op] += entry["qty"].(int)
		keys := slices.Sorted(maps.Keys(entry))
		var parts []string
		for _, k := range keys {
			parts = append(parts, fmt.Sprintf("%s=%v", k, entry[k]))
		}
		fmt.Printf("%02d %s\n", i, strings.Join(parts, " "))
	}
	fmt.Println(totals)

	byLoc := map[byte][]SKU{}
	for k, v := range inv.stock {
		byLoc[v.Location[0]] = append(byLoc[v.Location[0]], k)
	}
	for _, aisle := range slices.Sorted(maps.Keys(byLoc)) {
		skus := byLoc[aisle]
		slices.Sort(skus)
		fmt.Printf("aisle %c: %v\n", aisle, skus)
	}
	m2 := maps.Clone(inv.stock)
	delete(m2, "SAW")
	fmt.Println(len(m2), len(inv.stock), maps.EqualFunc(m2, inv.stock, func(a, b Stock) bool { return a == b }))
}
