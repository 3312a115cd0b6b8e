package main

import (
	"fmt"
	"sort"
)

type Phase int

const (
	NSGreen Phase = iota
	NSYellow
	AllRedA
	EWGreen
	EWYellow
	AllRedB
	Walk
)

func (p Phase) String() string {
	return [...]string{"NS-green", "NS-yellow", "all-red(a)", "EW-green", "EW-yellow", "all-red(b)", "walk"}[p]
}

type Timer struct{ elapsed, limit int }

func (t *Timer) Tick()         { t.elapsed++ }
func (t *Timer) Expired() bool { return t.elapsed >= t.limit }
func (t *Timer) Reset(n int)   { t.elapsed, t.limit = 0, n }

type PhaseSpec struct {
	Duration int
	MinGreen int
	Next     func(c *Controller) Phase
}

type Controller struct {
	Timer
	phase      Phase
	pedWaiting bool
	carsEW     int
	spent      map[Phase]int
	specs      map[Phase]PhaseSpec
	log        func(tick int, msg string)
}

func NewController(log func(int, string)) *Controller {
	c := &Controller{spent: map[Phase]int{}, log: log}
	fixed := func(p Phase) func(*Controller) Phase { return func(*Controller) Phase { return p } }
	c.specs = map[Phase]PhaseSpec{
		NSGreen:  {Duration: 8, MinGreen: 3, Next: fixed(NSYellow)},
		NSYellow: {Duration: 2, Next: fixed(AllRedA)},
		AllRedA: {Duration: 1, Next: func(c *Controller) Phase {
			if c.pedWaiting {
				return Walk
			}
			return EWGreen
		}},
		Walk:     {Duration: 4, Next: fixed(EWGreen)},
		EWGreen:  {Duration: 6, MinGreen: 2, Next: fixed(EWYellow)},
		EWYellow: {Duration: 2, Next: fixed(AllRedB)},
		AllRedB:  {Duration: 1, Next: fixed(NSGreen)},
	}
	c.Reset(c.specs[NSGreen].Duration)
	return c
}

func (c *Controller) enter(tick int, p Phase) {
	c.log(tick, fmt.Sprintf("%v -> %v", c.phase, p))
	c.phase = p
	dur := c.specs[p].Duration
	if p == EWGreen && c.carsEW == 0 {
		dur = c.specs[p].MinGreen // nobody waiting: shorten cross-street green
	}
	if p == Walk {
		c.pedWaiting = false
	}
	if p == EWGreen {
		c.carsEW = 0
	}
	c.Reset(dur)
}

func (c *Controller) PressButton(tick int) {
	c.pedWaiting = true
	spec := c.specs[c.phase]
	if c.phase == NSGreen && c.elapsed >= spec.MinGreen && c.limit > c.elapsed+1 {
		c.log(tick, "button: cutting NS green short")
		c.limit = c.elapsed + 1
		return
	}
	c.log(tick, "button: request queued")
}

func (c *Controller) Step(tick int) {
	c.Tick()
	c.spent[c.phase]++
	if c.Expired() {
		c.enter(tick, c.specs[c.phase].Next(c))
	}
}

func main() {
	c := NewController(func(tick int, msg string) { fmt.Printf("t=%02d  %s\n", tick, msg) })
	inputs := map[int][]func(){
		5:  {func() { c.PressButton(5) }},
		14: {func() { c.carsEW += 3 }, func() { fmt.Println("t=14  sensor: 3 cars on EW") }},
		22: {func() { c.PressButton(22) }},
		31: {func() { c.PressButton(31) }},
	}
	lights := func() string {
		ns, ew := "R", "R"
		switch c.phase {
		case NSGreen:
			ns = "G"
		case NSYellow:
			ns = "Y"
		case EWGreen:
			ew = "G"
		case EWYellow:
			ew = "Y"
		}
		return "NS=" + ns + " EW=" + ew
	}
	for tick := 1; tick <= 48; tick++ {
		for _, f := range inputs[tick] {
			f()
		}
		c.Step(tick)
		if tick%12 == 0 {
			fmt.Printf("t=%02d  status %s (%v %d/%d)\n", tick, lights(), c.phase, c.elapsed, c.limit)
		}
	}
	phases := make([]Phase, 0, len(c.spent))
	for p := range c.spent {
		phases = append(phases, p)
	}
	sort.Slice(phases, func(i, j int) bool { return phases[i] < phases[j] })
	fmt.Println("time per phase:")
	for _, p := range phases {
		fmt.Printf("  %-11v %2d ticks\n", p, c.spent[p])
	}
}
