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
}

func NewLRU(capacity int) *LRU {
	return &LRU{cap: capacity, ll: list.New(), items: make(map[string]*list.Element)}
}

func (c *LRU) Get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		c.hits++
		return e.Value.(*entry).value, true
	}
	c.miss++
	return 0, false
}

func (c *LRU) Put(k string, v int) (evicted string) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).value = v
		c.ll.MoveToFront(e)
		return ""
	}
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		old := last.Value.(*entry)
		delete(c.items, old.key)
		return old.key
	}
	return ""
}

func (c *LRU) String() string {
	var parts []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		en := e.Value.(*entry)
		parts = append(parts, fmt.Sprintf("%s=%d", en.key, en.value))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	c := NewLRU(3)
	for i, k := range strings.Fields("a b c a d b e a") {
		if ev := c.Put(k, i); ev != "" {
			fmt.Printf("put %s -> evict %s\n", k, ev)
		}
	}
	fmt.Println("cache:", c)
	for _, k := range []string{"a", "c", "e", "z", "b"} {
		v, ok := c.Get(k)
		fmt.Printf("get %s = %d %v\n", k, v, ok)
	}
	fmt.Printf("hits=%d miss=%d now=%v\n", c.hits, c.miss, c)

	l := list.New()
	for i := range 6 {
		l.PushBack(i * 10)
	}
	l.PushFront(-1)
	mid := l.Front().Next().Next()
	l.InsertAfter(15, mid)
	l.InsertBefore(5, mid)
	for e := l.Front(); e != nil; {
		next := e.Next()
		if e.Value.(int)%20 == 0 && e.Value.(int) != 0 {
			l.Remove(e)
		}
		e = next
	}
	var vals []string
	for e := l.Front(); e != nil; e = e.Next() {
		vals = append(vals, fmt.Sprint(e.Value))
	}
	fmt.Println("list:", strings.Join(vals, "->"), "len", l.Len())
	var back []any
	for e := l.Back(); e != nil; e = e.Prev() {
		back = append(back, e.Value)
	}
	fmt.Println("reverse:", back)

	other := list.New()
	other.PushBack("x")
	other.PushBack("y")
	l.PushBackList(other)
	fmt.Println("after merge:", l.Len(), l.Back().Value, l.Front().Value)
}
