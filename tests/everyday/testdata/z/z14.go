package main

import (
	"fmt"
	"slices"
	"strings"
)

type Direction int

const (
	Still Direction = iota
	Up
	Down
)

func (d Direction) String() string {
	switch d {
	case Up:
		return "↑"
	case Down:
		return "↓"
	}
	return "-"
}

type Elevator struct {
	Floor    int
	Dir      Direction
	Requests []int
	Visited  []int
	Moves    int
}

func (e *Elevator) Call(floor int) {
	if floor == e.Floor || slices.Contains(e.Requests, floor) {
		return
	}
	e.Requests = append(e.Requests, floor)
	slices.Sort(e.Requests)
}

func (e *Elevator) nextTarget() (int, bool) {
	if len(e.Requests) == 0 {
		return 0, false
	}
	idx, _ := slices.BinarySearch(e.Requests, e.Floor)
	switch e.Dir {
	case Up, Still:
		if idx < len(e.Requests) {
			return e.Requests[idx], true
		}
		return e.Requests[idx-1], true
	default:
		if idx > 0 {
			return e.Requests[idx-1], true
		}
		return e.Requests[idx], true
	}
}

func (e *Elevator) Step() bool {
	target, ok := e.nextTarget()
	if !ok {
		e.Dir = Still
		return false
	}
	switch {
	case target > e.Floor:
		e.Dir = Up
		e.Floor++
	case target < e.Floor:
		e.Dir = Down
		e.Floor--
	}
	e.Moves++
	if i := slices.Index(e.Requests, e.Floor); i >= 0 {
		e.Requests = slices.Delete(e.Requests, i, i+1)
		e.Visited = append(e.Visited, e.Floor)
	}
	return true
}

func (e Elevator) String() string {
	var sb strings.Builder
	for f := 9; f >= 0; f-- {
		switch {
		case f == e.Floor:
			sb.WriteString("[E]")
		case slices.Contains(e.Requests, f):
			sb.WriteString("[*]")
		default:
			sb.WriteString("[ ]")
		}
	}
	return fmt.Sprintf("%s floor=%d dir=%v", sb.String(), e.Floor, e.Dir)
}

func main() {
	e := &Elevator{Floor: 3}
	for _, f := range []int{7, 1, 5, 3, 7} {
		e.Call(f)
	}
	fmt.Println(e.Requests)
	tick := 0
	calls := map[int][]int{2: {0}, 5: {9, 2}, 12: {4}}
	for e.Step() {
		tick++
		for _, f := range calls[tick] {
			e.Call(f)
		}
		if tick%3 == 0 {
			fmt.Printf("t=%02d %v\n", tick, *e)
		}
		if tick > 50 {
			break
		}
	}
	fmt.Println("visited:", e.Visited)
	fmt.Println("moves:", e.Moves, "final:", e.Floor, e.Dir)
	snapshot := *e
	snapshot.Visited = append(snapshot.Visited, 100)
	fmt.Println(len(e.Visited), len(snapshot.Visited))
}
