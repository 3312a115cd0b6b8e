package main

import (
	"container/list"
	"fmt"
	"strings"
)

type LRU[K comparable, V any] struct {
	cap     int
	ll      *list.List
	items   map[K]*list.Element
	onEvict func(K, V)
}

type pair[K comparable, V any] struct {
	key K
	val V
}

func NewLRU[K comparable, V any](capacity int, onEvict func(K, V)) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, ll: list.New(), items: make(map[K]*list.Element), onEvict: onEvict}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if el, ok := c.items[k]; ok {
		c.ll.MoveToFront(el)
		return el.Value.(*pair[K, V]).val, true
	}
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	if el, ok := c.items[k]; ok {
		el.Value.(*pair[K, V]).val = v
		c.ll.MoveToFront(el)
		return
	}
	c.items[k] = c.ll.PushFront(&pair[K, V]{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		p := last.Value.(*pair[K, V])
		c.ll.Remove(last)
		delete(c.items, p.key)
		if c.onEvict != nil {
			c.onEvict(p.key, p.val)
		}
	}
}

func (c *LRU[K, V]) Len() int { return c.ll.Len() }

func (c *LRU[K, V]) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for el := c.ll.Front(); el != nil; el = el.Next() {
		p := el.Value.(*pair[K, V])
		if el != c.ll.Front() {
			sb.WriteString(" ")
		}
		fmt.Fprintf(&sb, "%v:%v", p.key, p.val)
	}
	sb.WriteString("]")
	return sb.String()
}

type Page struct {
	URL  string
	Size int
}

func main() {
	var evicted []string
	cache := NewLRU(3, func(k string, v int) {
		evicted = append(evicted, fmt.Sprintf("%s(%d)", k, v))
	})
	ops := []string{"put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "put a 10", "put e 5", "get c", "get d"}
	for _, op := range ops {
		f := strings.Fields(op)
		switch f[0] {
		case "put":
			var n int
			fmt.Sscanf(f[2], "%d", &n)
			cache.Put(f[1], n)
			fmt.Printf("%-9s -> %v\n", op, cache)
		case "get":
			v, ok := cache.Get(f[1])
			fmt.Printf("%-9s -> %d %t %v\n", op, v, ok, cache)
		}
	}
	fmt.Println("evicted:", evicted, "len:", cache.Len())

	pages := NewLRU[int, Page](2, nil)
	pages.Put(1, Page{"/home", 1024})
	pages.Put(2, Page{"/about", 512})
	pages.Get(1)
	pages.Put(3, Page{"/blog", 4096})
	p, ok := pages.Get(2)
	fmt.Printf("page 2: %+v %t\n", p, ok)
	p, ok = pages.Get(1)
	fmt.Printf("page 1: %+v %t\n", p, ok)
	fmt.Println(pages)
	fmt.Printf("%T\n", pages)
}
