// Pub/sub broker with topic subscriptions, per-subscriber goroutines and ordered delivery.
package main

import (
	"fmt"
	"sort"
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
	ch     chan Message
	got    []Message
	doneCh chan struct{}
}

type Broker struct {
	mu     sync.RWMutex
	subs   map[string][]*Subscriber
	seq    map[string]int
	closed bool
}

func NewBroker() *Broker {
	return &Broker{subs: map[string][]*Subscriber{}, seq: map[string]int{}}
}

func (b *Broker) Subscribe(name string, topics ...string) *Subscriber {
	s := &Subscriber{Name: name, ch: make(chan Message, 4), doneCh: make(chan struct{})}
	b.mu.Lock()
	for _, t := range topics {
		b.subs[t] = append(b.subs[t], s)
	}
	b.mu.Unlock()
	go func() {
		defer close(s.doneCh)
		for m := range s.ch {
			s.got = append(s.got, m)
		}
	}()
	return s
}

// Publish delivers synchronously to every subscriber channel, so per-topic order holds.
func (b *Broker) Publish(topic, body string) int {
	b.mu.Lock()
	b.seq[topic]++
	m := Message{topic, b.seq[topic], body}
	subs := append([]*Subscriber(nil), b.subs[topic]...)
	b.mu.Unlock()
	for _, s := range subs {
		s.ch <- m
	}
	return len(subs)
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return
	}
	b.closed = true
	seen := map[*Subscriber]bool{}
	for _, list := range b.subs {
		for _, s := range list {
			if !seen[s] {
				seen[s] = true
				close(s.ch)
			}
		}
	}
}

func main() {
	b := NewBroker()
	billing := b.Subscribe("billing", "order.created", "order.refunded")
	shipping := b.Subscribe("shipping", "order.created")
	audit := b.Subscribe("audit", "order.created", "order.refunded", "user.login")
	_ = b.Subscribe("idle", "nothing.here")

	// Publishers for different topics run concurrently; each topic's publisher is sequential.
	var wg sync.WaitGroup
	fanout := map[string]int{}
	var fmu sync.Mutex
	publish := func(topic string, bodies []string) {
		defer wg.Done()
		for _, body := range bodies {
			n := b.Publish(topic, body)
			fmu.Lock()
			fanout[topic] += n
			fmu.Unlock()
		}
	}
	wg.Add(3)
	go publish("order.created", []string{"o-1 $20", "o-2 $35", "o-3 $12", "o-4 $80"})
	go publish("order.refunded", []string{"o-2 $35"})
	go publish("user.login", []string{"ana", "bo", "ana"})
	wg.Wait()
	b.Close()

	for _, s := range []*Subscriber{billing, shipping, audit} {
		<-s.doneCh
		// per-topic order is guaranteed; interleaving across topics is not, so group by topic
		byTopic := map[string][]string{}
		for _, m := range s.got {
			byTopic[m.Topic] = append(byTopic[m.Topic], fmt.Sprintf("%d:%s", m.Seq, m.Body))
		}
		topics := make([]string, 0, len(byTopic))
		for t := range byTopic {
			topics = append(topics, t)
		}
		sort.Strings(topics)
		fmt.Printf("%s received %d messages\n", s.Name, len(s.got))
		for _, t := range topics {
			fmt.Printf("  %-15s %s\n", t, strings.Join(byTopic[t], " | "))
		}
	}
	ts := make([]string, 0, len(fanout))
	for t := range fanout {
		ts = append(ts, t)
	}
	sort.Strings(ts)
	for _, t := range ts {
		fmt.Printf("deliveries for %-15s %d\n", t, fanout[t])
	}
	b.Close() // idempotent
	fmt.Println("broker closed")
}
