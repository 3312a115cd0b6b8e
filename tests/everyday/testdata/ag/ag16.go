// ag16: TTL cache with per-entry expiry, lazy and sweep eviction, and a fake monotonic clock.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Tick int64 // milliseconds on a fake clock

type Clock struct{ now Tick }

func (c *Clock) Now() Tick    { return c.now }
func (c *Clock) Sleep(d Tick) { c.now += d }
func (t Tick) String() string { return fmt.Sprintf("t=%dms", int64(t)) }

type item[V any] struct {
	val      V
	deadline Tick
}

type TTLCache[K cmp.Ordered, V any] struct {
	clock      *Clock
	defaultTTL Tick
	data       map[K]item[V]
	stats      struct{ sets, hits, misses, expired int }
}

func NewTTLCache[K cmp.Ordered, V any](c *Clock, ttl Tick) *TTLCache[K, V] {
	return &TTLCache[K, V]{clock: c, defaultTTL: ttl, data: map[K]item[V]{}}
}

func (c *TTLCache[K, V]) Set(k K, v V) { c.SetTTL(k, v, c.defaultTTL) }

func (c *TTLCache[K, V]) SetTTL(k K, v V, ttl Tick) {
	c.stats.sets++
	c.data[k] = item[V]{v, c.clock.Now() + ttl}
}

func (c *TTLCache[K, V]) Get(k K) (V, bool) {
	it, ok := c.data[k]
	if ok && c.clock.Now() >= it.deadline {
		delete(c.data, k)
		c.stats.expired++
		ok = false
	}
	if !ok {
		c.stats.misses++
		var zero V
		return zero, false
	}
	c.stats.hits++
	return it.val, true
}

// GetOrLoad returns the cached value or computes and stores it.
func (c *TTLCache[K, V]) GetOrLoad(k K, load func(K) V) V {
	if v, ok := c.Get(k); ok {
		return v
	}
	v := load(k)
	c.Set(k, v)
	return v
}

// Sweep removes expired entries and returns their keys in order.
func (c *TTLCache[K, V]) Sweep() []K {
	var gone []K
	now := c.clock.Now()
	for k, it := range c.data {
		if now >= it.deadline {
			gone = append(gone, k)
		}
	}
	slices.Sort(gone)
	for _, k := range gone {
		delete(c.data, k)
	}
	c.stats.expired += len(gone)
	return gone
}

func (c *TTLCache[K, V]) Live() []K {
	ks := make([]K, 0, len(c.data))
	for k := range c.data {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

type Token struct {
	Subject string
	Scopes  []string
}

func main() {
	clk := &Clock{}
	sessions := NewTTLCache[string, Token](clk, 1000)
	sessions.Set("s-alice", Token{"alice", []string{"read", "write"}})
	sessions.SetTTL("s-bob", Token{"bob", []string{"read"}}, 300)
	sessions.SetTTL("s-root", Token{"root", []string{"admin"}}, 5000)
	for _, step := range []Tick{0, 250, 100, 700, 4000} {
		clk.Sleep(step)
		fmt.Printf("%v:", clk.Now())
		for _, id := range []string{"s-alice", "s-bob", "s-root"} {
			if tok, ok := sessions.Get(id); ok {
				fmt.Printf(" %s%v", tok.Subject, tok.Scopes)
			} else {
				fmt.Printf(" %s:gone", id)
			}
		}
		fmt.Println()
	}
	fmt.Printf("session stats: %+v\n", sessions.stats)

	loads := 0
	dns := NewTTLCache[string, string](clk, 200)
	resolve := func(host string) string {
		loads++
		return fmt.Sprintf("10.0.%d.%d", len(host), loads)
	}
	hosts := []string{"api", "db", "api", "cache", "db", "api"}
	for i, h := range hosts {
		clk.Sleep(60)
		fmt.Printf("%v lookup %-5s -> %s\n", clk.Now(), h, dns.GetOrLoad(h, resolve))
		if i == 2 {
			dns.SetTTL("pinned", "10.9.9.9", 1)
		}
	}
	fmt.Println("live before sweep:", dns.Live())
	clk.Sleep(150)
	fmt.Println("swept:", dns.Sweep())
	fmt.Println("live after sweep:", dns.Live())
	fmt.Println("loader calls:", loads)
	fmt.Printf("dns stats: %+v\n", dns.stats)
}
