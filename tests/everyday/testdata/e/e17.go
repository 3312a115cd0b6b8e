package main

import (
	"fmt"
	"strings"
)

// Integer-only predator/prey model on a patchwork of meadows.
// Populations are stored in whole animals; rates are per-mille.
type Params struct {
	RabbitBirth   int // per-mille per step
	Capacity      int // rabbits a meadow can carry
	HuntPerFox    int // per-mille of (rabbits*foxes) eaten per step, scaled by 1/1000
	FoxConvert    int // foxes born per 10 rabbits eaten
	FoxDeath      int // per-mille per step
	MigratePerMil int
}

type Meadow struct {
	Name    string
	Rabbits int
	Foxes   int
}

func (m *Meadow) step(p Params) (eaten int) {
	growth := m.Rabbits * p.RabbitBirth / 1000
	crowd := m.Rabbits * m.Rabbits / (p.Capacity * 4)
	eaten = min(m.Rabbits, m.Rabbits*m.Foxes*p.HuntPerFox/1_000_000)
	births := eaten * p.FoxConvert / 10
	deaths := max(1, m.Foxes*p.FoxDeath/1000)
	if m.Foxes == 0 {
		deaths = 0
	}
	m.Rabbits = max(0, m.Rabbits+growth-crowd-eaten)
	m.Foxes = max(0, m.Foxes+births-deaths)
	return eaten
}

type Ecosystem struct {
	P       Params
	Meadows []*Meadow
	Step    int
}

// migrate moves a fraction of each population to the next meadow (ring topology).
func (e *Ecosystem) migrate() {
	n := len(e.Meadows)
	dr := make([]int, n)
	df := make([]int, n)
	for i, m := range e.Meadows {
		r := m.Rabbits * e.P.MigratePerMil / 1000
		f := m.Foxes * e.P.MigratePerMil / 1000
		j := (i + 1) % n
		dr[i] -= r
		dr[j] += r
		df[i] -= f
		df[j] += f
	}
	for i, m := range e.Meadows {
		m.Rabbits += dr[i]
		m.Foxes += df[i]
	}
}

func (e *Ecosystem) Advance() int {
	eaten := 0
	for _, m := range e.Meadows {
		eaten += m.step(e.P)
	}
	e.migrate()
	e.Step++
	return eaten
}

func (e *Ecosystem) Totals() (r, f int) {
	for _, m := range e.Meadows {
		r += m.Rabbits
		f += m.Foxes
	}
	return
}

func bar(n, scale int, ch string) string {
	return strings.Repeat(ch, min(40, n/scale))
}

func main() {
	eco := &Ecosystem{
		P: Params{RabbitBirth: 120, Capacity: 900, HuntPerFox: 2500, FoxConvert: 3, FoxDeath: 90, MigratePerMil: 50},
		Meadows: []*Meadow{
			{"north", 400, 12}, {"east", 250, 0}, {"south", 600, 30}, {"west", 100, 5},
		},
	}
	type sample struct{ step, r, f, eaten int }
	var hist []sample
	peakR, peakF := 0, 0
	for eco.Step < 120 {
		eaten := eco.Advance()
		r, f := eco.Totals()
		hist = append(hist, sample{eco.Step, r, f, eaten})
		peakR, peakF = max(peakR, r), max(peakF, f)
	}
	fmt.Printf("%4s %6s %5s %5s\n", "step", "rabbit", "fox", "eaten")
	for _, s := range hist {
		if s.step%6 == 0 {
			fmt.Printf("%4d %6d %5d %5d %-40s|%s\n", s.step, s.r, s.f, s.eaten, bar(s.r, 100, "r"), bar(s.f, 10, "f"))
		}
	}
	fmt.Printf("peaks: rabbits=%d foxes=%d\n", peakR, peakF)
	for _, m := range eco.Meadows {
		fmt.Printf("  %+v\n", *m)
	}
	// Detect fox population turning points.
	var turns []string
	for i := 1; i+1 < len(hist); i++ {
		a, b, c := hist[i-1].f, hist[i].f, hist[i+1].f
		if b > a && b >= c {
			turns = append(turns, fmt.Sprintf("max@%d(%d)", hist[i].step, b))
		} else if b < a && b <= c {
			turns = append(turns, fmt.Sprintf("min@%d(%d)", hist[i].step, b))
		}
	}
	fmt.Println("fox turning points:", strings.Join(turns, " "))
}
