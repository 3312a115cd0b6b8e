// q28: lock-free request accounting with sync/atomic types across many goroutines.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Metrics struct {
	Requests   atomic.Int64
	Errors     atomic.Int64
	BytesOut   atomic.Uint64
	MaxLatMs   atomic.Int64
	InFlight   atomic.Int32
	PeakFlight atomic.Int32
	Ready      atomic.Bool
	LastRoute  atomic.Pointer[string]
}

// observeMax raises MaxLatMs using a CAS loop.
func (m *Metrics) observeMax(v int64) {
	for {
		cur := m.MaxLatMs.Load()
		if v <= cur || m.MaxLatMs.CompareAndSwap(cur, v) {
			return
		}
	}
}

func (m *Metrics) enter() {
	n := m.InFlight.Add(1)
	for {
		p := m.PeakFlight.Load()
		if n <= p || m.PeakFlight.CompareAndSwap(p, n) {
			return
		}
	}
}

type Request struct {
	ID    int
	Route string
	Size  int
}

func handle(m *Metrics, r Request) {
	m.enter()
	defer m.InFlight.Add(-1)
	m.Requests.Add(1)
	lat := int64(5 + (r.ID*37)%120)
	m.observeMax(lat)
	if r.ID%17 == 0 {
		m.Errors.Add(1)
		return
	}
	m.BytesOut.Add(uint64(r.Size))
}

func main() {
	var m Metrics
	routes := []string{"/users", "/orders", "/search"}
	perRoute := make([]atomic.Int64, len(routes))
	const workers = 8
	const perWorker = 250
	var wg sync.WaitGroup
	start := make(chan struct{})
	for w := range workers {
		wg.Go(func() {
			<-start
			for i := range perWorker {
				id := w*perWorker + i
				ri := id % len(routes)
				handle(&m, Request{ID: id, Route: routes[ri], Size: 100 + id%900})
				perRoute[ri].Add(1)
			}
		})
	}
	m.Ready.Store(true)
	close(start)
	wg.Wait()
	final := "/shutdown"
	m.LastRoute.Store(&final)

	// Compute the expected values sequentially to cross-check the atomics.
	var wantBytes uint64
	var wantErr, wantMax int64
	for id := range workers * perWorker {
		wantMax = max(wantMax, int64(5+(id*37)%120))
		if id%17 == 0 {
			wantErr++
			continue
		}
		wantBytes += uint64(100 + id%900)
	}
	fmt.Println("ready:", m.Ready.Load())
	fmt.Println("requests:", m.Requests.Load())
	fmt.Println("errors:", m.Errors.Load(), "expected:", wantErr)
	fmt.Println("bytes out:", m.BytesOut.Load(), "expected:", wantBytes)
	fmt.Println("max latency ms:", m.MaxLatMs.Load(), "expected:", wantMax)
	fmt.Println("in flight after wait:", m.InFlight.Load())
	peak := m.PeakFlight.Load()
	fmt.Println("peak in flight within [1, workers]:", peak >= 1 && peak <= workers)
	for i, r := range routes {
		fmt.Printf("route %-8s %d\n", r, perRoute[i].Load())
	}
	fmt.Printf("error rate: %.2f%%\n", 100*float64(m.Errors.Load())/float64(m.Requests.Load()))
	fmt.Println("last route:", *m.LastRoute.Load())

	var flag atomic.Bool
	winners := atomic.Int32{}
	var wg2 sync.WaitGroup
	for range 50 {
		wg2.Go(func() {
			if flag.CompareAndSwap(false, true) {
				winners.Add(1)
			}
		})
	}
	wg2.Wait()
	fmt.Println("CAS winners out of 50:", winners.Load())
}
