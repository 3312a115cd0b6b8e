package main

import (
	"container/list"
	"fmt"
	"strings"
)

// LRU is a fixed-capacity least-recently-used cache.
type LRU[K comparable, V any] struct {
	cap     int
	ll      *list.List
	items   map[K]*list.Element
	onEvict func(K, V)
	hits    int
	misses  int
}

type entry[K comparable, V any] struct {
	key K
	val V
}

func NewLRU[K comparable, V any](capacity int, onEvict func(K, V)) *LRU[K, V] {
	return &LRU[K, V]{
		cap:     capacity,
		ll:      list.New(),
		items:   make(map[K]*list.Element, capacity),
		onEvict: onEvict,
	}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if el, ok := c.items[k]; ok {
		c.ll.MoveToFront(el)
		c.hits++
		return el.Value.(*entry[K, V]).val, true
	}
	c.misses++
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	if el, ok := c.items[k]; ok {
		el.Value.(*entry[K, V]).val = v
		c.ll.MoveToFront(el)
		return
	}
	c.items[k] = c.ll.PushFront(&entry[K, V]{k, v})
	if c.ll.Len() > c.cap {
		c.evictOldest()
	}
}

func (c *LRU[K, V]) evictOldest() {
	el := c.ll.Back()
	if el == nil {
		return
	}
	c.ll.Remove(el)
	e := el.Value.(*entry[K, V])
	delete(c.items, e.key)
	if c.onEvict != nil {
		c.onEvict(e.key, e.val)
	}
}

func (c *LRU[K, V]) Keys() []K {
	keys := make([]K, 0, c.ll.Len())
	for el := c.ll.Front(); el != nil; el = el.Next() {
		keys = append(keys, el.Value.(*entry[K, V]).key)
	}
	return keys
}

func (c *LRU[K, V]) String() string {
	var b strings.Builder
	b.WriteString("[")
	for i, k := range c.Keys() {
		if i > 0 {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%v", k)
	}
	b.WriteString("]")
	return b.String()
}

func main() {
	var evicted []string
	cache := NewLRU[string, int](3, func(k string, v int) {
		evicted = append(evicted, fmt.Sprintf("%s=%d", k, v))
	})

	ops := []struct {
		op  string
		key string
		val int
	}{
		{"put", "alpha", 1}, {"put", "beta", 2}, {"put", "gamma", 3},
		{"get", "alpha", 0}, {"put", "delta", 4}, {"get", "beta", 0},
		{"put", "gamma", 30}, {"put", "epsilon", 5}, {"get", "alpha", 0},
		{"get", "gamma", 0}, {"get", "zeta", 0},
	}

	for i, op := range ops {
		switch op.op {
		case "put":
			cache.Put(op.key, op.val)
			fmt.Printf("%2d put %-8s -> order %v\n", i, op.key, cache)
		case "get":
			v, ok := cache.Get(op.key)
			fmt.Printf("%2d get %-8s -> %d %t order %v\n", i, op.key, v, ok, cache)
		}
	}

	fmt.Println("evicted:", strings.Join(evicted, ", "))
	total := cache.hits + cache.misses
	fmt.Printf("hits=%d misses=%d ratio=%.2f\n", cache.hits, cache.misses, float64(cache.hits)/float64(total))
}
