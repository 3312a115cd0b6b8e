package main

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

type SKU string

type Item struct {
	SKU      SKU
	OnHand   int
	Reorder  int // reorder point
	OrderQty int
	LeadDays int
	UnitCost int // cents
	Lost     int
}

type PurchaseOrder struct {
	SKU     SKU
	Qty     int
	Arrives int
}

var ErrStockout = errors.New("stockout")

type Warehouse struct {
	Day     int
	Items   map[SKU]*Item
	Pending []PurchaseOrder
	Spend   int
	Events  []string
}

func (w *Warehouse) note(format string, a ...any) {
	w.Events = append(w.Events, fmt.Sprintf("day %2d: ", w.Day)+fmt.Sprintf(format, a...))
}

func (w *Warehouse) Ship(sku SKU, qty int) (int, error) {
	it, ok := w.Items[sku]
	if !ok {
		return 0, fmt.Errorf("ship %s: unknown sku", sku)
	}
	if it.OnHand < qty {
		sent := it.OnHand
		it.Lost += qty - sent
		it.OnHand = 0
		return sent, fmt.Errorf("ship %d of %s (have %d): %w", qty, sku, sent, ErrStockout)
	}
	it.OnHand -= qty
	return qty, nil
}

func (w *Warehouse) onOrder(sku SKU) int {
	n := 0
	for _, po := range w.Pending {
		if po.SKU == sku {
			n += po.Qty
		}
	}
	return n
}

func (w *Warehouse) EndOfDay() {
	// receive
	w.Pending = slices.DeleteFunc(w.Pending, func(po PurchaseOrder) bool {
		if po.Arrives == w.Day {
			w.Items[po.SKU].OnHand += po.Qty
			w.note("received %d x %s", po.Qty, po.SKU)
			return true
		}
		return false
	})
	// reorder, in a stable SKU order
	skus := make([]SKU, 0, len(w.Items))
	for s := range w.Items {
		skus = append(skus, s)
	}
	slices.Sort(skus)
	for _, s := range skus {
		it := w.Items[s]
		if it.OnHand+w.onOrder(s) <= it.Reorder {
			po := PurchaseOrder{SKU: s, Qty: it.OrderQty, Arrives: w.Day + it.LeadDays}
			w.Pending = append(w.Pending, po)
			w.Spend += po.Qty * it.UnitCost
			w.note("ordered %d x %s (on hand %d), eta day %d", po.Qty, s, it.OnHand, po.Arrives)
		}
	}
	w.Day++
}

func main() {
	w := &Warehouse{Items: map[SKU]*Item{
		"BOLT-M6": {SKU: "BOLT-M6", OnHand: 120, Reorder: 60, OrderQty: 150, LeadDays: 3, UnitCost: 4},
		"NUT-M6":  {SKU: "NUT-M6", OnHand: 80, Reorder: 50, OrderQty: 100, LeadDays: 2, UnitCost: 2},
		"GASKET":  {SKU: "GASKET", OnHand: 15, Reorder: 8, OrderQty: 20, LeadDays: 5, UnitCost: 95},
		"BRACKET": {SKU: "BRACKET", OnHand: 30, Reorder: 10, OrderQty: 25, LeadDays: 4, UnitCost: 310},
	}}
	demand := map[SKU]int{"BOLT-M6": 25, "NUT-M6": 25, "GASKET": 3, "BRACKET": 4}
	order := []SKU{"BOLT-M6", "NUT-M6", "GASKET", "BRACKET", "WIDGET"}
	rng := rand.New(rand.NewPCG(1, 2))
	stockouts := 0
	for w.Day < 20 {
		for _, s := range order {
			mean, ok := demand[s]
			qty := 1
			if ok {
				qty = mean/2 + rng.IntN(mean+1)
			} else if w.Day%7 != 3 {
				continue
			}
			if _, err := w.Ship(s, qty); err != nil {
				if errors.Is(err, ErrStockout) {
					stockouts++
				}
				w.note("%v", err)
			}
		}
		w.EndOfDay()
	}
	fmt.Println(strings.Join(w.Events, "\n"))
	fmt.Printf("%-8s %6s %5s\n", "sku", "onhand", "lost")
	for _, s := range order[:4] {
		it := w.Items[s]
		fmt.Printf("%-8s %6d %5d\n", it.SKU, it.OnHand, it.Lost)
	}
	fmt.Printf("stockout events=%d purchasing spend=$%d.%02d open POs=%d\n", stockouts, w.Spend/100, w.Spend%100, len(w.Pending))
}
