package main

import (
	"fmt"
	"slices"
	"strings"
)

// Bus dispatches typed events to subscribers in subscription order.
type Bus[E any] struct {
	subs   []subscription[E]
	nextID int
	log    []string
}

type subscription[E any] struct {
	id     int
	name   string
	filter func(E) bool
	handle func(E) error
}

type Unsubscribe func()

func (b *Bus[E]) Subscribe(name string, filter func(E) bool, h func(E) error) Unsubscribe {
	b.nextID++
	id := b.nextID
	b.subs = append(b.subs, subscription[E]{id, name, filter, h})
	return func() {
		b.subs = slices.DeleteFunc(b.subs, func(s subscription[E]) bool { return s.id == id })
	}
}

// Publish delivers an event; handler errors are recorded, not fatal.
func (b *Bus[E]) Publish(e E) (delivered int) {
	for _, s := range b.subs {
		if s.filter != nil && !s.filter(e) {
			continue
		}
		delivered++
		if err := s.handle(e); err != nil {
			b.log = append(b.log, fmt.Sprintf("%s: %v", s.name, err))
		}
	}
	return
}

// Typed event kinds.
type OrderPlaced struct {
	ID     int
	Amount float64
	Region string
}

func (o OrderPlaced) String() string {
	return fmt.Sprintf("order#%d %.2f@%s", o.ID, o.Amount, o.Region)
}

type Shipment struct {
	OrderID int
	Carrier string
}

func main() {
	orders := &Bus[OrderPlaced]{}
	var revenue float64
	var audit []string

	orders.Subscribe("revenue", nil, func(o OrderPlaced) error {
		revenue += o.Amount
		return nil
	})
	unsubAudit := orders.Subscribe("audit", nil, func(o OrderPlaced) error {
		audit = append(audit, o.String())
		return nil
	})
	orders.Subscribe("fraud", func(o OrderPlaced) bool { return o.Amount > 1000 }, func(o OrderPlaced) error {
		return fmt.Errorf("flagged %v", o)
	})

	for i, amt := range []float64{19.99, 1500, 42.5, 2300.75} {
		n := orders.Publish(OrderPlaced{ID: i + 1, Amount: amt, Region: []string{"eu", "us"}[i%2]})
		fmt.Printf("order %d delivered to %d subscribers\n", i+1, n)
		if i == 1 {
			unsubAudit()
		}
	}
	fmt.Printf("revenue=%.2f\naudit=%v\n", revenue, audit)
	fmt.Println("errors:\n  " + strings.Join(orders.log, "\n  "))

	ships := new(Bus[Shipment])
	byCarrier := map[string][]int{}
	ships.Subscribe("index", nil, func(s Shipment) error {
		byCarrier[s.Carrier] = append(byCarrier[s.Carrier], s.OrderID)
		return nil
	})
	ships.Subscribe("validate", func(s Shipment) bool { return s.Carrier == "" }, func(s Shipment) error {
		return fmt.Errorf("order %d has no carrier", s.OrderID)
	})
	for _, s := range []Shipment{{1, "DHL"}, {2, "UPS"}, {3, ""}, {4, "DHL"}} {
		ships.Publish(s)
	}
	fmt.Println("by carrier:", byCarrier)
	fmt.Println("ship errors:", ships.log, "subs:", len(ships.subs))
	fmt.Printf("%v\n", OrderPlaced{9, 1, "ap"})
}
