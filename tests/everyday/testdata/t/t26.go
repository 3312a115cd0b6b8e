package main

import (
	"fmt"
	"strings"
)

type entry[K comparable, V any] struct {
	key        K
	val        V
	prev, next *entry[K, V]
}

type LRU[K comparable, V any] struct {
	cap     int
	items   map[K]*entry[K, V]
	head    *entry[K, V] // most recent
	tail    *entry[K, V]
	evicted []K
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, items: make(map[K]*entry[K, V])}
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

func (c *LRU[K, V]) Get(k K) (v V, ok bool) {
	e, ok := c.items[k]
	if !ok {
		return v, false
	}
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
		c.evicted = append(c.evicted, old.key)
	}
	e := &entry[K, V]{key: k, val: v}
	c.items[k] = e
	c.pushFront(e)
}

func (c *LRU[K, V]) String() string {
	var parts []string
	for e := c.head; e != nil; e = e.next {
		parts = append(parts, fmt.Sprintf("%v:%v", e.key, e.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	c := NewLRU[string, int](3)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c)
	v, ok := c.Get("a")
	fmt.Println(v, ok, c)
	c.Put("d", 4)
	fmt.Println(c, c.evicted)
	_, ok = c.Get("b")
	fmt.Println("b present:", ok)
	c.Put("c", 30)
	c.Put("e", 5)
	fmt.Println(c, c.evicted, len(c.items))

	type pt struct{ x, y int }
	pc := NewLRU[pt, string](2)
	pc.Put(pt{1, 2}, "first")
	pc.Put(pt{3, 4}, "second")
	pc.Get(pt{1, 2})
	pc.Put(pt{5, 6}, "third")
	fmt.Println(pc, pc.evicted)
}
