package main

import (
	"errors"
	"fmt"
	"strings"
)

type Message struct {
	Topic   string
	Payload string
}

type Handler func(Message) error

type subscription struct {
	id      int
	pattern string
	name    string
	handler Handler
	active  bool
}

// Broker is a synchronous pub/sub hub with wildcard topic matching.
// Patterns use '.' separated segments; '*' matches one segment, '#' the rest.
type Broker struct {
	subs       []*subscription
	nextID     int
	deadLetter []string
	delivered  map[string]int
}

func NewBroker() *Broker { return &Broker{delivered: map[string]int{}} }

type Unsubscribe func()

func (b *Broker) Subscribe(name, pattern string, h Handler) Unsubscribe {
	b.nextID++
	s := &subscription{id: b.nextID, pattern: pattern, name: name, handler: h, active: true}
	b.subs = append(b.subs, s)
	return func() { s.active = false }
}

func match(pattern, topic string) bool {
	p := strings.Split(pattern, ".")
	t := strings.Split(topic, ".")
	for i, seg := range p {
		if seg == "#" {
			return true
		}
		if i >= len(t) || (seg != "*" && seg != t[i]) {
			return false
		}
	}
	return len(p) == len(t)
}

// Publish delivers to every matching subscriber and returns joined handler errors.
func (b *Broker) Publish(topic, payload string) error {
	msg := Message{topic, payload}
	var errs []error
	n := 0
	for _, s := range b.subs {
		if !s.active || !match(s.pattern, topic) {
			continue
		}
		n++
		b.delivered[s.name]++
		if err := b.safeCall(s, msg); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", s.name, err))
		}
	}
	if n == 0 {
		b.deadLetter = append(b.deadLetter, topic+" "+payload)
	}
	return errors.Join(errs...)
}

func (b *Broker) safeCall(s *subscription, m Message) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("handler panic: %v", r)
			s.active = false // quarantine misbehaving subscriber
		}
	}()
	return s.handler(m)
}

func main() {
	b := NewBroker()
	var log []string
	logf := func(format string, args ...any) { log = append(log, fmt.Sprintf(format, args...)) }

	b.Subscribe("audit", "#", func(m Message) error {
		logf("[audit] %s", m.Topic)
		return nil
	})
	b.Subscribe("orders", "orders.*", func(m Message) error {
		logf("[orders] %s -> %s", m.Topic, m.Payload)
		return nil
	})
	stopShip := b.Subscribe("shipping", "orders.paid", func(m Message) error {
		if strings.Contains(m.Payload, "PO Box") {
			return errors.New("cannot ship to PO Box")
		}
		logf("[shipping] label printed for %s", m.Payload)
		return nil
	})
	b.Subscribe("eu-stock", "inventory.eu.*.low", func(m Message) error {
		logf("[eu-stock] reorder %s", m.Payload)
		return nil
	})
	b.Subscribe("flaky", "inventory.#", func(m Message) error {
		if m.Payload == "sku-13" {
			panic("unlucky sku")
		}
		logf("[flaky] saw %s", m.Payload)
		return nil
	})

	events := []Message{
		{"orders.created", "order-1"},
		{"orders.paid", "order-1 to 12 Main St"},
		{"orders.paid", "order-2 to PO Box 77"},
		{"inventory.eu.berlin.low", "sku-9"},
		{"inventory.us.austin.low", "sku-13"},
		{"inventory.eu.paris.low", "sku-4"},
		{"orders.paid.retry", "order-2"},
	}
	for _, e := range events {
		if err := b.Publish(e.Topic, e.Payload); err != nil {
			logf("!! publish %s: %v", e.Topic, err)
		}
	}

	stopShip()
	b.Publish("orders.paid", "order-3 to 1 Elm Rd")
	b.subs = b.subs[1:] // drop audit subscriber entirely
	b.Publish("billing.invoice", "inv-77")

	for _, l := range log {
		fmt.Println(l)
	}
	fmt.Println("\ndelivery counts:")
	for _, s := range b.subs {
		fmt.Printf("  %-9s %-20s active=%-5t delivered=%d\n", s.name, s.pattern, s.active, b.delivered[s.name])
	}
	fmt.Println("dead letters:", b.deadLetter)

	fmt.Println("\npattern tests:")
	for _, c := range [][2]string{
		{"a.*.c", "a.b.c"}, {"a.*.c", "a.b.d"}, {"a.#", "a"}, {"a.#", "a.b.c.d"}, {"*", "a.b"}, {"a.b", "a.b"},
	} {
		fmt.Printf("  %-6s ~ %-8s %t\n", c[0], c[1], match(c[0], c[1]))
	}
}
