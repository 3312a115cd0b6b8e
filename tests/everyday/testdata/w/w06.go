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
	capacity     int
	ll           *list.List
	items        map[string]*list.Element
	hits, misses int
	evictions    []string
}

func NewLRU(capacity int) *LRU {
	return &LRU{capacity: capacity, ll: list.New(), items: make(map[string]*list.Element)}
}

func (c *LRU) Get(key string) (int, bool) {
	if el, ok := c.items[key]; ok {
		c.ll.MoveToFront(el)
		c.hits++
		return el.Value.(*entry).value, true
	}
	c.misses++
	return 0, false
}

func (c *LRU) Put(key string, value int) {
	if el, ok := c.items[key]; ok {
		el.Value.(*entry).value = value
		c.ll.MoveToFront(el)
		return
	}
	el := c.ll.PushFront(&entry{key, value})
	c.items[key] = el
	if c.ll.Len() > c.capacity {
		oldest := c.ll.Back()
		c.ll.Remove(oldest)
		e := oldest.Value.(*entry)
		delete(c.items, e.key)
		c.evictions = append(c.evictions, e.key)
	}
}

func (c *LRU) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for el := c.ll.Front(); el != nil; el = el.Next() {
		e := el.Value.(*entry)
		if el != c.ll.Front() {
			sb.WriteString(" ")
		}
		fmt.Fprintf(&sb, "%s=%d", e.key, e.value)
	}
	sb.WriteString("]")
	return sb.String()
}

func (c *LRU) HitRate() float64 {
	total := c.hits + c.misses
	if total == 0 {
		return 0
	}
	return float64(c.hits) / float64(total) * 100
}

func slowSquare(s string) int {
	n := 0
	for _, r := range s {
		n += int(r - 'a' + 1)
	}
	return n * n
}

func main() {
	cache := NewLRU(3)
	cache.Put("a", 1)
	cache.Put("b", 2)
	cache.Put("c", 3)
	fmt.Println(cache)
	v, ok := cache.Get("a")
	fmt.Println("got a =", v, ok)
	cache.Put("d", 4)
	fmt.Println(cache, "evicted:", cache.evictions)
	_, ok = cache.Get("b")
	fmt.Println("b present?", ok)
	cache.Put("c", 30)
	fmt.Println(cache)
	memo := NewLRU(4)
	requests := strings.Fields("go rust go zig go c rust java go zig zig c kotlin go")
	computed := 0
	for _, r := range requests {
		if _, ok := memo.Get(r); !ok {
			memo.Put(r, slowSquare(r))
			computed++
		}
	}
	fmt.Println(memo)
	fmt.Printf("requests=%d computed=%d hits=%d misses=%d rate=%5.1f%%\n",
		len(requests), computed, memo.hits, memo.misses, memo.HitRate())
	fmt.Println("evictions:", strings.Join(memo.evictions, ","))

	l := list.New()
	for i := range 5 {
		l.PushBack(i * i)
	}
	l.InsertBefore(-1, l.Front().Next())
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println("len:", l.Len())
}
