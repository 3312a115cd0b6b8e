// Hot-reloadable configuration with atomic.Pointer: readers never see a torn config.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version  int
	Upstream string
	Weights  map[string]int // never mutated after publish
	Checksum int
}

func makeConfig(version int, upstream string, weights map[string]int) *Config {
	c := &Config{Version: version, Upstream: upstream, Weights: weights}
	c.Checksum = checksum(c)
	return c
}

func checksum(c *Config) int {
	sum := c.Version*1000 + len(c.Upstream)
	for k, w := range c.Weights {
		sum += len(k) * w
	}
	return sum
}

type Router struct {
	cfg     atomic.Pointer[Config]
	reloads atomic.Int32
}

func (r *Router) Reload(c *Config) (old *Config) {
	r.reloads.Add(1)
	return r.cfg.Swap(c)
}

// Route picks a backend deterministically from the request key and current weights.
func (r *Router) Route(key string) (string, int) {
	c := r.cfg.Load()
	if checksum(c) != c.Checksum {
		panic("torn config observed")
	}
	names := make([]string, 0, len(c.Weights))
	total := 0
	for n, w := range c.Weights {
		names = append(names, n)
		total += w
	}
	sort.Strings(names)
	h := 0
	for _, b := range []byte(key) {
		h = h*131 + int(b)
	}
	slot := h % total
	for _, n := range names {
		if slot < c.Weights[n] {
			return c.Upstream + "/" + n, c.Version
		}
		slot -= c.Weights[n]
	}
	return "", c.Version
}

func main() {
	versions := []*Config{
		makeConfig(1, "pool-a", map[string]int{"app1": 1, "app2": 1}),
		makeConfig(2, "pool-a", map[string]int{"app1": 1, "app2": 1, "app3": 2}),
		makeConfig(3, "pool-b", map[string]int{"app3": 3, "app4": 1}),
		makeConfig(4, "pool-b", map[string]int{"app4": 1}),
	}
	r := &Router{}
	r.Reload(versions[0])

	// Readers route continuously while the writer publishes new versions.
	// Each reader records the versions it saw; they must never go backwards.
	const readers = 4
	seen := make([][]int, readers)
	stop := make(chan struct{})
	var ready, wg sync.WaitGroup
	for i := 0; i < readers; i++ {
		wg.Add(1)
		ready.Add(1)
		go func(i int) {
			defer wg.Done()
			record := func(n int) {
				_, v := r.Route(fmt.Sprintf("user-%d-%d", i, n))
				if len(seen[i]) == 0 || seen[i][len(seen[i])-1] != v {
					seen[i] = append(seen[i], v)
				}
			}
			record(0)
			ready.Done()
			// bounded busy phase, then wait; the final reload happens before stop closes
			for n := 1; n <= 200; n++ {
				select {
				case <-stop:
					record(-1)
					return
				default:
				}
				record(n)
			}
			<-stop
			record(-1)
		}(i)
	}
	ready.Wait() // every reader has observed v1
	var swaps []string
	for _, c := range versions[1:] {
		old := r.Reload(c)
		swaps = append(swaps, fmt.Sprintf("v%d->v%d", old.Version, c.Version))
	}
	close(stop)
	wg.Wait()

	fmt.Println("reload sequence:", strings.Join(swaps, " "))
	fmt.Println("total reloads:", r.reloads.Load())
	for i, s := range seen {
		mono := sort.IntsAreSorted(s)
		fmt.Printf("reader %d: started on v%d, monotonic=%v, ended on v%d\n", i, s[0], mono, s[len(s)-1])
	}

	// Deterministic routing table for the final and each historical config.
	keys := []string{"alice", "bob", "carol", "dan", "erin", "frank"}
	for _, c := range versions {
		r.cfg.Store(c)
		var row []string
		for _, k := range keys {
			dst, _ := r.Route(k)
			row = append(row, fmt.Sprintf("%s->%s", k, dst[strings.Index(dst, "/")+1:]))
		}
		fmt.Printf("v%d %-6s %s\n", c.Version, c.Upstream, strings.Join(row, " "))
	}
	fmt.Println("current version:", r.cfg.Load().Version)
}
