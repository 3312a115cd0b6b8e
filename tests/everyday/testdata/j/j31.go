// Command j31 implements a generic LRU cache LRU[K, V] on top of
// container/list, with eviction callbacks and hit-rate statistics, and
// uses it to cache an expensive computation.
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
	ll      *list.List // front = most recently used
	items   map[K]*list.Element
	OnEvict func(K, V)
	hits    int
	misses  int
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, ll: list.New(), items: make(map[K]*list.Element)}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if el, ok := c.items[k]; ok {
		c.hits++
		c.ll.MoveToFront(el)
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
		oldest := c.ll.Back()
		e := c.ll.Remove(oldest).(*entry[K, V])
		delete(c.items, e.key)
		if c.OnEvict != nil {
			c.OnEvict(e.key, e.val)
		}
	}
}

// GetOrCompute memoises fn through the cache.
func (c *LRU[K, V]) GetOrCompute(k K, fn func(K) V) V {
	if v, ok := c.Get(k); ok {
		return v
	}
	v := fn(k)
	c.Put(k, v)
	return v
}

func (c *LRU[K, V]) Keys() []K {
	keys := make([]K, 0, c.ll.Len())
	for el := c.ll.Front(); el != nil; el = el.Next() {
		keys = append(keys, el.Value.(*entry[K, V]).key)
	}
	return keys
}

func (c *LRU[K, V]) Stats() string {
	total := c.hits + c.misses
	return fmt.Sprintf("hits=%d misses=%d rate=%.0f%%", c.hits, c.misses, 100*float64(c.hits)/float64(max(total, 1)))
}

// collatzLen is deliberately slow-ish; we count how often it really runs.
func collatzLen(n int, calls *int) int {
	*calls++
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	var evicted []string
	c := NewLRU[string, int](3)
	c.OnEvict = func(k string, v int) { evicted = append(evicted, fmt.Sprintf("%s:%d", k, v)) }

	for i, k := range strings.Fields("a b c a d b e a") {
		if _, ok := c.Get(k); !ok {
			c.Put(k, i)
		}
		fmt.Printf("access %s -> order %v\n", k, c.Keys())
	}
	fmt.Println("evicted:", evicted)
	fmt.Println(c.Stats())

	calls := 0
	memo := NewLRU[int, int](4)
	compute := func(n int) int { return collatzLen(n, &calls) }
	var out []string
	for _, n := range []int{27, 97, 27, 871, 27, 97, 6171, 1, 871, 97} {
		out = append(out, fmt.Sprintf("%d:%d", n, memo.GetOrCompute(n, compute)))
	}
	fmt.Println(strings.Join(out, " "))
	fmt.Println("real computations:", calls, "|", memo.Stats(), "| cached:", memo.Keys())

	type point struct{ x, y int }
	pc := NewLRU[point, string](2)
	pc.Put(point{1, 2}, "home")
	pc.Put(point{3, 4}, "work")
	pc.Put(point{1, 2}, "HOME") // update moves to front without eviction
	pc.Put(point{5, 6}, "gym")
	v, ok := pc.Get(point{3, 4})
	fmt.Printf("struct keys: %v | {3 4} -> %q %t\n", pc.Keys(), v, ok)
}
