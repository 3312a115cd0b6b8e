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
	evicted []K
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
	el := c.ll.PushFront(&entry[K, V]{k, v})
	c.items[k] = el
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		e := last.Value.(*entry[K, V])
		c.ll.Remove(last)
		delete(c.items, e.key)
		c.evicted = append(c.evicted, e.key)
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
	var sb strings.Builder
	sb.WriteString("[")
	for el := c.ll.Front(); el != nil; el = el.Next() {
		e := el.Value.(*entry[K, V])
		if el != c.ll.Front() {
			sb.WriteString(" ")
		}
		fmt.Fprintf(&sb, "%v:%v", e.key, e.val)
	}
	sb.WriteString("]")
	return sb.String()
}

func fib(n int, cache *LRU[int, int]) int {
	if n < 2 {
		return n
	}
	if v, ok := cache.Get(n); ok {
		return v
	}
	v := fib(n-1, cache) + fib(n-2, cache)
	cache.Put(n, v)
	return v
}

func main() {
	c := NewLRU[string, int](3)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c)
	if v, ok := c.Get("a"); ok {
		fmt.Println("got a =", v)
	}
	c.Put("d", 4)
	fmt.Println(c, c.Keys())
	_, ok := c.Get("b")
	fmt.Println("b present?", ok)
	c.Put("c", 30)
	c.Put("e", 5)
	fmt.Println(c)
	fmt.Printf("hits=%d misses=%d evicted=%q\n", c.hits, c.misses, c.evicted)

	fc := NewLRU[int, int](5)
	for _, n := range []int{10, 20, 30, 40, 50} {
		fmt.Printf("fib(%d)=%d ", n, fib(n, fc))
	}
	fmt.Println()
	fmt.Printf("fib cache: %v hits=%d misses=%d evictions=%d\n", fc, fc.hits, fc.misses, len(fc.evicted))
	fmt.Printf("%T\n", fc)
}
