package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

// Clock abstracts time so the cache is deterministic and testable.
type Clock interface{ Now() int64 }

type FakeClock struct{ t int64 }

func (c *FakeClock) Now() int64      { return c.t }
func (c *FakeClock) Advance(d int64) { c.t += d }

type item[V any] struct {
	val     V
	expires int64
}

// TTLCache expires entries after ttl ticks of the injected clock.
type TTLCache[K cmp.Ordered, V any] struct {
	clock   Clock
	ttl     int64
	data    map[K]item[V]
	expired int
}

func NewTTLCache[K cmp.Ordered, V any](c Clock, ttl int64) *TTLCache[K, V] {
	return &TTLCache[K, V]{clock: c, ttl: ttl, data: map[K]item[V]{}}
}

func (c *TTLCache[K, V]) Set(k K, v V) {
	c.data[k] = item[V]{v, c.clock.Now() + c.ttl}
}

func (c *TTLCache[K, V]) Get(k K) (V, bool) {
	it, ok := c.data[k]
	if !ok || c.clock.Now() >= it.expires {
		if ok {
			delete(c.data, k)
			c.expired++
		}
		var zero V
		return zero, false
	}
	return it.val, true
}

// GetOrLoad fetches from the cache or calls load and stores the result.
func (c *TTLCache[K, V]) GetOrLoad(k K, load func(K) (V, error)) (V, error) {
	if v, ok := c.Get(k); ok {
		return v, nil
	}
	v, err := load(k)
	if err != nil {
		return v, err
	}
	c.Set(k, v)
	return v, nil
}

// Sweep removes all expired entries and returns their keys, sorted.
func (c *TTLCache[K, V]) Sweep() []K {
	now := c.clock.Now()
	var gone []K
	for _, k := range slices.Sorted(maps.Keys(c.data)) {
		if now >= c.data[k].expires {
			delete(c.data, k)
			gone = append(gone, k)
		}
	}
	c.expired += len(gone)
	return gone
}

type Token struct {
	Subject string
	Scopes  []string
}

func (t Token) String() string { return fmt.Sprintf("tok(%s %v)", t.Subject, t.Scopes) }

func main() {
	clk := &FakeClock{}
	tokens := NewTTLCache[string, Token](clk, 30)
	loads := 0
	loader := func(user string) (Token, error) {
		loads++
		if user == "mallory" {
			return Token{}, fmt.Errorf("user %q is banned", user)
		}
		return Token{user, []string{"read", fmt.Sprintf("gen%d", loads)}}, nil
	}

	for step, user := range []string{"ann", "bob", "ann", "mallory", "ann", "bob", "cid"} {
		t, err := tokens.GetOrLoad(user, loader)
		fmt.Printf("t=%3d %-8s %v err=%v\n", clk.Now(), user, t, err)
		clk.Advance(int64(step * 4))
	}
	fmt.Println("loads:", loads, "live:", len(tokens.data))
	clk.Advance(20)
	fmt.Println("sweep at", clk.Now(), "->", tokens.Sweep(), "expired total:", tokens.expired)

	hits := NewTTLCache[int, float64](clk, 5)
	for i := range 6 {
		hits.Set(i, float64(i)*1.5)
		clk.Advance(2)
	}
	fmt.Println("sweep ints:", hits.Sweep())
	for i := range 6 {
		v, ok := hits.Get(i)
		fmt.Printf("%d:%v/%t ", i, v, ok)
	}
	fmt.Println()
}
