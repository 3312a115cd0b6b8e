// LFU cache with O(1) operations using frequency buckets; ties broken by recency.
package main

import (
	"container/list"
	"errors"
	"fmt"
	"sort"
	"strings"
)

type item struct {
	key   string
	value int
	freq  int
}

type LFU struct {
	capacity int
	minFreq  int
	items    map[string]*list.Element
	buckets  map[int]*list.List
	log      []string
}

var ErrMiss = errors.New("cache miss")

func NewLFU(capacity int) *LFU {
	return &LFU{capacity: capacity, items: map[string]*list.Element{}, buckets: map[int]*list.List{}}
}

func (c *LFU) bucket(f int) *list.List {
	b, ok := c.buckets[f]
	if !ok {
		b = list.New()
		c.buckets[f] = b
	}
	return b
}

func (c *LFU) touch(el *list.Element) *list.Element {
	it := el.Value.(*item)
	old := c.buckets[it.freq]
	old.Remove(el)
	if old.Len() == 0 {
		delete(c.buckets, it.freq)
		if c.minFreq == it.freq {
			c.minFreq++
		}
	}
	it.freq++
	ne := c.bucket(it.freq).PushFront(it)
	c.items[it.key] = ne
	return ne
}

func (c *LFU) Get(k string) (int, error) {
	el, ok := c.items[k]
	if !ok {
		return 0, fmt.Errorf("get %q: %w", k, ErrMiss)
	}
	el = c.touch(el)
	return el.Value.(*item).value, nil
}

func (c *LFU) Put(k string, v int) {
	if c.capacity == 0 {
		return
	}
	if el, ok := c.items[k]; ok {
		el.Value.(*item).value = v
		c.touch(el)
		return
	}
	if len(c.items) >= c.capacity {
		b := c.buckets[c.minFreq]
		victim := b.Back()
		it := victim.Value.(*item)
		b.Remove(victim)
		if b.Len() == 0 {
			delete(c.buckets, c.minFreq)
		}
		delete(c.items, it.key)
		c.log = append(c.log, fmt.Sprintf("evict %s(f=%d)", it.key, it.freq))
	}
	it := &item{key: k, value: v, freq: 1}
	c.items[k] = c.bucket(1).PushFront(it)
	c.minFreq = 1
}

func (c *LFU) String() string {
	freqs := make([]int, 0, len(c.buckets))
	for f := range c.buckets {
		freqs = append(freqs, f)
	}
	sort.Ints(freqs)
	var parts []string
	for _, f := range freqs {
		var keys []string
		for el := c.buckets[f].Front(); el != nil; el = el.Next() {
			keys = append(keys, el.Value.(*item).key)
		}
		parts = append(parts, fmt.Sprintf("f%d:[%s]", f, strings.Join(keys, " ")))
	}
	return fmt.Sprintf("min=%d %s", c.minFreq, strings.Join(parts, " "))
}

type Op func(c *LFU) string

func put(k string, v int) Op {
	return func(c *LFU) string {
		c.Put(k, v)
		return fmt.Sprintf("put(%s,%d)", k, v)
	}
}

func get(k string) Op {
	return func(c *LFU) string {
		v, err := c.Get(k)
		if errors.Is(err, ErrMiss) {
			return fmt.Sprintf("get(%s)=miss", k)
		}
		return fmt.Sprintf("get(%s)=%d", k, v)
	}
}

func main() {
	c := NewLFU(3)
	ops := []Op{
		put("a", 1), put("b", 2), get("a"), put("c", 3), get("a"), get("b"),
		put("d", 4), get("c"), get("d"), get("d"), put("e", 5), get("b"),
		get("e"), put("a", 10), get("a"), put("f", 6), get("e"), get("f"),
	}
	for i, op := range ops {
		desc := op(c)
		fmt.Printf("%2d %-12s %v\n", i+1, desc, c)
	}
	fmt.Println("eviction log:")
	for _, l := range c.log {
		fmt.Println("  " + l)
	}
	z := NewLFU(0)
	z.Put("x", 1)
	_, err := z.Get("x")
	fmt.Println("zero-capacity cache:", err)
}
