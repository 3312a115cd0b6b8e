package main

import (
	"fmt"
	"iter"
	"strings"
)

type entry[K comparable, V any] struct {
	key        K
	val        V
	prev, next *entry[K, V]
}

// LRU is a fixed-capacity least-recently-used cache.
type LRU[K comparable, V any] struct {
	cap          int
	items        map[K]*entry[K, V]
	head         *entry[K, V] // most recent
	tail         *entry[K, V] // least recent
	onEvict      func(K, V)
	hits, misses int
}

func NewLRU[K comparable, V any](capacity int, onEvict func(K, V)) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, items: map[K]*entry[K, V]{}, onEvict: onEvict}
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
}

func (c *LRU[K, V]) pushFront(e *entry[K, V]) {
	e.prev, e.next = nil, c.head
	if c.head != nil {
		c.head.prev = e
	} else {
		c.tail = e
	}
	c.head = e
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	e, ok := c.items[k]
	if !ok {
		c.misses++
		var zero V
		return zero, false
	}
	c.hits++
	c.unlink(e)
	c.pushFront(e)
	return e.val, true
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, ok := c.items[k]; ok {
		e.val = v
		c.unlink(e)
		c.pushFront(e)
		return
	}
	if len(c.items) == c.cap {
		old := c.tail
		c.unlink(old)
		delete(c.items, old.key)
		if c.onEvict != nil {
			c.onEvict(old.key, old.val)
		}
	}
	e := &entry[K, V]{key: k, val: v}
	c.items[k] = e
	c.pushFront(e)
}

func (c *LRU[K, V]) Recent() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for e := c.head; e != nil; e = e.next {
			if !yield(e.key, e.val) {
				return
			}
		}
	}
}

func (c *LRU[K, V]) String() string {
	var parts []string
	for k, v := range c.Recent() {
		parts = append(parts, fmt.Sprintf("%v=%v", k, v))
	}
	return fmt.Sprintf("LRU[%d/%d]{%s} hits=%d misses=%d", len(c.items), c.cap, strings.Join(parts, " "), c.hits, c.misses)
}

type PageID uint16

func (p PageID) String() string { return fmt.Sprintf("P%d", uint16(p)) }

func main() {
	var evicted []string
	cache := NewLRU(3, func(k PageID, v []byte) {
		evicted = append(evicted, fmt.Sprintf("%v(%dB)", k, len(v)))
	})
	load := func(id PageID) []byte {
		if b, ok := cache.Get(id); ok {
			return b
		}
		b := []byte(strings.Repeat("x", int(id)*10))
		cache.Put(id, b)
		return b
	}
	for _, id := range []PageID{1, 2, 3, 1, 4, 2, 5, 1, 3} {
		load(id)
	}
	fmt.Println("evicted:", evicted)
	for k, v := range cache.Recent() {
		fmt.Printf("  %v -> %d bytes\n", k, len(v))
	}
	fmt.Printf("hits=%d misses=%d\n", cache.hits, cache.misses)

	memo := NewLRU[int, uint64](64, nil)
	var fib func(n int) uint64
	fib = func(n int) uint64 {
		if n < 2 {
			return uint64(n)
		}
		if v, ok := memo.Get(n); ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		memo.Put(n, v)
		return v
	}
	fmt.Println("fib(90) =", fib(90))
	small := NewLRU[string, int](2, nil)
	small.Put("a", 1)
	small.Put("b", 2)
	small.Get("a")
	small.Put("c", 3)
	fmt.Println(small)
}
