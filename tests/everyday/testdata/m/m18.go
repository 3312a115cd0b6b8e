package main

import (
	"fmt"
	"slices"
	"strings"
)

type Dir int

const (
	Idle Dir = iota
	Up
	Down
)

func (d Dir) String() string { return [...]string{"idle", "up", "down"}[d] }

type Request struct {
	At    int
	Floor int
	From  string
}

type Car struct {
	floor     int
	dir       Dir
	doorTimer int
	stops     map[int][]string
	served    int
	travelled int
}

func (c *Car) pendingIn(d Dir) bool {
	for f := range c.stops {
		if (d == Up && f > c.floor) || (d == Down && f < c.floor) {
			return true
		}
	}
	return false
}

func (c *Car) chooseDir() Dir {
	if len(c.stops) == 0 {
		return Idle
	}
	if c.dir != Idle && c.pendingIn(c.dir) {
		return c.dir
	}
	if c.pendingIn(Up) {
		if c.dir == Down && c.pendingIn(Down) {
			return Down
		}
		return Up
	}
	if c.pendingIn(Down) {
		return Down
	}
	return c.dir
}

func (c *Car) Step(t int, log func(string, ...any)) {
	if c.doorTimer > 0 {
		c.doorTimer--
		if c.doorTimer == 0 {
			log("t=%02d doors close at %d", t, c.floor)
		}
		return
	}
	if who, ok := c.stops[c.floor]; ok {
		slices.Sort(who)
		log("t=%02d stop at floor %d for %s", t, c.floor, strings.Join(who, ","))
		c.served += len(who)
		delete(c.stops, c.floor)
		c.doorTimer = 2
		return
	}
	next := c.chooseDir()
	if next != c.dir {
		log("t=%02d direction %v -> %v at floor %d", t, c.dir, next, c.floor)
		c.dir = next
	}
	switch c.dir {
	case Up:
		c.floor++
		c.travelled++
	case Down:
		c.floor--
		c.travelled++
	}
}

func main() {
	reqs := []Request{
		{0, 5, "hall5"}, {1, 2, "hall2"}, {3, 8, "car"}, {6, 1, "hall1"},
		{9, 7, "hall7"}, {15, 0, "car"}, {16, 9, "hall9"}, {30, 4, "hall4"}, {30, 4, "car"},
	}
	byTick := map[int][]Request{}
	for _, r := range reqs {
		byTick[r.At] = append(byTick[r.At], r)
	}
	car := &Car{stops: map[int][]string{}}
	log := func(format string, args ...any) { fmt.Printf(format+"\n", args...) }
	trace := make([]byte, 0, 64)
	for t := 0; t < 60; t++ {
		for _, r := range byTick[t] {
			log("t=%02d request %s -> floor %d", t, r.From, r.Floor)
			car.stops[r.Floor] = append(car.stops[r.Floor], r.From)
		}
		car.Step(t, log)
		trace = append(trace, byte('0'+car.floor))
		if len(car.stops) == 0 && car.doorTimer == 0 && t > 30 {
			log("t=%02d all requests served; idle at floor %d", t, car.floor)
			break
		}
	}
	fmt.Printf("floor trace: %s\n", trace)
	fmt.Printf("served=%d travelled=%d floors\n", car.served, car.travelled)
}
