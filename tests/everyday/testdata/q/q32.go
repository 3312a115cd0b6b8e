// q32: read-through cache with per-key deduplication (singleflight-style) using sync.OnceValues.
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

type Loader[K comparable, V any] func(K) (V, error)

// Cache guarantees the loader runs at most once per key, however many goroutines ask concurrently.
type Cache[K comparable, V any] struct {
	mu      sync.RWMutex
	entries map[K]func() (V, error)
	load    Loader[K, V]
}

func NewCache[K comparable, V any](load Loader[K, V]) *Cache[K, V] {
	return &Cache[K, V]{entries: map[K]func() (V, error){}, load: load}
}

func (c *Cache[K, V]) Get(k K) (V, error) {
	c.mu.RLock()
	fn, ok := c.entries[k]
	c.mu.RUnlock()
	if !ok {
		c.mu.Lock()
		if fn, ok = c.entries[k]; !ok {
			fn = sync.OnceValues(func() (V, error) { return c.load(k) })
			c.entries[k] = fn
		}
		c.mu.Unlock()
	}
	return fn()
}

func (c *Cache[K, V]) Keys() []K {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return slices.Collect(maps.Keys(c.entries))
}

type ExchangeRate struct {
	Pair string
	Rate float64
}

type rateSource struct {
	calls  atomic.Int64
	perKey sync.Map // string -> *atomic.Int64
	table  map[string]float64
}

func (s *rateSource) Fetch(pair string) (ExchangeRate, error) {
	s.calls.Add(1)
	v, _ := s.perKey.LoadOrStore(pair, new(atomic.Int64))
	v.(*atomic.Int64).Add(1)
	r, ok := s.table[pair]
	if !ok {
		return ExchangeRate{}, fmt.Errorf("pair %s not quoted", pair)
	}
	return ExchangeRate{pair, r}, nil
}

func main() {
	src := &rateSource{table: map[string]float64{
		"EUR/USD": 1.0842, "GBP/USD": 1.2671, "USD/JPY": 151.32, "EUR/CHF": 0.9713, "AUD/NZD": 1.0921,
	}}
	cache := NewCache(src.Fetch)
	pairs := []string{"EUR/USD", "GBP/USD", "USD/JPY", "EUR/CHF", "BTC/USD", "AUD/NZD"}

	type conv struct {
		req    int
		pair   string
		amount float64
		out    float64
		err    error
	}
	results := make([]conv, 300)
	var wg sync.WaitGroup
	for i := range results {
		wg.Go(func() {
			p := pairs[(i*7)%len(pairs)]
			amt := float64(100 + i%10*50)
			r, err := cache.Get(p)
			results[i] = conv{i, p, amt, amt * r.Rate, err}
		})
	}
	wg.Wait()

	fmt.Println("requests:", len(results), "loader calls:", src.calls.Load())
	keys := cache.Keys()
	slices.Sort(keys)
	for _, k := range keys {
		n, _ := src.perKey.Load(k)
		r, err := cache.Get(k)
		if err != nil {
			fmt.Printf("%-8s loads=%d error=%v\n", k, n.(*atomic.Int64).Load(), err)
			continue
		}
		fmt.Printf("%-8s loads=%d rate=%.4f\n", k, n.(*atomic.Int64).Load(), r.Rate)
	}
	totals := map[string]float64{}
	failures := 0
	for _, c := range results {
		if c.err != nil {
			failures++
			continue
		}
		quote := strings.Split(c.pair, "/")[1]
		totals[quote] += c.out
	}
	fmt.Println("failed conversions:", failures)
	for _, q := range slices.Sorted(maps.Keys(totals)) {
		fmt.Printf("converted into %s: %.2f\n", q, totals[q])
	}
	for _, i := range []int{0, 1, 2, 3, 4, 5} {
		c := results[i]
		fmt.Printf("req %d: %.0f %s -> %.2f (err=%v)\n", c.req, c.amount, c.pair, c.out, c.err)
	}
	fmt.Println("loader calls after re-reads:", src.calls.Load())
}
