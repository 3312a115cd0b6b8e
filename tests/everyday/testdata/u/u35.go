package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Bus[T any] struct {
	mu     sync.Mutex
	subs   map[string][]chan T
	closed bool
}

func NewBus[T any]() *Bus[T] { return &Bus[T]{subs: map[string][]chan T{}} }

func (b *Bus[T]) Subscribe(topic string, buffer int) <-chan T {
	b.mu.Lock()
	defer b.mu.Unlock()
	ch := make(chan T, buffer)
	b.subs[topic] = append(b.subs[topic], ch)
	return ch
}

func (b *Bus[T]) Publish(topic string, msg T) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return 0
	}
	for _, ch := range b.subs[topic] {
		ch <- msg
	}
	return len(b.subs[topic])
}

func (b *Bus[T]) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closed = true
	for _, chans := range b.subs {
		for _, ch := range chans {
			close(ch)
		}
	}
}

type OrderEvent struct {
	ID     int
	Amount float64
	Status string
}

func (e OrderEvent) String() string {
	return fmt.Sprintf("order#%d(%s %.2f)", e.ID, e.Status, e.Amount)
}

type Collector struct {
	mu   sync.Mutex
	seen map[string][]string
}

func (c *Collector) Add(who string, what fmt.Stringer) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.seen[who] = append(c.seen[who], what.String())
}

func main() {
	bus := NewBus[OrderEvent]()
	col := &Collector{seen: map[string][]string{}}
	var wg sync.WaitGroup

	consumer := func(name string, ch <-chan OrderEvent) {
		wg.Go(func() {
			for e := range ch {
				col.Add(name, e)
			}
		})
	}
	consumer("billing", bus.Subscribe("orders.created", 16))
	consumer("email", bus.Subscribe("orders.created", 16))
	consumer("email", bus.Subscribe("orders.shipped", 16))
	consumer("analytics", bus.Subscribe("orders.shipped", 16))

	var totals sync.Map
	events := []struct {
		topic string
		e     OrderEvent
	}{
		{"orders.created", OrderEvent{1, 19.99, "new"}},
		{"orders.created", OrderEvent{2, 5.00, "new"}},
		{"orders.shipped", OrderEvent{1, 19.99, "shipped"}},
		{"orders.cancelled", OrderEvent{2, 5.00, "cancelled"}},
		{"orders.created", OrderEvent{3, 120.50, "new"}},
	}
	delivered := 0
	for _, ev := range events {
		n := bus.Publish(ev.topic, ev.e)
		delivered += n
		v, _ := totals.LoadOrStore(ev.topic, 0)
		totals.Store(ev.topic, v.(int)+1)
	}
	bus.Close()
	wg.Wait()
	fmt.Println("published after close:", bus.Publish("orders.created", OrderEvent{}))

	names := make([]string, 0, len(col.seen))
	for n := range col.seen {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		got := col.seen[n]
		slices.Sort(got)
		fmt.Printf("%-10s %d: %s\n", n, len(got), strings.Join(got, ", "))
	}
	fmt.Println("deliveries:", delivered)

	var topics []string
	totals.Range(func(k, v any) bool {
		topics = append(topics, fmt.Sprintf("%s=%d", k, v))
		return true
	})
	slices.Sort(topics)
	fmt.Println(topics)
	fmt.Println(events[0].e, []OrderEvent{events[2].e})
}
