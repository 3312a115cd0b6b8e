// A generic LRU cache with hit/miss statistics and an eviction callback.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type entry[K comparable, V any] struct {
	key        K
	value      V
	prev, next *entry[K, V]
}

type Stats struct {
	Hits, Misses, Evictions int
}

func (s Stats) HitRate() float64 {
	total := s.Hits + s.Misses
	if total == 0 {
		return 0
	}
	return float64(s.Hits) / float64(total)
}

type LRU[K comparable, V any] struct {
	cap     int
	items   map[K]*entry[K, V]
	head    *entry[K, V] // most recent
	tail    *entry[K, V] // least recent
	stats   Stats
	OnEvict func(K, V)
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	return &LRU[K, V]{cap: max(capacity, 1), items: make(map[K]*entry[K, V])}
}

func (c *LRU[K, V]) unlink(e *entry[K, V]) {
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		c.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		c.tail = e.prev
	}
	e.prev, e.next = nil, nil
}

func (c *LRU[K, V]) pushFront(e *entry[K, V]) {
	e.next = c.head
	if c.head != nil {
		c.head.prev = e
	}
	c.head = e
	if c.tail == nil {
		c.tail = e
	}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	e, ok := c.items[k]
	if !ok {
		c.stats.Misses++
		var zero V
		return zero, false
	}
	c.stats.Hits++
	c.unlink(e)
	c.pushFront(e)
	return e.value, true
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, ok := c.items[k]; ok {
		e.value = v
		c.unlink(e)
		c.pushFront(e)
		return
	}
	e := &entry[K, V]{key: k, value: v}
	c.items[k] = e
	c.pushFront(e)
	if len(c.items) > c.cap {
		old := c.tail
		c.unlink(old)
		delete(c.items, old.key)
		c.stats.Evictions++
		if c.OnEvict != nil {
			c.OnEvict(old.key, old.value)
		}
	}
}

// All yields entries from most to least recently used.
func (c *LRU[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for e := c.head; e != nil; e = e.next {
			if !yield(e.key, e.value) {
				return
			}
		}
	}
}

func (c *LRU[K, V]) Len() int     { return len(c.items) }
func (c *LRU[K, V]) Stats() Stats { return c.stats }

func describe[K comparable, V any](c *LRU[K, V]) string {
	var parts []string
	for k, v := range c.All() {
		parts = append(parts, fmt.Sprintf("%v=%v", k, v))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func slowSquare(n int) int {
	return n * n
}

func main() {
	var evicted []string
	c := NewLRU[string, int](3)
	c.OnEvict = func(k string, v int) { evicted = append(evicted, fmt.Sprintf("%s:%d", k, v)) }

	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println("after 3 puts:", describe(c))
	if v, ok := c.Get("a"); ok {
		fmt.Println("get a ->", v)
	}
	fmt.Println("after get a: ", describe(c))
	c.Put("d", 4)
	fmt.Println("after put d: ", describe(c))
	_, ok := c.Get("b")
	fmt.Println("b still cached?", ok)
	c.Put("c", 30)
	fmt.Println("after update c:", describe(c))
	c.Put("e", 5)
	c.Put("f", 6)
	fmt.Println("after e,f:    ", describe(c))
	fmt.Println("evicted in order:", evicted)

	// Memoize an expensive function behind an LRU.
	sq := NewLRU[int, int](4)
	computed := map[int]int{}
	lookup := func(n int) int {
		if v, ok := sq.Get(n); ok {
			return v
		}
		computed[n]++
		v := slowSquare(n)
		sq.Put(n, v)
		return v
	}
	requests := []int{1, 2, 3, 1, 2, 4, 5, 1, 6, 2, 3, 3, 7, 1}
	sum := 0
	for _, n := range requests {
		sum += lookup(n)
	}
	fmt.Println("sum of squares:", sum)
	st := sq.Stats()
	fmt.Printf("hits=%d misses=%d evictions=%d hit-rate=%.2f\n", st.Hits, st.Misses, st.Evictions, st.HitRate())
	for _, k := range slices.Sorted(maps.Keys(computed)) {
		fmt.Printf("  computed %d: %d time(s)\n", k, computed[k])
	}
	fmt.Println("final cache:", describe(sq), "len", sq.Len())

	// Capacity sweep over the same workload.
	for capacity := range 6 {
		cc := NewLRU[int, int](capacity)
		for _, n := range requests {
			if _, ok := cc.Get(n); !ok {
				cc.Put(n, n*n)
			}
		}
		s := cc.Stats()
		fmt.Printf("cap=%d (effective %d): hit-rate %.3f evictions %d\n", capacity, cc.cap, s.HitRate(), s.Evictions)
	}
}
