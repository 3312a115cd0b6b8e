package main

import (
	"fmt"
	"maps"
	"slices"
	"sync"
)

// Metrics is a mutex-protected registry of counters and histograms.
type Metrics struct {
	mu       sync.Mutex
	counters map[string]int64
	buckets  map[string][]int64 // latency histogram per endpoint
	bounds   []int64
}

func NewMetrics(bounds ...int64) *Metrics {
	return &Metrics{
		counters: make(map[string]int64),
		buckets:  make(map[string][]int64),
		bounds:   bounds,
	}
}

func (m *Metrics) Inc(name string, delta int64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.counters[name] += delta
}

func (m *Metrics) Observe(endpoint string, ms int64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	b, ok := m.buckets[endpoint]
	if !ok {
		b = make([]int64, len(m.bounds)+1)
		m.buckets[endpoint] = b
	}
	i, _ := slices.BinarySearch(m.bounds, ms)
	b[i]++
}

// Snapshot copies state under the lock so callers can read it freely.
func (m *Metrics) Snapshot() (map[string]int64, map[string][]int64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	c := maps.Clone(m.counters)
	h := make(map[string][]int64, len(m.buckets))
	for k, v := range m.buckets {
		h[k] = slices.Clone(v)
	}
	return c, h
}

type request struct {
	endpoint string
	status   int
	latency  int64
}

func worker(id int, reqs []request, m *Metrics, wg *sync.WaitGroup) {
	defer wg.Done()
	for _, r := range reqs {
		m.Inc("requests_total", 1)
		m.Inc(fmt.Sprintf("status_%dxx", r.status/100), 1)
		m.Inc(fmt.Sprintf("worker_%d", id), 1)
		m.Observe(r.endpoint, r.latency)
	}
}

func main() {
	m := NewMetrics(10, 50, 100, 500)
	endpoints := []string{"/login", "/search", "/checkout"}

	// Build a fixed workload and shard it across workers; the totals are
	// order-independent, so the output is deterministic.
	var all []request
	for i := range 300 {
		status := 200
		switch {
		case i%17 == 0:
			status = 500
		case i%7 == 0:
			status = 404
		}
		all = append(all, request{endpoints[i%3], status, int64((i * 37) % 700)})
	}

	const workers = 6
	var wg sync.WaitGroup
	for w := range workers {
		var shard []request
		for i := w; i < len(all); i += workers {
			shard = append(shard, all[i])
		}
		wg.Add(1)
		go worker(w, shard, m, &wg)
	}
	wg.Wait()

	counters, hist := m.Snapshot()
	for _, k := range slices.Sorted(maps.Keys(counters)) {
		fmt.Printf("%-16s %d\n", k, counters[k])
	}
	fmt.Printf("%-10s", "endpoint")
	for _, b := range m.bounds {
		fmt.Printf(" %7s", fmt.Sprintf("<=%d", b))
	}
	fmt.Printf(" %7s\n", "+Inf")
	for _, ep := range slices.Sorted(maps.Keys(hist)) {
		fmt.Printf("%-10s", ep)
		for _, n := range hist[ep] {
			fmt.Printf(" %7d", n)
		}
		fmt.Println()
	}
}
