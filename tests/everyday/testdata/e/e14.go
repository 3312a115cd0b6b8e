package main

import (
	"fmt"
	"strings"
)

type Light int

const (
	Green Light = iota
	Yellow
	Red
)

func (l Light) String() string { return [...]string{"G", "Y", "R"}[l] }

// Phase describes which approaches have green and for how long.
type Phase struct {
	Name     string
	GreenFor []string
	Duration int
}

type Approach struct {
	Name      string
	Queue     int
	ArrivalPM int // arrivals per 60 ticks, integer-accumulated
	acc       int
	Passed    int
	WaitSum   int
	MaxQueue  int
}

func (a *Approach) arrive() {
	a.acc += a.ArrivalPM
	for a.acc >= 60 {
		a.acc -= 60
		a.Queue++
	}
	a.MaxQueue = max(a.MaxQueue, a.Queue)
}

type Controller interface {
	Next(tick int, approaches map[string]*Approach) (phase int)
}

type FixedCycle struct {
	Phases []Phase
	cur    int
	left   int
}

func (f *FixedCycle) Next(tick int, _ map[string]*Approach) int {
	if f.left == 0 {
		f.cur = (f.cur + 1) % len(f.Phases)
		f.left = f.Phases[f.cur].Duration
	}
	f.left--
	return f.cur
}

// Actuated switches early when the green approaches are empty and another queue is long.
type Actuated struct {
	FixedCycle
	MinGreen int
}

func (a *Actuated) Next(tick int, aps map[string]*Approach) int {
	p := a.Phases[a.cur]
	served := a.Phases[a.cur].Duration - a.left
	empty := true
	for _, n := range p.GreenFor {
		if aps[n].Queue > 0 {
			empty = false
		}
	}
	if empty && served >= a.MinGreen {
		a.left = 0
	}
	return a.FixedCycle.Next(tick, aps)
}

func simulate(name string, ctrl Controller, verbose bool) {
	order := []string{"N", "S", "E", "W"}
	rates := map[string]int{"N": 20, "S": 18, "E": 9, "W": 6}
	aps := map[string]*Approach{}
	for _, n := range order {
		aps[n] = &Approach{Name: n, ArrivalPM: rates[n]}
	}
	phases := []Phase{{"NS", []string{"N", "S"}, 20}, {"EW", []string{"E", "W"}, 20}}
	switches, last := 0, -1
	for tick := 0; tick < 600; tick++ {
		for _, n := range order {
			aps[n].arrive()
		}
		ph := ctrl.Next(tick, aps)
		if ph != last {
			switches++
			last = ph
		}
		for _, n := range phases[ph].GreenFor {
			if a := aps[n]; a.Queue > 0 && tick%2 == 0 { // one car per two ticks
				a.Queue--
				a.Passed++
			}
		}
		for _, n := range order {
			aps[n].WaitSum += aps[n].Queue
		}
		if verbose && tick%60 == 59 {
			var sb strings.Builder
			for _, n := range order {
				fmt.Fprintf(&sb, " %s=%-2d", n, aps[n].Queue)
			}
			fmt.Printf("  t=%3d phase=%s%s\n", tick+1, phases[ph].Name, sb.String())
		}
	}
	fmt.Printf("%-9s switches=%d\n", name, switches)
	for _, n := range order {
		a := aps[n]
		fmt.Printf("   %s passed=%3d left=%2d maxQ=%2d avgQ=%.2f\n", n, a.Passed, a.Queue, a.MaxQueue, float64(a.WaitSum)/600)
	}
}

func main() {
	phases := []Phase{{"NS", []string{"N", "S"}, 20}, {"EW", []string{"E", "W"}, 20}}
	simulate("fixed", &FixedCycle{Phases: phases, cur: len(phases) - 1}, true)
	simulate("actuated", &Actuated{FixedCycle: FixedCycle{Phases: phases, cur: len(phases) - 1}, MinGreen: 6}, true)
}
