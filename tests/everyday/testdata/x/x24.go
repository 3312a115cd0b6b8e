package main

import "fmt"

type Light int

const (
	Red Light = iota
	RedAmber
	Green
	Amber
	numLights
)

var lightNames = [...]string{"Red", "RedAmber", "Green", "Amber"}

func (l Light) String() string {
	if l < 0 || l >= numLights {
		return fmt.Sprintf("Light(%d)", int(l))
	}
	return lightNames[l]
}

func (l Light) Duration() int {
	switch l {
	case Red:
		return 4
	case Green:
		return 5
	case RedAmber, Amber:
		return 1
	}
	return 0
}

func (l Light) Next() Light { return (l + 1) % numLights }

type Direction int8

const (
	Idle Direction = iota - 1
	Up
	Down
)

func (d Direction) String() string {
	return map[Direction]string{Idle: "idle", Up: "up", Down: "down"}[d]
}

type Elevator struct {
	Floor    int
	Dir      Direction
	requests map[int]bool
	log      []string
}

func (e *Elevator) Call(f int) { e.requests[f] = true }

func (e *Elevator) Tick() {
	if e.requests[e.Floor] {
		delete(e.requests, e.Floor)
		e.log = append(e.log, fmt.Sprintf("open@%d", e.Floor))
		return
	}
	above, below := false, false
	for f := range e.requests {
		if f > e.Floor {
			above = true
		} else if f < e.Floor {
			below = true
		}
	}
	switch {
	case e.Dir == Up && above, e.Dir != Down && above && !below:
		e.Dir = Up
		e.Floor++
	case below:
		e.Dir = Down
		e.Floor--
	case above:
		e.Dir = Up
		e.Floor++
	default:
		e.Dir = Idle
	}
}

func main() {
	l := Red
	remaining := l.Duration()
	for t := 0; t < 16; t++ {
		fmt.Printf("t=%2d %-8v", t, l)
		if t%4 == 3 {
			fmt.Println()
		}
		remaining--
		if remaining == 0 {
			l = l.Next()
			remaining = l.Duration()
		}
	}
	fmt.Println(Light(7), Amber+0, fmt.Sprintf("%d %v %q", Green, Green, Green))

	e := &Elevator{requests: map[int]bool{}}
	e.Call(5)
	e.Call(2)
	for t := range 14 {
		if t == 3 {
			e.Call(1)
		}
		if t == 6 {
			e.Call(7)
		}
		e.Tick()
		fmt.Printf("[%d] floor=%d dir=%v\n", t, e.Floor, e.Dir)
	}
	fmt.Println(e.log)
}
