package main

import (
	"fmt"
	"slices"
	"time"
)

// Clock abstracts time so caches can be tested deterministically.
type Clock interface {
	Now() time.Time
}

type FakeClock struct{ t time.Time }

func (f *FakeClock) Now() time.Time          { return f.t }
func (f *FakeClock) Advance(d time.Duration) { f.t = f.t.Add(d) }

type item[V any] struct {
	value   V
	expires time.Time
}

type TTLCache[K comparable, V any] struct {
	clock Clock
	ttl   time.Duration
	data  map[K]item[V]
}

func NewTTLCache[K comparable, V any](clock Clock, ttl time.Duration) *TTLCache[K, V] {
	return &TTLCache[K, V]{clock: clock, ttl: ttl, data: map[K]item[V]{}}
}

func (c *TTLCache[K, V]) Set(k K, v V) { c.SetWithTTL(k, v, c.ttl) }

func (c *TTLCache[K, V]) SetWithTTL(k K, v V, ttl time.Duration) {
	c.data[k] = item[V]{value: v, expires: c.clock.Now().Add(ttl)}
}

func (c *TTLCache[K, V]) Get(k K) (V, bool) {
	it, ok := c.data[k]
	if !ok || !c.clock.Now().Before(it.expires) {
		var zero V
		return zero, false
	}
	return it.value, true
}

// Sweep removes expired entries and returns how many were dropped.
func (c *TTLCache[K, V]) Sweep() int {
	now := c.clock.Now()
	n := 0
	for k, it := range c.data {
		if !now.Before(it.expires) {
			delete(c.data, k)
			n++
		}
	}
	return n
}

func (c *TTLCache[K, V]) Len() int { return len(c.data) }

type session struct {
	User  string
	Roles []string
}

func main() {
	clock := &FakeClock{t: time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)}
	cache := NewTTLCache[string, session](clock, 30*time.Second)

	cache.Set("tok-a", session{"alice", []string{"admin"}})
	cache.Set("tok-b", session{"bob", []string{"viewer"}})
	cache.SetWithTTL("tok-c", session{"carol", []string{"editor", "viewer"}}, 2*time.Minute)

	lookup := func(tokens ...string) {
		fmt.Printf("[%s]\n", clock.Now().Format(time.TimeOnly))
		for _, tok := range tokens {
			if s, ok := cache.Get(tok); ok {
				fmt.Printf("  %s -> %s %v\n", tok, s.User, s.Roles)
			} else {
				fmt.Printf("  %s -> expired/missing\n", tok)
			}
		}
	}

	all := []string{"tok-a", "tok-b", "tok-c", "tok-d"}
	lookup(all...)

	clock.Advance(20 * time.Second)
	cache.Set("tok-b", session{"bob", []string{"viewer"}}) // refresh
	lookup(all...)

	clock.Advance(15 * time.Second)
	lookup(all...)
	fmt.Println("swept:", cache.Sweep(), "remaining:", cache.Len())

	clock.Advance(90 * time.Second)
	lookup(all...)
	fmt.Println("swept:", cache.Sweep(), "remaining:", cache.Len())

	keys := make([]string, 0, cache.Len())
	for k := range cache.data {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	fmt.Println("live keys:", keys)
}
