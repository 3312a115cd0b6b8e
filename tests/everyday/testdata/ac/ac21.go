// Generic LRU cache built on container/list with eviction callbacks and hit statistics.
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
	OnEvict func(K, V)
	hits    int
	misses  int
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, ll: list.New(), items: make(map[K]*list.Element)}
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
		if c.OnEvict != nil {
			c.OnEvict(e.key, e.val)
		}
	}
}

func (c *LRU[K, V]) Keys() []K {
	var out []K
	for el := c.ll.Front(); el != nil; el = el.Next() {
		out = append(out, el.Value.(*entry[K, V]).key)
	}
	return out
}

func (c *LRU[K, V]) HitRate() float64 {
	if c.hits+c.misses == 0 {
		return 0
	}
	return float64(c.hits) / float64(c.hits+c.misses)
}

// Memo wraps an expensive function with an LRU.
func Memo[K comparable, V any](c *LRU[K, V], f func(K) V) func(K) V {
	return func(k K) V {
		if v, ok := c.Get(k); ok {
			return v
		}
		v := f(k)
		c.Put(k, v)
		return v
	}
}

type Page struct {
	URL   string
	Bytes int
}

func main() {
	c := NewLRU[string, Page](3)
	var evicted []string
	c.OnEvict = func(k string, p Page) { evicted = append(evicted, fmt.Sprintf("%s(%dB)", k, p.Bytes)) }
	script := []string{"put a 100", "put b 200", "put c 300", "get a", "put d 400", "get b",
		"get c", "put e 500", "get a", "put c 333", "get d", "get c", "put f 600"}
	for _, cmd := range script {
		f := strings.Fields(cmd)
		switch f[0] {
		case "put":
			var n int
			fmt.Sscan(f[2], &n)
			c.Put(f[1], Page{"/" + f[1], n})
			fmt.Printf("%-10s keys=%v\n", cmd, c.Keys())
		case "get":
			p, ok := c.Get(f[1])
			fmt.Printf("%-10s hit=%-5v page=%+v keys=%v\n", cmd, ok, p, c.Keys())
		}
	}
	fmt.Println("evicted:", evicted)
	fmt.Printf("hits=%d misses=%d rate=%.2f\n", c.hits, c.misses, c.HitRate())

	calls := 0
	fibCache := NewLRU[int, int](8)
	var fib func(int) int
	fib = Memo(fibCache, func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	for _, n := range []int{10, 20, 30, 40} {
		calls = 0
		fmt.Printf("fib(%d)=%d computed with %d calls, cache keys=%v\n", n, fib(n), calls, fibCache.Keys())
	}
	fmt.Printf("fib cache hit rate %.2f\n", fibCache.HitRate())
}
