// Command j03 demonstrates method sets and addressability with a small
// inventory: which values satisfy which interfaces, and why map elements
// must be copied out, modified and stored back.
package main

import (
	"fmt"
	"maps"
	"slices"
)

type Item struct {
	SKU   string
	Qty   int
	Price int // cents
}

// Value receiver: in the method set of both Item and *Item.
func (it Item) Total() int { return it.Qty * it.Price }

// Pointer receiver: only in the method set of *Item.
func (it *Item) Restock(n int) { it.Qty += n }

type Totaler interface{ Total() int }
type Restocker interface{ Restock(int) }

func describe(v any) string {
	_, t := v.(Totaler)
	_, r := v.(Restocker)
	return fmt.Sprintf("%-10T Totaler=%-5t Restocker=%t", v, t, r)
}

func main() {
	it := Item{"A-1", 2, 150}
	fmt.Println(describe(it))
	fmt.Println(describe(&it))

	// Addressable variable: Go takes &it automatically for pointer methods.
	it.Restock(3)
	fmt.Printf("after restock: %+v total=%d\n", it, it.Total())

	// Slice elements are addressable, so pointer methods work in place.
	shelf := []Item{{"B-1", 1, 999}, {"B-2", 0, 250}, {"B-3", 4, 100}}
	for i := range shelf {
		shelf[i].Restock(10)
	}
	// Ranging by value gives copies; this Restock has no lasting effect.
	for _, s := range shelf {
		s.Restock(1000)
	}
	fmt.Println("shelf:", shelf)

	// Map elements are not addressable: m["x"].Restock(1) would not compile.
	stock := map[string]Item{"C-1": {"C-1", 5, 20}, "C-2": {"C-2", 7, 35}}
	for _, k := range slices.Sorted(maps.Keys(stock)) {
		v := stock[k]
		v.Restock(1)
		stock[k] = v
	}
	fmt.Println("stock:", stock)

	// A map of pointers lets methods mutate the shared values.
	ptrs := map[string]*Item{"D-1": {"D-1", 1, 10}}
	ptrs["D-1"].Restock(9)
	fmt.Printf("ptrs[D-1]: %+v\n", *ptrs["D-1"])

	// Method values bind the receiver at evaluation time.
	snapshot := it.Total // copies it now
	restock := it.Restock
	restock(5)
	fmt.Println("snapshot total:", snapshot(), "live total:", it.Total())

	// Method expressions make the receiver an explicit first parameter.
	totalOf := Item.Total
	restockPtr := (*Item).Restock
	restockPtr(&shelf[0], 1)
	fmt.Println("method exprs:", totalOf(shelf[0]), shelf[0].Qty)

	// Interfaces hold copies: mutating the original does not change the copy.
	var t Totaler = it
	it.Qty = 0
	fmt.Println("interface copy total:", t.Total(), "original now:", it.Total())

	var rs []Restocker
	for i := range shelf {
		rs = append(rs, &shelf[i])
	}
	for _, r := range rs {
		r.Restock(-1)
	}
	sum := 0
	for _, s := range shelf {
		sum += s.Total()
	}
	fmt.Println("shelf after interface restock:", shelf, "value:", sum)
}
