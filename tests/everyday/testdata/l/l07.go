package main

import (
	"fmt"
	"sort"
	"strings"
)

type Event struct {
	Topic   string
	Payload map[string]any
}

type Subscriber func(Event) error

type subscription struct {
	id       int
	name     string
	priority int
	fn       Subscriber
}

// Bus is a synchronous in-process event bus with prioritized subscribers.
type Bus struct {
	nextID int
	subs   map[string][]subscription
	dead   []string
}

func NewBus() *Bus { return &Bus{subs: make(map[string][]subscription)} }

// Subscribe registers fn and returns a function to unsubscribe.
func (b *Bus) Subscribe(topic, name string, priority int, fn Subscriber) (unsubscribe func()) {
	b.nextID++
	id := b.nextID
	list := append(b.subs[topic], subscription{id, name, priority, fn})
	sort.SliceStable(list, func(i, j int) bool { return list[i].priority > list[j].priority })
	b.subs[topic] = list
	return func() {
		cur := b.subs[topic]
		for i, s := range cur {
			if s.id == id {
				b.subs[topic] = append(cur[:i:i], cur[i+1:]...)
				return
			}
		}
	}
}

func (b *Bus) Publish(e Event) int {
	delivered := 0
	for _, s := range b.subs[e.Topic] {
		if err := s.fn(e); err != nil {
			b.dead = append(b.dead, fmt.Sprintf("%s/%s: %v", e.Topic, s.name, err))
			continue
		}
		delivered++
	}
	return delivered
}

func main() {
	bus := NewBus()
	var audit []string
	inventory := map[string]int{"widget": 5, "gadget": 1}

	bus.Subscribe("order.created", "audit", 100, func(e Event) error {
		audit = append(audit, fmt.Sprintf("order %v by %v", e.Payload["id"], e.Payload["customer"]))
		return nil
	})
	bus.Subscribe("order.created", "inventory", 50, func(e Event) error {
		sku := e.Payload["sku"].(string)
		qty := e.Payload["qty"].(int)
		if inventory[sku] < qty {
			return fmt.Errorf("insufficient stock for %s: have %d, want %d", sku, inventory[sku], qty)
		}
		inventory[sku] -= qty
		return nil
	})
	unsubEmail := bus.Subscribe("order.created", "email", 10, func(e Event) error {
		fmt.Printf("  [email] confirmation to %v\n", e.Payload["customer"])
		return nil
	})
	bus.Subscribe("order.cancelled", "audit", 100, func(e Event) error {
		audit = append(audit, fmt.Sprintf("cancel %v", e.Payload["id"]))
		return nil
	})

	events := []Event{
		{"order.created", map[string]any{"id": 1, "customer": "ann", "sku": "widget", "qty": 2}},
		{"order.created", map[string]any{"id": 2, "customer": "ben", "sku": "gadget", "qty": 3}},
		{"order.cancelled", map[string]any{"id": 2}},
		{"shipment.sent", map[string]any{"id": 1}},
	}
	for i, e := range events {
		if i == 2 {
			fmt.Println("  (unsubscribing email)")
			unsubEmail()
		}
		n := bus.Publish(e)
		fmt.Printf("publish %-16s delivered=%d\n", e.Topic, n)
	}
	n := bus.Publish(Event{"order.created", map[string]any{"id": 3, "customer": "cy", "sku": "widget", "qty": 3}})
	fmt.Printf("publish %-16s delivered=%d\n", "order.created", n)

	fmt.Println("audit:", strings.Join(audit, "; "))
	fmt.Println("dead letters:")
	for _, d := range bus.dead {
		fmt.Println("  ", d)
	}
	fmt.Printf("inventory: widget=%d gadget=%d\n", inventory["widget"], inventory["gadget"])
}
