// Inventory stock movements replayed per SKU with reorder point checks.
package main

import (
	"fmt"
	"slices"
	"strings"
)

type MoveKind int

const (
	Receipt MoveKind = iota
	Shipment
	Adjustment
	Transfer
)

func (k MoveKind) String() string {
	return [...]string{"RECV", "SHIP", "ADJ", "XFER"}[k]
}

type Movement struct {
	Day  int
	SKU  string
	Kind MoveKind
	Qty  int
}

type Item struct {
	SKU          string
	Desc         string
	OnHand       int
	ReorderPoint int
	ReorderQty   int
	history      []string
}

func (it *Item) Apply(m Movement) {
	delta := m.Qty
	switch m.Kind {
	case Shipment, Transfer:
		delta = -m.Qty
	}
	it.OnHand += delta
	it.history = append(it.history, fmt.Sprintf("d%02d %-4v %+5d -> %4d", m.Day, m.Kind, delta, it.OnHand))
}

func (it Item) NeedsReorder() bool { return it.OnHand <= it.ReorderPoint }

func (it Item) SuggestedOrder() int {
	if !it.NeedsReorder() {
		return 0
	}
	short := it.ReorderPoint - it.OnHand
	return it.ReorderQty + short
}

func main() {
	items := map[string]*Item{
		"WID-001": {SKU: "WID-001", Desc: "Widget, small", OnHand: 120, ReorderPoint: 50, ReorderQty: 200},
		"WID-002": {SKU: "WID-002", Desc: "Widget, large", OnHand: 40, ReorderPoint: 30, ReorderQty: 100},
		"GAD-100": {SKU: "GAD-100", Desc: "Gadget pro", OnHand: 15, ReorderPoint: 10, ReorderQty: 25},
		"BOLT-M6": {SKU: "BOLT-M6", Desc: "M6 bolt (box/100)", OnHand: 300, ReorderPoint: 80, ReorderQty: 400},
	}
	moves := []Movement{
		{1, "WID-001", Shipment, 35}, {1, "BOLT-M6", Shipment, 120}, {2, "WID-002", Shipment, 12},
		{3, "GAD-100", Shipment, 9}, {3, "WID-001", Shipment, 48}, {4, "BOLT-M6", Adjustment, -6},
		{5, "WID-002", Receipt, 100}, {5, "GAD-100", Transfer, 4}, {6, "BOLT-M6", Shipment, 110},
		{7, "WID-001", Receipt, 10}, {7, "WID-002", Shipment, 95}, {8, "XYZ-999", Receipt, 5},
	}
	var unknown []Movement
	for _, m := range moves {
		it, ok := items[m.SKU]
		if !ok {
			unknown = append(unknown, m)
			continue
		}
		it.Apply(m)
	}

	skus := slices.Sorted(func(yield func(string) bool) {
		for k := range items {
			if !yield(k) {
				return
			}
		}
	})
	for _, sku := range skus {
		it := items[sku]
		fmt.Printf("%s  %s\n", it.SKU, it.Desc)
		for _, h := range it.history {
			fmt.Println("   ", h)
		}
	}

	fmt.Println()
	fmt.Println("REORDER REPORT")
	fmt.Println(strings.Repeat("=", 50))
	fmt.Printf("%-8s %7s %7s %8s  %s\n", "SKU", "OnHand", "ROP", "Order", "Flag")
	for _, sku := range skus {
		it := items[sku]
		flag := ""
		if it.NeedsReorder() {
			flag = "REORDER"
			if it.OnHand <= 0 {
				flag = "STOCKOUT"
			}
		}
		fmt.Printf("%-8s %7d %7d %8d  %s\n", it.SKU, it.OnHand, it.ReorderPoint, it.SuggestedOrder(), flag)
	}
	for _, m := range unknown {
		fmt.Printf("warning: day %d movement for unknown SKU %q ignored\n", m.Day, m.SKU)
	}
}
