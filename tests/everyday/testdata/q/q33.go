// q33: in-process pub/sub broker with topic subscriptions; per-subscriber ordering is preserved.
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
)

type Message struct {
	Topic string
	Seq   int
	Body  string
}

type Subscriber struct {
	Name   string
	Topics []string
	ch     chan Message
	got    []Message
}

type Broker struct {
	mu     sync.Mutex
	subs   map[string][]*Subscriber
	seq    map[string]int
	closed bool
}

func NewBroker() *Broker { return &Broker{subs: map[string][]*Subscriber{}, seq: map[string]int{}} }

func (b *Broker) Subscribe(name string, buf int, topics ...string) *Subscriber {
	s := &Subscriber{Name: name, Topics: topics, ch: make(chan Message, buf)}
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, t := range topics {
		b.subs[t] = append(b.subs[t], s)
	}
	return s
}

// Publish delivers synchronously to each subscriber channel (back-pressure on slow consumers).
// Holding the lock during delivery means Close can never close a channel mid-send.
func (b *Broker) Publish(topic, body string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return 0
	}
	b.seq[topic]++
	m := Message{topic, b.seq[topic], body}
	for _, s := range b.subs[topic] {
		s.ch <- m
	}
	return len(b.subs[topic])
}

// Close closes every subscriber channel exactly once.
func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return
	}
	b.closed = true
	seen := map[*Subscriber]bool{}
	for _, t := range slices.Sorted(maps.Keys(b.subs)) {
		for _, s := range b.subs[t] {
			if !seen[s] {
				seen[s] = true
				close(s.ch)
			}
		}
	}
}

func main() {
	b := NewBroker()
	subs := []*Subscriber{
		b.Subscribe("audit", 1, "orders", "payments", "users"),
		b.Subscribe("mailer", 4, "users"),
		b.Subscribe("ledger", 0, "payments"),
		b.Subscribe("analytics", 2, "orders", "users"),
	}
	var wg sync.WaitGroup
	for _, s := range subs {
		wg.Go(func() {
			for m := range s.ch {
				s.got = append(s.got, m)
			}
		})
	}
	events := []struct{ topic, body string }{
		{"users", "signup u1"}, {"orders", "create o1"}, {"payments", "charge o1 $30"},
		{"orders", "ship o1"}, {"users", "signup u2"}, {"payments", "refund o1 $5"},
		{"inventory", "restock sku9"}, {"orders", "create o2"}, {"users", "delete u1"},
	}
	for _, e := range events {
		n := b.Publish(e.topic, e.body)
		fmt.Printf("publish %-9s %-14q -> %d subscriber(s)\n", e.topic, e.body, n)
	}
	b.Close()
	b.Close() // idempotent
	fmt.Println("publish after close ->", b.Publish("users", "late"), "subscriber(s)")
	wg.Wait()
	for _, s := range subs {
		var parts []string
		for _, m := range s.got {
			parts = append(parts, fmt.Sprintf("%s#%d", m.Topic, m.Seq))
		}
		fmt.Printf("%-9s (%d msgs) %s\n", s.Name, len(s.got), strings.Join(parts, " "))
	}
	audit := subs[0]
	fmt.Println("audit log bodies:")
	for _, m := range audit.got {
		fmt.Printf("  [%s %d] %s\n", m.Topic, m.Seq, m.Body)
	}
}
