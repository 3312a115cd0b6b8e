// ag36: O(1) LFU cache: frequency buckets of intrusive lists, LRU tie-breaking, and a fake tick clock.
package main

import (
	"fmt"
	"strings"
)

type lfuEntry[K comparable, V any] struct {
	key        K
	val        V
	freq       int
	lastUsed   int
	prev, next *lfuEntry[K, V]
}

// bucket is a circular list with a sentinel; front = most recently used.
type bucket[K comparable, V any] struct {
	sentinel lfuEntry[K, V]
	size     int
}

func newBucket[K comparable, V any]() *bucket[K, V] {
	b := &bucket[K, V]{}
	b.sentinel.next, b.sentinel.prev = &b.sentinel, &b.sentinel
	return b
}

func (b *bucket[K, V]) pushFront(e *lfuEntry[K, V]) {
	e.prev, e.next = &b.sentinel, b.sentinel.next
	b.sentinel.next.prev = e
	b.sentinel.next = e
	b.size++
}

func (b *bucket[K, V]) unlink(e *lfuEntry[K, V]) {
	e.prev.next, e.next.prev = e.next, e.prev
	b.size--
}

func (b *bucket[K, V]) back() *lfuEntry[K, V] { return b.sentinel.prev }

type LFU[K comparable, V any] struct {
	cap     int
	items   map[K]*lfuEntry[K, V]
	buckets map[int]*bucket[K, V]
	minFreq int
	tick    int
	Evicted []string
}

func NewLFU[K comparable, V any](capacity int) *LFU[K, V] {
	return &LFU[K, V]{cap: capacity, items: map[K]*lfuEntry[K, V]{}, buckets: map[int]*bucket[K, V]{}}
}

func (c *LFU[K, V]) bucketFor(f int) *bucket[K, V] {
	b, ok := c.buckets[f]
	if !ok {
		b = newBucket[K, V]()
		c.buckets[f] = b
	}
	return b
}

func (c *LFU[K, V]) touch(e *lfuEntry[K, V]) {
	c.tick++
	old := c.buckets[e.freq]
	old.unlink(e)
	if old.size == 0 {
		delete(c.buckets, e.freq)
		if c.minFreq == e.freq {
			c.minFreq++
		}
	}
	e.freq++
	e.lastUsed = c.tick
	c.bucketFor(e.freq).pushFront(e)
}

func (c *LFU[K, V]) Get(k K) (V, bool) {
	e, ok := c.items[k]
	if !ok {
		var zero V
		return zero, false
	}
	c.touch(e)
	return e.val, true
}

func (c *LFU[K, V]) Put(k K, v V) {
	if e, ok := c.items[k]; ok {
		e.val = v
		c.touch(e)
		return
	}
	if len(c.items) >= c.cap {
		b := c.buckets[c.minFreq]
		victim := b.back()
		b.unlink(victim)
		if b.size == 0 {
			delete(c.buckets, c.minFreq)
		}
		delete(c.items, victim.key)
		c.Evicted = append(c.Evicted, fmt.Sprintf("%v(f=%d)", victim.key, victim.freq))
	}
	c.tick++
	e := &lfuEntry[K, V]{key: k, val: v, freq: 1, lastUsed: c.tick}
	c.items[k] = e
	c.bucketFor(1).pushFront(e)
	c.minFreq = 1
}

func (c *LFU[K, V]) Dump() string {
	var parts []string
	for f := 1; f <= c.tick; f++ {
		b, ok := c.buckets[f]
		if !ok {
			continue
		}
		var keys []string
		for e := b.sentinel.next; e != &b.sentinel; e = e.next {
			keys = append(keys, fmt.Sprint(e.key))
		}
		parts = append(parts, fmt.Sprintf("f%d:[%s]", f, strings.Join(keys, ",")))
	}
	return strings.Join(parts, " ")
}

type Path string

func main() {
	c := NewLFU[Path, int](3)
	ops := []string{"put /a", "put /b", "get /a", "get /a", "put /c", "get /b", "put /d", "get /c", "get /d", "get /d", "put /e", "get /a", "put /f", "get /b"}
	for i, op := range ops {
		f := strings.Fields(op)
		key := Path(f[1])
		switch f[0] {
		case "put":
			c.Put(key, len(key)*100+i)
			fmt.Printf("%-7s -> %s\n", op, c.Dump())
		case "get":
			v, ok := c.Get(key)
			fmt.Printf("%-7s -> hit=%-5v val=%-4d %s\n", op, ok, v, c.Dump())
		}
	}
	fmt.Println("evicted:", c.Evicted)
	fmt.Println("minFreq:", c.minFreq, "size:", len(c.items))

	ints := NewLFU[int, string](2)
	ints.Put(1, "one")
	ints.Put(2, "two")
	ints.Get(1)
	ints.Put(3, "three") // evicts 2 (freq 1)
	ints.Get(3)
	ints.Put(4, "four") // 1 and 3 now share freq 2; 1 was used less recently, so it goes
	fmt.Println("int cache:", ints.Dump(), "evicted:", ints.Evicted)
}
