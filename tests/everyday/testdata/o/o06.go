package main

import (
	"fmt"
	"slices"
	"strings"
)

type Event interface {
	Topic() string
}

type UserSignedUp struct {
	UserID int
	Email  string
}
type OrderPlaced struct {
	OrderID int
	UserID  int
	Cents   int
}
type PaymentFailed struct {
	OrderID int
	Reason  string
}

func (UserSignedUp) Topic() string  { return "user" }
func (OrderPlaced) Topic() string   { return "order" }
func (PaymentFailed) Topic() string { return "order" }

type Handler interface {
	Handle(e Event) error
}

type HandlerFunc func(Event) error

func (f HandlerFunc) Handle(e Event) error { return f(e) }

type Bus struct {
	subs map[string][]Handler
	log  []string
}

func (b *Bus) Subscribe(topic string, h Handler) {
	if b.subs == nil {
		b.subs = map[string][]Handler{}
	}
	b.subs[topic] = append(b.subs[topic], h)
}

func (b *Bus) Publish(e Event) {
	hs := append(slices.Clone(b.subs[e.Topic()]), b.subs["*"]...)
	for i, h := range hs {
		if err := h.Handle(e); err != nil {
			b.log = append(b.log, fmt.Sprintf("handler %d for %T failed: %v", i, e, err))
		}
	}
}

// Stats is a stateful handler implemented as a struct.
type Stats struct {
	counts  map[string]int
	revenue int
}

func (s *Stats) Handle(e Event) error {
	if s.counts == nil {
		s.counts = map[string]int{}
	}
	name := fmt.Sprintf("%T", e)
	s.counts[strings.TrimPrefix(name, "main.")]++
	if o, ok := e.(OrderPlaced); ok {
		s.revenue += o.Cents
	}
	return nil
}

type Mailer struct{ sent []string }

func (m *Mailer) Handle(e Event) error {
	switch ev := e.(type) {
	case UserSignedUp:
		if !strings.Contains(ev.Email, "@") {
			return fmt.Errorf("bad email %q", ev.Email)
		}
		m.sent = append(m.sent, "welcome -> "+ev.Email)
	case PaymentFailed:
		m.sent = append(m.sent, fmt.Sprintf("payment failed for order %d: %s", ev.OrderID, ev.Reason))
	}
	return nil
}

func main() {
	bus := &Bus{}
	stats := &Stats{}
	mailer := &Mailer{}
	bus.Subscribe("*", stats)
	bus.Subscribe("user", mailer)
	bus.Subscribe("order", mailer)
	bus.Subscribe("order", HandlerFunc(func(e Event) error {
		if o, ok := e.(OrderPlaced); ok && o.Cents > 100000 {
			return fmt.Errorf("order %d needs review (%d cents)", o.OrderID, o.Cents)
		}
		return nil
	}))
	var trace []string
	bus.Subscribe("*", HandlerFunc(func(e Event) error {
		trace = append(trace, fmt.Sprintf("%s:%+v", e.Topic(), e))
		return nil
	}))

	events := []Event{
		UserSignedUp{1, "ann@example.com"},
		UserSignedUp{2, "bob-at-example"},
		OrderPlaced{10, 1, 2599},
		OrderPlaced{11, 1, 250000},
		PaymentFailed{11, "card declined"},
		OrderPlaced{12, 2, 999},
		UserSignedUp{3, "cy@example.org"},
	}
	for _, e := range events {
		bus.Publish(e)
	}

	fmt.Println("trace:")
	for i, t := range trace {
		fmt.Printf("  %02d %s\n", i, t)
	}
	fmt.Println("mail outbox:")
	for _, s := range mailer.sent {
		fmt.Println("  " + s)
	}
	fmt.Println("errors:")
	for _, l := range bus.log {
		fmt.Println("  " + l)
	}
	fmt.Println("stats:")
	keys := make([]string, 0)
	for k := range stats.counts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Printf("  %-14s %d\n", k, stats.counts[k])
	}
	fmt.Printf("  revenue        %d.%02d\n", stats.revenue/100, stats.revenue%100)
}
