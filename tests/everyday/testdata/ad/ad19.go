// Graceful shutdown: components stop in reverse start order, logs collected and printed at the end.
package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
)

type Logger struct {
	mu    sync.Mutex
	lines []string
}

func (l *Logger) Add(phase int, who, msg string) {
	l.mu.Lock()
	l.lines = append(l.lines, fmt.Sprintf("%02d|%-8s|%s", phase, who, msg))
	l.mu.Unlock()
}

func (l *Logger) Sorted() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := append([]string(nil), l.lines...)
	sort.Strings(out)
	return out
}

type Component struct {
	Name     string
	inflight int
	stop     chan struct{}
	stopped  chan struct{}
}

func (c *Component) Run(ctx context.Context, log *Logger, phase int) {
	c.stop = make(chan struct{})
	c.stopped = make(chan struct{})
	log.Add(phase, c.Name, "started")
	go func() {
		defer close(c.stopped)
		select {
		case <-c.stop:
			log.Add(50, c.Name, "stop requested")
		case <-ctx.Done():
			log.Add(50, c.Name, "context cancelled")
		}
		// drain in-flight work deterministically
		for i := 1; i <= c.inflight; i++ {
			log.Add(51, c.Name, fmt.Sprintf("finished request %d/%d", i, c.inflight))
		}
		log.Add(52, c.Name, "resources released")
	}()
}

func main() {
	log := &Logger{}
	ctx, cancel := context.WithCancel(context.Background())
	comps := []*Component{
		{Name: "db", inflight: 0},
		{Name: "cache", inflight: 1},
		{Name: "queue", inflight: 2},
		{Name: "http", inflight: 3},
	}
	for i, c := range comps {
		c.Run(ctx, log, 10+i)
	}
	log.Add(20, "main", "all components started")

	// simulate a SIGTERM arriving
	signal := make(chan string, 1)
	signal <- "SIGTERM"
	sig := <-signal
	log.Add(30, "main", "received "+sig+", beginning shutdown")

	// stop in reverse order, waiting for each before the next (dependencies!)
	var order []string
	for i := len(comps) - 1; i >= 0; i-- {
		c := comps[i]
		close(c.stop)
		<-c.stopped
		order = append(order, c.Name)
	}
	cancel()
	log.Add(90, "main", "shutdown complete")

	// A second group that relies on context cancellation instead.
	log2 := &Logger{}
	ctx2, cancel2 := context.WithCancel(context.Background())
	workers := []*Component{{Name: "w1", inflight: 1}, {Name: "w2", inflight: 0}, {Name: "w3", inflight: 2}}
	for i, w := range workers {
		w.Run(ctx2, log2, 10+i)
	}
	cancel2()
	for _, w := range workers {
		<-w.stopped
	}

	fmt.Println("stop order:", order)
	fmt.Println("--- ordered shutdown log ---")
	// Within one component the phases are ordered; across components we sort by
	// phase then name so the output is stable regardless of scheduling.
	for _, l := range log.Sorted() {
		fmt.Println(l)
	}
	fmt.Println("--- context-cancelled group ---")
	for _, l := range log2.Sorted() {
		fmt.Println(l)
	}
	fmt.Println("ctx errors:", ctx.Err(), "/", ctx2.Err())
}
