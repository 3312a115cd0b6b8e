// Batch aggregator: flush when a batch is full or when a (fake) ticker fires.
package main

import (
	"fmt"
	"strings"
)

type Metric struct {
	Name  string
	Value int
}

type Flush struct {
	Reason string
	Tick   int
	Items  []Metric
}

type Aggregator struct {
	in    chan Metric
	tick  chan int
	quit  chan struct{}
	done  chan []Flush
	limit int
}

func NewAggregator(limit int) *Aggregator {
	a := &Aggregator{
		in: make(chan Metric), tick: make(chan int), quit: make(chan struct{}),
		done: make(chan []Flush), limit: limit,
	}
	go a.loop()
	return a
}

func (a *Aggregator) loop() {
	var flushes []Flush
	var cur []Metric
	lastTick := 0
	flush := func(reason string) {
		if len(cur) == 0 {
			return
		}
		flushes = append(flushes, Flush{reason, lastTick, cur})
		cur = nil
	}
	for {
		// Unbuffered channels plus a single sequential driver mean only one
		// case can be ready at a time, so the select is deterministic.
		select {
		case m := <-a.in:
			cur = append(cur, m)
			if len(cur) == a.limit {
				flush("size")
			}
		case t := <-a.tick:
			lastTick = t
			flush("timer")
		case <-a.quit:
			flush("shutdown")
			a.done <- flushes
			return
		}
	}
}

func main() {
	agg := NewAggregator(4)
	names := []string{"cpu", "mem", "disk", "net"}
	// Traffic pattern: bursts separated by quiet ticks.
	pattern := []int{3, 0, 6, 1, 0, 0, 9, 2, 4, 0, 1}
	sent := 0
	for tick, burst := range pattern {
		for i := 0; i < burst; i++ {
			agg.in <- Metric{Name: names[(sent+tick)%len(names)], Value: sent*7%100 + tick}
			sent++
		}
		agg.tick <- tick + 1
	}
	agg.in <- Metric{"cpu", 99}
	agg.in <- Metric{"mem", 98}
	sent += 2
	close(agg.quit)
	flushes := <-agg.done

	counts := map[string]int{}
	delivered := 0
	for i, f := range flushes {
		var parts []string
		sum := 0
		for _, m := range f.Items {
			parts = append(parts, fmt.Sprintf("%s=%d", m.Name, m.Value))
			sum += m.Value
		}
		counts[f.Reason]++
		delivered += len(f.Items)
		fmt.Printf("flush %02d after tick %2d by %-8s n=%d sum=%3d [%s]\n", i+1, f.Tick, f.Reason, len(f.Items), sum, strings.Join(parts, " "))
	}
	fmt.Printf("sent=%d delivered=%d flushes: size=%d timer=%d shutdown=%d\n",
		sent, delivered, counts["size"], counts["timer"], counts["shutdown"])
}
