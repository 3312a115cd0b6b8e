// Traffic light controller: state machine with transition table, pedestrian button, fault mode.
package main

import (
	"fmt"
	"strings"
)

type Light int

const (
	Red Light = iota
	RedAmber
	Green
	Amber
	FlashingAmber
)

func (l Light) Symbol() byte { return "RrGAF"[l] }

func (l Light) String() string {
	switch l {
	case Red:
		return "RED"
	case RedAmber:
		return "RED+AMBER"
	case Green:
		return "GREEN"
	case Amber:
		return "AMBER"
	case FlashingAmber:
		return "FLASHING"
	}
	return "?"
}

type Event int

const (
	Tick Event = iota
	Button
	Fault
	Reset
)

func (e Event) String() string { return [...]string{"tick", "button", "fault", "reset"}[e] }

type Controller struct {
	state     Light
	elapsed   int
	requested bool
	durations map[Light]int
	history   []string
}

type transition func(c *Controller) Light

var table = map[Light]map[Event]transition{
	Red: {
		Tick: func(c *Controller) Light { return c.after(RedAmber) },
	},
	RedAmber: {
		Tick: func(c *Controller) Light { return c.after(Green) },
	},
	Green: {
		Tick: func(c *Controller) Light {
			if c.requested && c.elapsed >= 2 {
				return Amber
			}
			return c.after(Amber)
		},
		Button: func(c *Controller) Light { c.requested = true; return Green },
	},
	Amber: {
		Tick: func(c *Controller) Light { return c.after(Red) },
	},
	FlashingAmber: {
		Reset: func(c *Controller) Light { return Red },
	},
}

func (c *Controller) after(next Light) Light {
	if c.elapsed >= c.durations[c.state] {
		return next
	}
	return c.state
}

func (c *Controller) Handle(ev Event) {
	if ev == Fault {
		c.enter(FlashingAmber, ev)
		return
	}
	if ev == Tick {
		c.elapsed++
	}
	if ev == Button && c.state != Green && c.state != FlashingAmber {
		c.requested = true
	}
	fn, ok := table[c.state][ev]
	if !ok {
		return
	}
	if next := fn(c); next != c.state {
		c.enter(next, ev)
	}
}

func (c *Controller) enter(next Light, ev Event) {
	c.history = append(c.history, fmt.Sprintf("%v->%v on %v after %d", c.state, next, ev, c.elapsed))
	if next == Red {
		c.requested = false
	}
	c.state = next
	c.elapsed = 0
}

func main() {
	c := &Controller{
		state:     Red,
		durations: map[Light]int{Red: 4, RedAmber: 1, Green: 6, Amber: 2},
	}
	script := "tttttttt b tttt ttttttt tt b ttttt f ttt r tttttt b tttt"
	t := 0
	var timeline strings.Builder
	for _, tok := range strings.Fields(script) {
		for _, ch := range tok {
			var ev Event
			switch ch {
			case 't':
				ev = Tick
				t++
			case 'b':
				ev = Button
			case 'f':
				ev = Fault
			case 'r':
				ev = Reset
			}
			before := c.state
			c.Handle(ev)
			if ev != Tick {
				fmt.Printf("t=%2d event %-6v state %v -> %v\n", t, ev, before, c.state)
			}
			if ev == Tick {
				timeline.WriteByte(c.state.Symbol())
			}
		}
	}
	fmt.Println("timeline:", timeline.String())
	fmt.Println("transitions:")
	for i, h := range c.history {
		fmt.Printf("  %2d %s\n", i+1, h)
	}
	counts := map[byte]int{}
	for _, ch := range []byte(timeline.String()) {
		counts[ch]++
	}
	for l := Red; l <= FlashingAmber; l++ {
		fmt.Printf("ticks in %-9v [%c]: %d\n", l, l.Symbol(), counts[l.Symbol()])
	}
}
