package main

import (
	"fmt"
	"sort"
	"strings"
)

type Direction int

const (
	Idle Direction = iota
	GoingUp
	GoingDown
)

func (d Direction) String() string {
	switch d {
	case GoingUp:
		return "up"
	case GoingDown:
		return "down"
	}
	return "idle"
}

type Request struct {
	At, From, To int
	Name         string
}

type Rider struct {
	Request
	Boarded int
}

type Elevator struct {
	Floor    int
	Dir      Direction
	Capacity int
	Riders   []*Rider
	Waiting  map[int][]*Rider
	Moves    int
	Log      []string
}

func (e *Elevator) logf(t int, format string, args ...any) {
	e.Log = append(e.Log, fmt.Sprintf("t=%02d f%d %-4v ", t, e.Floor, e.Dir)+fmt.Sprintf(format, args...))
}

func (e *Elevator) targets() []int {
	set := map[int]bool{}
	for _, r := range e.Riders {
		set[r.To] = true
	}
	for f, q := range e.Waiting {
		if len(q) > 0 {
			set[f] = true
		}
	}
	var out []int
	for f := range set {
		out = append(out, f)
	}
	sort.Ints(out)
	return out
}

// Step implements the classic SCAN policy: keep going while there are stops ahead.
func (e *Elevator) Step(t int) {
	kept := e.Riders[:0]
	for _, r := range e.Riders {
		if r.To == e.Floor {
			e.logf(t, "drop %s (rode %d)", r.Name, t-r.Boarded)
		} else {
			kept = append(kept, r)
		}
	}
	e.Riders = kept
	queue := e.Waiting[e.Floor]
	for len(queue) > 0 && len(e.Riders) < e.Capacity {
		r := queue[0]
		queue = queue[1:]
		r.Boarded = t
		e.Riders = append(e.Riders, r)
		e.logf(t, "pick %s -> f%d (waited %d)", r.Name, r.To, t-r.At)
	}
	e.Waiting[e.Floor] = queue

	ts := e.targets()
	if len(ts) == 0 {
		e.Dir = Idle
		return
	}
	above, below := ts[len(ts)-1] > e.Floor, ts[0] < e.Floor
	switch {
	case e.Dir == GoingUp && above, e.Dir != GoingDown && above && !below:
		e.Dir = GoingUp
	case below:
		e.Dir = GoingDown
	case above:
		e.Dir = GoingUp
	default:
		e.Dir = Idle
	}
	switch e.Dir {
	case GoingUp:
		e.Floor++
		e.Moves++
	case GoingDown:
		e.Floor--
		e.Moves++
	}
}

func main() {
	reqs := []Request{
		{0, 0, 5, "ann"}, {1, 3, 0, "bob"}, {2, 7, 1, "cat"}, {2, 2, 6, "dan"},
		{6, 4, 9, "eve"}, {9, 9, 0, "fay"}, {10, 1, 8, "gus"}, {10, 1, 3, "hal"},
		{11, 1, 2, "ivy"}, {14, 6, 2, "jon"}, {20, 0, 9, "kim"},
	}
	e := &Elevator{Capacity: 3, Waiting: map[int][]*Rider{}}
	next := 0
	for t := 0; t < 80; t++ {
		for next < len(reqs) && reqs[next].At == t {
			r := reqs[next]
			e.Waiting[r.From] = append(e.Waiting[r.From], &Rider{Request: r})
			next++
		}
		e.Step(t)
		if next == len(reqs) && e.Dir == Idle && len(e.Riders) == 0 && len(e.targets()) == 0 {
			e.logf(t, "all requests served")
			break
		}
	}
	fmt.Println(strings.Join(e.Log, "\n"))
	fmt.Printf("floors travelled: %d\n", e.Moves)
}
