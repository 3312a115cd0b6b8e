// q05: generic LRU cache built on container/list, with hit/miss statistics.
package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry[K comparable, V any] struct {
	key K
	val V
}

type LRU[K comparable, V any] struct {
	cap     int
	ll      *list.List
	items   map[K]*list.Element
	hits    int
	misses  int
	onEvict func(K, V)
}

func NewLRU[K comparable, V any](capacity int, onEvict func(K, V)) *LRU[K, V] {
	return &LRU[K, V]{cap: max(1, capacity), ll: list.New(), items: map[K]*list.Element{}, onEvict: onEvict}
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
		last := c.ll.Back()
		e := last.Value.(*entry[K, V])
		c.ll.Remove(last)
		delete(c.items, e.key)
		if c.onEvict != nil {
			c.onEvict(e.key, e.val)
		}
	}
}

// Keys returns keys from most to least recently used.
func (c *LRU[K, V]) Keys() []K {
	out := make([]K, 0, c.ll.Len())
	for el := c.ll.Front(); el != nil; el = el.Next() {
		out = append(out, el.Value.(*entry[K, V]).key)
	}
	return out
}

func (c *LRU[K, V]) HitRate() float64 {
	total := c.hits + c.misses
	if total == 0 {
		return 0
	}
	return float64(c.hits) / float64(total)
}

type Profile struct {
	Name  string
	Plan  string
	Seats int
}

var db = map[int]Profile{
	1: {"acme", "pro", 25}, 2: {"globex", "free", 1}, 3: {"initech", "team", 8},
	4: {"umbrella", "enterprise", 400}, 5: {"hooli", "pro", 60},
}

func main() {
	dbReads := 0
	cache := NewLRU(3, func(k int, p Profile) {
		fmt.Printf("  evict %d (%s)\n", k, p.Name)
	})
	load := func(id int) Profile {
		if p, ok := cache.Get(id); ok {
			return p
		}
		dbReads++
		p := db[id]
		cache.Put(id, p)
		return p
	}
	requests := []int{1, 2, 1, 3, 4, 1, 5, 2, 2, 3, 1, 4}
	for i, id := range requests {
		p := load(id)
		fmt.Printf("req %2d id=%d %-9s order=%v\n", i+1, id, p.Name, cache.Keys())
	}
	fmt.Printf("hits=%d misses=%d dbReads=%d hitRate=%.3f\n", cache.hits, cache.misses, dbReads, cache.HitRate())

	words := NewLRU[string, int](2, nil)
	for w := range strings.FieldsSeq("go rust go zig go rust rust") {
		n, _ := words.Get(w)
		words.Put(w, n+1)
	}
	for _, k := range words.Keys() {
		v, _ := words.Get(k)
		fmt.Printf("word %s -> %d\n", k, v)
	}
}
