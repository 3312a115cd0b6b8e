package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry struct {
	key   string
	value int
}

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
	hits  int
	miss  int
	evict func(k string, v int)
}

func NewLRU(capacity int, onEvict func(string, int)) *LRU {
	return &LRU{cap: capacity, ll: list.New(), items: make(map[string]*list.Element), evict: onEvict}
}

func (c *LRU) Get(k string) (int, bool) {
	if el, ok := c.items[k]; ok {
		c.ll.MoveToFront(el)
		c.hits++
		return el.Value.(*entry).value, true
	}
	c.miss++
	return 0, false
}

func (c *LRU) Put(k string, v int) {
	if el, ok := c.items[k]; ok {
		el.Value.(*entry).value = v
		c.ll.MoveToFront(el)
		return
	}
	el := c.ll.PushFront(&entry{k, v})
	c.items[k] = el
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		e := last.Value.(*entry)
		delete(c.items, e.key)
		if c.evict != nil {
			c.evict(e.key, e.value)
		}
	}
}

func (c *LRU) String() string {
	var parts []string
	for el := c.ll.Front(); el != nil; el = el.Next() {
		e := el.Value.(*entry)
		parts = append(parts, fmt.Sprintf("%s:%d", e.key, e.value))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	var evicted []string
	c := NewLRU(3, func(k string, v int) {
		evicted = append(evicted, k)
		fmt.Printf("  evict %s=%d\n", k, v)
	})
	ops := []string{"put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "get c", "put a 10", "put e 5", "get d", "get a"}
	for _, op := range ops {
		f := strings.Fields(op)
		switch f[0] {
		case "put":
			var n int
			fmt.Sscanf(f[2], "%d", &n)
			c.Put(f[1], n)
			fmt.Printf("%-10s -> %v\n", op, c)
		case "get":
			v, ok := c.Get(f[1])
			fmt.Printf("%-10s -> %d %v %v\n", op, v, ok, c)
		}
	}
	fmt.Println("hits:", c.hits, "misses:", c.miss, "evicted:", evicted)

	// memoized fibonacci using the LRU as a cache
	cache := NewLRU(100, nil)
	var fib func(n int) int
	calls := 0
	fib = func(n int) int {
		calls++
		key := fmt.Sprint(n)
		if v, ok := cache.Get(key); ok {
			return v
		}
		r := n
		if n > 1 {
			r = fib(n-1) + fib(n-2)
		}
		cache.Put(key, r)
		return r
	}
	fmt.Println("fib(60) =", fib(60), "calls:", calls, "cache size:", cache.ll.Len())

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
}
