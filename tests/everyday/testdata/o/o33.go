package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

type Vec struct{ X, Y int }

func (v Vec) Add(o Vec) Vec  { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) String() string { return fmt.Sprintf("(%d,%d)", v.X, v.Y) }
func (v Vec) Dist(o Vec) int { return abs(v.X-o.X) + abs(v.Y-o.Y) }
func abs(x int) int          { return max(x, -x) }

// Components.
type Position struct{ Pos Vec }
type Health struct{ HP, MaxHP int }
type Named struct{ Name string }

func (h *Health) Damage(n int) bool { h.HP = max(0, h.HP-n); return h.HP == 0 }
func (h Health) Alive() bool        { return h.HP > 0 }
func (n Named) String() string      { return n.Name }

// Behaviours.
type Updater interface {
	Update(w *World)
}

type Entity interface {
	fmt.Stringer
	Alive() bool
}

type Wanderer struct {
	Named
	Position
	Health
}

func (e *Wanderer) Update(w *World) {
	dirs := []Vec{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}
	d := dirs[w.rng.IntN(len(dirs))]
	e.Pos = w.clamp(e.Pos.Add(d))
}

type Hunter struct {
	Named
	Position
	Health
	Power int
	kills int
}

func (h *Hunter) Update(w *World) {
	var target *Wanderer
	for _, e := range w.entities {
		if wd, ok := e.(*Wanderer); ok && wd.Alive() {
			if target == nil || h.Pos.Dist(wd.Pos) < h.Pos.Dist(target.Pos) {
				target = wd
			}
		}
	}
	if target == nil {
		return
	}
	if h.Pos.Dist(target.Pos) <= 1 {
		dmg := h.Power + w.rng.IntN(3)
		if target.Damage(dmg) {
			h.kills++
			w.log("%v defeats %v", h, target)
		} else {
			w.log("%v hits %v for %d (hp %d)", h, target, dmg, target.HP)
		}
		return
	}
	step := Vec{}
	if target.Pos.X != h.Pos.X {
		step.X = (target.Pos.X - h.Pos.X) / abs(target.Pos.X-h.Pos.X)
	} else {
		step.Y = (target.Pos.Y - h.Pos.Y) / abs(target.Pos.Y-h.Pos.Y)
	}
	h.Pos = h.Pos.Add(step)
}

type World struct {
	W, H     int
	rng      *rand.Rand
	entities []Entity
	events   []string
	tick     int
}

func (w *World) clamp(v Vec) Vec { return Vec{min(max(v.X, 0), w.W-1), min(max(v.Y, 0), w.H-1)} }
func (w *World) log(f string, a ...any) {
	w.events = append(w.events, fmt.Sprintf("t%02d ", w.tick)+fmt.Sprintf(f, a...))
}

func (w *World) Step() {
	w.tick++
	for _, e := range w.entities {
		if u, ok := e.(Updater); ok && e.Alive() {
			u.Update(w)
		}
	}
}

func main() {
	w := &World{W: 8, H: 6, rng: rand.New(rand.NewPCG(7, 42))}
	w.entities = []Entity{
		&Hunter{Named{"wolf"}, Position{Vec{0, 0}}, Health{20, 20}, 4, 0},
		&Wanderer{Named{"sheep"}, Position{Vec{5, 3}}, Health{9, 9}},
		&Wanderer{Named{"goat"}, Position{Vec{7, 5}}, Health{12, 12}},
		&Wanderer{Named{"deer"}, Position{Vec{2, 5}}, Health{6, 6}},
	}
	for range 30 {
		w.Step()
		alive := 0
		for _, e := range w.entities {
			if _, ok := e.(*Wanderer); ok && e.Alive() {
				alive++
			}
		}
		if alive == 0 {
			w.log("no prey left")
			break
		}
	}
	for _, ev := range w.events {
		fmt.Println(ev)
	}
	fmt.Println("final state after", w.tick, "ticks:")
	sorted := slices.Clone(w.entities)
	slices.SortFunc(sorted, func(a, b Entity) int { return strings.Compare(a.String(), b.String()) })
	for _, e := range sorted {
		switch v := e.(type) {
		case *Hunter:
			fmt.Printf("  hunter   %-6v at %v hp=%d kills=%d\n", v, v.Pos, v.HP, v.kills)
		case *Wanderer:
			fmt.Printf("  wanderer %-6v at %v hp=%d/%d alive=%v\n", v, v.Pos, v.HP, v.MaxHP, v.Alive())
		}
	}
}
