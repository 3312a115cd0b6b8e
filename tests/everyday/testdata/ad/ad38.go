// Heartbeat failure detector: nodes report on fake ticks; a monitor goroutine declares them dead.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Beat struct {
	Node string
	Tick int
}

type Monitor struct {
	beats   chan Beat
	ticks   chan int
	done    chan struct{}
	events  []string
	last    map[string]int
	alive   map[string]bool
	timeout int
}

func NewMonitor(timeout int, nodes []string) *Monitor {
	m := &Monitor{
		beats: make(chan Beat), ticks: make(chan int), done: make(chan struct{}),
		last: map[string]int{}, alive: map[string]bool{}, timeout: timeout,
	}
	for _, n := range nodes {
		m.last[n] = 0
		m.alive[n] = true
	}
	go m.run()
	return m
}

func (m *Monitor) run() {
	defer close(m.done)
	for {
		select {
		case b, ok := <-m.beats:
			if !ok {
				return
			}
			if !m.alive[b.Node] {
				m.events = append(m.events, fmt.Sprintf("t=%02d %s recovered (silent %d ticks)", b.Tick, b.Node, b.Tick-m.last[b.Node]))
				m.alive[b.Node] = true
			}
			m.last[b.Node] = b.Tick
		case t := <-m.ticks:
			var dead []string
			for n, l := range m.last {
				if m.alive[n] && t-l > m.timeout {
					dead = append(dead, n)
				}
			}
			sort.Strings(dead)
			for _, n := range dead {
				m.alive[n] = false
				m.events = append(m.events, fmt.Sprintf("t=%02d %s declared dead (last beat t=%02d)", t, n, m.last[n]))
			}
		}
	}
}

func main() {
	nodes := []string{"db-1", "db-2", "cache", "queue"}
	// beat schedule: which nodes send a heartbeat at each tick
	outages := map[string][2]int{
		"db-2":  {4, 11},  // silent from tick 4 through 10
		"cache": {7, 9},   // brief blip, shorter than the timeout
		"queue": {12, 99}, // dies and never returns
	}
	m := NewMonitor(3, nodes)
	var timeline []string
	for t := 1; t <= 18; t++ {
		var sent []string
		for _, n := range nodes {
			o, has := outages[n]
			if has && t >= o[0] && t < o[1] {
				continue
			}
			m.beats <- Beat{n, t}
			sent = append(sent, n)
		}
		m.ticks <- t // sequential sends keep beat/tick handling ordered
		timeline = append(timeline, fmt.Sprintf("t=%02d beats: %s", t, strings.Join(sent, ",")))
	}
	close(m.beats)
	<-m.done

	for _, l := range timeline {
		fmt.Println(l)
	}
	fmt.Println("events:")
	for _, e := range m.events {
		fmt.Println("  " + e)
	}
	var final []string
	for _, n := range nodes {
		state := "alive"
		if !m.alive[n] {
			state = "dead"
		}
		final = append(final, n+"="+state)
	}
	fmt.Println("final:", strings.Join(final, " "))
}
