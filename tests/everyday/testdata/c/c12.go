// A tiny event bus where handlers are registered from loops; relies on
// Go 1.22+ per-iteration loop variables when the closures capture them.
package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Handler func(payload string) string

type Bus struct {
	handlers map[string][]Handler
	order    []string
}

func NewBus() *Bus { return &Bus{handlers: map[string][]Handler{}} }

func (b *Bus) On(topic string, h Handler) {
	if _, ok := b.handlers[topic]; !ok {
		b.order = append(b.order, topic)
	}
	b.handlers[topic] = append(b.handlers[topic], h)
}

func (b *Bus) Emit(topic, payload string) []string {
	var out []string
	for _, h := range b.handlers[topic] {
		out = append(out, h(payload))
	}
	return out
}

type Plugin struct {
	Name     string
	Topics   []string
	Priority int
}

var plugins = []Plugin{
	{"audit", []string{"user.created", "user.deleted"}, 1},
	{"mailer", []string{"user.created"}, 5},
	{"metrics", []string{"user.created", "order.placed", "user.deleted"}, 3},
	{"fraud", []string{"order.placed"}, 9},
}

func main() {
	bus := NewBus()

	// Both p and topic are fresh variables in every iteration.
	for _, p := range plugins {
		for _, topic := range p.Topics {
			bus.On(topic, func(payload string) string {
				return fmt.Sprintf("%s(prio %d) handled %s: %s", p.Name, p.Priority, topic, payload)
			})
		}
	}
	for _, topic := range bus.order {
		fmt.Println("==", topic)
		for _, line := range bus.Emit(topic, "id=42") {
			fmt.Println("  ", line)
		}
	}

	// Three-clause loops also get a fresh i per iteration.
	var retries []func() string
	for i := 0; i < 4; i++ {
		delay := 100 << i
		retries = append(retries, func() string {
			return fmt.Sprintf("retry #%d after %dms", i+1, delay)
		})
	}
	for _, r := range retries {
		fmt.Println(r())
	}

	// Modifying the variable inside the body affects only that iteration's copy
	// as seen by closures, while the loop continues from the updated value.
	var seen []func() int
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			i++ // skip ahead
		}
		seen = append(seen, func() int { return i })
	}
	vals := make([]int, 0, len(seen))
	for _, f := range seen {
		vals = append(vals, f())
	}
	fmt.Println("captured after skips:", vals)

	// Range over int with goroutines: each goroutine sees its own n.
	var mu sync.Mutex
	var wg sync.WaitGroup
	squares := map[int]int{}
	for n := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			squares[n] = n * n
			mu.Unlock()
		}()
	}
	wg.Wait()
	keys := make([]int, 0, len(squares))
	for k := range squares {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%d²=%d", k, squares[k]))
	}
	fmt.Println(strings.Join(parts, " "))

	// Deferred closures in a loop also capture per-iteration values.
	func() {
		for _, name := range []string{"db", "cache", "queue"} {
			defer func() { fmt.Println("closing", name) }()
			fmt.Println("opening", name)
		}
	}()

	// Pointers to the loop variable are distinct now.
	var ptrs []*string
	for _, s := range []string{"x", "y", "z"} {
		ptrs = append(ptrs, &s)
	}
	fmt.Println("distinct pointers:", ptrs[0] != ptrs[1] && ptrs[1] != ptrs[2],
		"values:", *ptrs[0], *ptrs[1], *ptrs[2])
}
