// ag15: generic LRU cache with TTL expiry driven by an injectable fake clock.
package main

import (
	"fmt"
	"time"
)

type Clock interface{ Now() time.Time }

type FakeClock struct{ t time.Time }

func (f *FakeClock) Now() time.Time          { return f.t }
func (f *FakeClock) Advance(d time.Duration) { f.t = f.t.Add(d) }

type entry[K comparable, V any] struct {
	key        K
	val        V
	expires    time.Time
	prev, next *entry[K, V]
}

type LRU[K comparable, V any] struct {
	cap     int
	ttl     time.Duration
	clock   Clock
	items   map[K]*entry[K, V]
	head    entry[K, V] // sentinel: head.next is most recent
	onEvict func(K, V, string)
	hits    int
	misses  int
}

func NewLRU[K comparable, V any](cap int, ttl time.Duration, c Clock) *LRU[K, V] {
	l := &LRU[K, V]{cap: cap, ttl: ttl, clock: c, items: map[K]*entry[K, V]{}}
	l.head.next, l.head.prev = &l.head, &l.head
	return l
}

func (l *LRU[K, V]) unlink(e *entry[K, V]) {
	e.prev.next, e.next.prev = e.next, e.prev
}

func (l *LRU[K, V]) pushFront(e *entry[K, V]) {
	e.next, e.prev = l.head.next, &l.head
	l.head.next.prev = e
	l.head.next = e
}

func (l *LRU[K, V]) remove(e *entry[K, V], reason string) {
	l.unlink(e)
	delete(l.items, e.key)
	if l.onEvict != nil {
		l.onEvict(e.key, e.val, reason)
	}
}

func (l *LRU[K, V]) Put(k K, v V) {
	if e, ok := l.items[k]; ok {
		e.val = v
		e.expires = l.clock.Now().Add(l.ttl)
		l.unlink(e)
		l.pushFront(e)
		return
	}
	e := &entry[K, V]{key: k, val: v, expires: l.clock.Now().Add(l.ttl)}
	l.items[k] = e
	l.pushFront(e)
	if len(l.items) > l.cap {
		l.remove(l.head.prev, "capacity")
	}
}

func (l *LRU[K, V]) Get(k K) (V, bool) {
	e, ok := l.items[k]
	if ok && !l.clock.Now().Before(e.expires) {
		l.remove(e, "expired")
		ok = false
	}
	if !ok {
		l.misses++
		var zero V
		return zero, false
	}
	l.hits++
	l.unlink(e)
	l.pushFront(e)
	return e.val, true
}

func (l *LRU[K, V]) Keys() []K {
	var ks []K
	for e := l.head.next; e != &l.head; e = e.next {
		ks = append(ks, e.key)
	}
	return ks
}

type UserID int

type Profile struct {
	Name  string
	Admin bool
}

func main() {
	clk := &FakeClock{t: time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)}
	c := NewLRU[UserID, *Profile](3, 10*time.Second, clk)
	c.onEvict = func(k UserID, v *Profile, why string) {
		fmt.Printf("  evict user %d (%s) reason=%s at %s\n", k, v.Name, why, clk.Now().Format("15:04:05"))
	}
	c.Put(1, &Profile{"ada", true})
	c.Put(2, &Profile{"bo", false})
	c.Put(3, &Profile{"cy", false})
	fmt.Println("keys MRU->LRU:", c.Keys())
	if p, ok := c.Get(1); ok {
		fmt.Println("get 1:", p.Name, "admin:", p.Admin)
	}
	fmt.Println("keys:", c.Keys())
	c.Put(4, &Profile{"di", false})
	fmt.Println("keys after put 4:", c.Keys())
	clk.Advance(6 * time.Second)
	c.Put(3, &Profile{"cy-updated", false})
	clk.Advance(5 * time.Second)
	for _, id := range []UserID{1, 2, 3, 4} {
		p, ok := c.Get(id)
		name := "<miss>"
		if ok {
			name = p.Name
		}
		fmt.Printf("t+11s get %d -> %s\n", id, name)
	}
	fmt.Println("keys:", c.Keys())
	clk.Advance(10 * time.Second)
	_, ok := c.Get(3)
	fmt.Println("t+21s get 3:", ok, "keys:", c.Keys())
	fmt.Printf("hits=%d misses=%d\n", c.hits, c.misses)

	sq := NewLRU[string, int](2, time.Minute, clk)
	for _, w := range []string{"a", "b", "a", "c", "b", "a"} {
		if _, ok := sq.Get(w); !ok {
			sq.Put(w, len(w))
		}
		fmt.Printf("access %s -> %v\n", w, sq.Keys())
	}
	fmt.Printf("string cache hits=%d misses=%d\n", sq.hits, sq.misses)
}
