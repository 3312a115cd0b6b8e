// Elevator simulation: SCAN scheduling with tick-based state machine and scripted requests.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Direction int

const (
	Idle Direction = iota
	Up
	Down
)

func (d Direction) String() string {
	return [...]string{"idle", "up", "down"}[d]
}

type DoorState int

const (
	Closed DoorState = iota
	Open
)

func (s DoorState) String() string {
	if s == Open {
		return "open"
	}
	return "closed"
}

type Request struct {
	At       int
	From, To int
	Name     string
}

type Passenger struct {
	Request
	boarded, arrived int
}

type Elevator struct {
	Floor    int
	Dir      Direction
	Door     DoorState
	stops    map[int]bool
	riders   []*Passenger
	waiting  map[int][]*Passenger
	Capacity int
	freed    bool
}

func NewElevator(capacity int) *Elevator {
	return &Elevator{stops: map[int]bool{}, waiting: map[int][]*Passenger{}, Capacity: capacity}
}

func (e *Elevator) Call(p *Passenger) {
	e.waiting[p.From] = append(e.waiting[p.From], p)
	e.stops[p.From] = true
}

func (e *Elevator) hasStopsAbove() bool {
	for f := range e.stops {
		if f > e.Floor {
			return true
		}
	}
	return false
}

func (e *Elevator) hasStopsBelow() bool {
	for f := range e.stops {
		if f < e.Floor {
			return true
		}
	}
	return false
}

func (e *Elevator) Tick(t int, log func(string)) {
	if e.Door == Open {
		e.Door = Closed
		return
	}
	if e.stops[e.Floor] {
		delete(e.stops, e.Floor)
		e.Door = Open
		var events []string
		kept := e.riders[:0]
		for _, p := range e.riders {
			if p.To == e.Floor {
				p.arrived = t
				events = append(events, "-"+p.Name)
				e.freed = true
			} else {
				kept = append(kept, p)
			}
		}
		e.riders = kept
		var still []*Passenger
		for _, p := range e.waiting[e.Floor] {
			if len(e.riders) < e.Capacity {
				p.boarded = t
				e.riders = append(e.riders, p)
				e.stops[p.To] = true
				events = append(events, "+"+p.Name)
			} else {
				still = append(still, p)
			}
		}
		e.waiting[e.Floor] = still
		if len(still) > 0 {
			events = append(events, fmt.Sprintf("(full, %d left waiting)", len(still)))
		}
		if e.freed && len(e.riders) < e.Capacity {
			// room again: revisit floors whose passengers were left behind
			for f, ps := range e.waiting {
				if len(ps) > 0 && f != e.Floor {
					e.stops[f] = true
				}
			}
			e.freed = false
		}
		log(fmt.Sprintf("floor %d doors open %s", e.Floor, strings.Join(events, " ")))
		return
	}
	switch {
	case e.Dir != Down && e.hasStopsAbove():
		e.Dir = Up
	case e.Dir != Up && e.hasStopsBelow():
		e.Dir = Down
	case e.hasStopsAbove():
		e.Dir = Up
	case e.hasStopsBelow():
		e.Dir = Down
	default:
		e.Dir = Idle
	}
	switch e.Dir {
	case Up:
		e.Floor++
	case Down:
		e.Floor--
	}
}

func main() {
	reqs := []Request{
		{0, 0, 5, "ann"}, {1, 3, 0, "bob"}, {2, 7, 2, "cy"}, {2, 4, 9, "dee"},
		{6, 1, 8, "eli"}, {9, 8, 0, "fay"}, {10, 8, 1, "gus"}, {10, 8, 3, "hal"},
		{14, 2, 6, "ivy"}, {20, 9, 0, "jo"},
	}
	e := NewElevator(3)
	var all []*Passenger
	next := 0
	for t := 0; t < 80; t++ {
		for next < len(reqs) && reqs[next].At == t {
			p := &Passenger{Request: reqs[next]}
			all = append(all, p)
			e.Call(p)
			next++
		}
		prevFloor, prevDir := e.Floor, e.Dir
		e.Tick(t, func(s string) { fmt.Printf("t=%2d %s\n", t, s) })
		if e.Dir != prevDir {
			fmt.Printf("t=%2d now %v at floor %d (was %d)\n", t, e.Dir, e.Floor, prevFloor)
		}
		if next == len(reqs) && len(e.stops) == 0 && len(e.riders) == 0 && e.Door == Closed {
			fmt.Printf("t=%2d all requests served\n", t)
			break
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Name < all[j].Name })
	totalWait, totalTrip := 0, 0
	for _, p := range all {
		wait, trip := p.boarded-p.At, p.arrived-p.boarded
		totalWait += wait
		totalTrip += trip
		fmt.Printf("  %-4s %d->%d wait=%2d ride=%2d\n", p.Name, p.From, p.To, wait, trip)
	}
	fmt.Printf("avg wait %.1f, avg ride %.1f\n", float64(totalWait)/float64(len(all)), float64(totalTrip)/float64(len(all)))
}
