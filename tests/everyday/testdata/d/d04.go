package main

import (
	"fmt"
	"sort"
	"strings"
)

type EventKind int

const (
	StockAdded EventKind = iota
	StockRemoved
	PriceChanged
)

func (k EventKind) String() string {
	switch k {
	case StockAdded:
		return "StockAdded"
	case StockRemoved:
		return "StockRemoved"
	case PriceChanged:
		return "PriceChanged"
	}
	return fmt.Sprintf("EventKind(%d)", int(k))
}

type Event struct {
	Kind  EventKind
	SKU   string
	Delta int
	Qty   int
	Price float64
}

type Observer interface {
	Notify(Event)
}

type ObserverFunc func(Event)

func (f ObserverFunc) Notify(e Event) { f(e) }

type Inventory struct {
	stock     map[string]int
	prices    map[string]float64
	observers map[int]Observer
	nextID    int
}

func NewInventory() *Inventory {
	return &Inventory{stock: map[string]int{}, prices: map[string]float64{}, observers: map[int]Observer{}}
}

// Subscribe registers an observer and returns a function that removes it.
func (inv *Inventory) Subscribe(o Observer) (unsubscribe func()) {
	id := inv.nextID
	inv.nextID++
	inv.observers[id] = o
	return func() { delete(inv.observers, id) }
}

func (inv *Inventory) publish(e Event) {
	ids := make([]int, 0, len(inv.observers))
	for id := range inv.observers {
		ids = append(ids, id)
	}
	sort.Ints(ids) // deliver in subscription order
	for _, id := range ids {
		inv.observers[id].Notify(e)
	}
}

func (inv *Inventory) Add(sku string, n int) {
	inv.stock[sku] += n
	inv.publish(Event{Kind: StockAdded, SKU: sku, Delta: n, Qty: inv.stock[sku]})
}

func (inv *Inventory) Remove(sku string, n int) error {
	if inv.stock[sku] < n {
		return fmt.Errorf("cannot remove %d of %s: only %d in stock", n, sku, inv.stock[sku])
	}
	inv.stock[sku] -= n
	inv.publish(Event{Kind: StockRemoved, SKU: sku, Delta: -n, Qty: inv.stock[sku]})
	return nil
}

func (inv *Inventory) SetPrice(sku string, p float64) {
	inv.prices[sku] = p
	inv.publish(Event{Kind: PriceChanged, SKU: sku, Price: p, Qty: inv.stock[sku]})
}

// LowStockAlert fires when quantity falls below a threshold.
type LowStockAlert struct {
	Threshold int
	Alerts    []string
}

func (a *LowStockAlert) Notify(e Event) {
	if e.Kind == StockRemoved && e.Qty < a.Threshold {
		a.Alerts = append(a.Alerts, fmt.Sprintf("%s low (%d left)", e.SKU, e.Qty))
	}
}

// Metrics counts events by kind.
type Metrics struct{ counts map[EventKind]int }

func (m *Metrics) Notify(e Event) { m.counts[e.Kind]++ }

func main() {
	inv := NewInventory()
	alert := &LowStockAlert{Threshold: 5}
	metrics := &Metrics{counts: map[EventKind]int{}}

	var audit []string
	stopAudit := inv.Subscribe(ObserverFunc(func(e Event) {
		audit = append(audit, fmt.Sprintf("%-12s %-8s delta=%+d qty=%d", e.Kind, e.SKU, e.Delta, e.Qty))
	}))
	inv.Subscribe(alert)
	inv.Subscribe(metrics)
	inv.Subscribe(ObserverFunc(func(e Event) {
		if e.Kind == PriceChanged {
			fmt.Printf("[price-watch] %s now $%.2f\n", e.SKU, e.Price)
		}
	}))

	inv.Add("WIDGET", 10)
	inv.Add("GADGET", 3)
	inv.SetPrice("WIDGET", 4.99)
	if err := inv.Remove("WIDGET", 7); err != nil {
		fmt.Println("error:", err)
	}
	if err := inv.Remove("GADGET", 5); err != nil {
		fmt.Println("error:", err)
	}
	inv.Remove("GADGET", 2)

	stopAudit()
	fmt.Println("(audit log unsubscribed)")
	inv.Add("GIZMO", 1)
	inv.Remove("GIZMO", 1)
	inv.SetPrice("GIZMO", 19.5)

	fmt.Println("\naudit trail:")
	for i, line := range audit {
		fmt.Printf("%2d. %s\n", i+1, line)
	}

	fmt.Println("\nalerts:", strings.Join(alert.Alerts, "; "))

	fmt.Println("\nevent counts:")
	for k := StockAdded; k <= PriceChanged; k++ {
		fmt.Printf("  %-12v %d\n", k, metrics.counts[k])
	}
	fmt.Println("unknown kind prints as", EventKind(9))
}
