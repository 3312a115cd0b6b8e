// sync/atomic request metrics collected by concurrent HTTP-like handlers.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Metrics struct {
	requests   atomic.Int64
	errors     atomic.Int64
	bytesOut   atomic.Uint64
	inflight   atomic.Int32
	maxLatency atomic.Int64
	statuses   [6]atomic.Int64 // index by status/100
}

func (m *Metrics) observeLatency(us int64) {
	for {
		cur := m.maxLatency.Load()
		if us <= cur || m.maxLatency.CompareAndSwap(cur, us) {
			return
		}
	}
}

type Request struct {
	ID     int
	Path   string
	UserID int
}

func handle(m *Metrics, r Request) (status int, size int) {
	m.inflight.Add(1)
	defer m.inflight.Add(-1)
	m.requests.Add(1)

	switch {
	case r.Path == "/admin" && r.UserID%7 != 0:
		status, size = 403, 12
	case r.Path == "/missing":
		status, size = 404, 9
	case r.UserID%13 == 0:
		status, size = 500, 21
	default:
		status, size = 200, 100+len(r.Path)*r.UserID%250
	}
	if status >= 400 {
		m.errors.Add(1)
	}
	m.statuses[status/100].Add(1)
	m.bytesOut.Add(uint64(size))
	latency := int64(200 + (r.ID*97)%900)
	m.observeLatency(latency)
	return status, size
}

func main() {
	paths := []string{"/", "/api/items", "/admin", "/missing", "/api/cart", "/login"}
	var reqs []Request
	for i := 0; i < 60; i++ {
		reqs = append(reqs, Request{ID: i, Path: paths[(i*7)%len(paths)], UserID: 1 + (i*11)%40})
	}

	var m Metrics
	perPath := map[string]map[int]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	chunks := 6
	per := len(reqs) / chunks
	for c := 0; c < chunks; c++ {
		wg.Add(1)
		go func(batch []Request) {
			defer wg.Done()
			local := map[string]map[int]int{}
			for _, r := range batch {
				st, _ := handle(&m, r)
				if local[r.Path] == nil {
					local[r.Path] = map[int]int{}
				}
				local[r.Path][st]++
			}
			mu.Lock()
			for p, sm := range local {
				if perPath[p] == nil {
					perPath[p] = map[int]int{}
				}
				for s, n := range sm {
					perPath[p][s] += n
				}
			}
			mu.Unlock()
		}(reqs[c*per : (c+1)*per])
	}
	wg.Wait()

	fmt.Printf("requests:     %d\n", m.requests.Load())
	fmt.Printf("errors:       %d\n", m.errors.Load())
	fmt.Printf("bytes out:    %d\n", m.bytesOut.Load())
	fmt.Printf("in flight:    %d\n", m.inflight.Load())
	fmt.Printf("max latency:  %dus\n", m.maxLatency.Load())
	for i := 2; i <= 5; i++ {
		fmt.Printf("status %dxx:   %d\n", i, m.statuses[i].Load())
	}
	ps := make([]string, 0, len(perPath))
	for p := range perPath {
		ps = append(ps, p)
	}
	sort.Strings(ps)
	for _, p := range ps {
		codes := make([]int, 0)
		for c := range perPath[p] {
			codes = append(codes, c)
		}
		sort.Ints(codes)
		line := fmt.Sprintf("%-11s", p)
		for _, c := range codes {
			line += fmt.Sprintf(" %d:%d", c, perPath[p][c])
		}
		fmt.Println(line)
	}
	rate := float64(m.errors.Load()) / float64(m.requests.Load()) * 100
	fmt.Printf("error rate %.2f%%\n", rate)
}
