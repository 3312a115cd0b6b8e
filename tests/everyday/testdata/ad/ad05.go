// RWMutex-protected read-through cache with per-key single loading.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type entry struct {
	once  sync.Once
	value string
}

type Cache struct {
	mu      sync.RWMutex
	entries map[string]*entry
	loads   atomic.Int64
	lookups atomic.Int64
	loader  func(string) string
}

func NewCache(loader func(string) string) *Cache {
	return &Cache{entries: make(map[string]*entry), loader: loader}
}

func (c *Cache) Get(key string) string {
	c.lookups.Add(1)
	c.mu.RLock()
	e, ok := c.entries[key]
	c.mu.RUnlock()
	if !ok {
		c.mu.Lock()
		e, ok = c.entries[key]
		if !ok {
			e = &entry{}
			c.entries[key] = e
		}
		c.mu.Unlock()
	}
	e.once.Do(func() {
		c.loads.Add(1)
		e.value = c.loader(key)
	})
	return e.value
}

func (c *Cache) Keys() []string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	ks := make([]string, 0, len(c.entries))
	for k := range c.entries {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func profileLoader(user string) string {
	// pretend this is an expensive DB lookup
	score := 0
	for i, r := range user {
		score += (i + 1) * int(r)
	}
	tier := []string{"free", "pro", "team", "enterprise"}[score%4]
	return fmt.Sprintf("%s(tier=%s,score=%d)", strings.ToUpper(user[:1])+user[1:], tier, score)
}

func main() {
	cache := NewCache(profileLoader)
	users := []string{"ana", "bo", "chen", "dara", "eli", "fay", "gus"}

	type result struct {
		req  int
		user string
		val  string
	}
	const requests = 40
	results := make([]result, requests)
	var wg sync.WaitGroup
	for r := 0; r < requests; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			u := users[(r*5+r/3)%len(users)]
			results[r] = result{r, u, cache.Get(u)}
		}(r)
	}
	wg.Wait()

	perUser := map[string]int{}
	for _, r := range results {
		perUser[r.user]++
	}
	for _, r := range results[:8] {
		fmt.Printf("req %02d %-5s -> %s\n", r.req, r.user, r.val)
	}
	fmt.Println("...")
	for _, k := range cache.Keys() {
		fmt.Printf("key %-5s requested %2d times value %s\n", k, perUser[k], cache.Get(k))
	}
	lookups := cache.lookups.Load()
	loads := cache.loads.Load()
	fmt.Printf("lookups=%d loads=%d hits=%d\n", lookups, loads, lookups-loads)
	fmt.Printf("hit ratio %.1f%%\n", 100*float64(lookups-loads)/float64(lookups))
}
