// Rock-paper-scissors round-robin tournament between strategy implementations.
package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
)

type Move int

const (
	Rock Move = iota
	Paper
	Scissors
)

func (m Move) String() string    { return [...]string{"R", "P", "S"}[m] }
func (m Move) Beats(o Move) bool { return (m+3-o)%3 == 1 }
func (m Move) Counter() Move     { return (m + 1) % 3 }

type Strategy interface {
	Name() string
	Next() Move
	Observe(mine, theirs Move)
	Reset()
}

// history is embedded to share bookkeeping between strategies.
type history struct {
	mine, theirs []Move
}

func (h *history) Observe(m, t Move) { h.mine = append(h.mine, m); h.theirs = append(h.theirs, t) }
func (h *history) Reset()            { h.mine, h.theirs = nil, nil }

type Constant struct {
	history
	M Move
}

func (c *Constant) Name() string { return "always-" + c.M.String() }
func (c *Constant) Next() Move   { return c.M }

type Cycler struct{ history }

func (c *Cycler) Name() string { return "cycler" }
func (c *Cycler) Next() Move   { return Move(len(c.mine) % 3) }

type Copycat struct{ history }

func (c *Copycat) Name() string { return "copycat" }
func (c *Copycat) Next() Move {
	if len(c.theirs) == 0 {
		return Rock
	}
	return c.theirs[len(c.theirs)-1]
}

type Frequency struct{ history }

func (f *Frequency) Name() string { return "frequency" }
func (f *Frequency) Next() Move {
	var n [3]int
	for _, m := range f.theirs {
		n[m]++
	}
	best := Rock
	for m := Paper; m <= Scissors; m++ {
		if n[m] > n[best] {
			best = m
		}
	}
	return best.Counter()
}

type WinStayLoseShift struct{ history }

func (w *WinStayLoseShift) Name() string { return "win-stay" }
func (w *WinStayLoseShift) Next() Move {
	k := len(w.mine)
	if k == 0 {
		return Paper
	}
	if w.mine[k-1].Beats(w.theirs[k-1]) {
		return w.mine[k-1]
	}
	return w.mine[k-1].Counter()
}

type Random struct {
	history
	rng *rand.Rand
}

func (r *Random) Name() string { return "random" }
func (r *Random) Next() Move   { return Move(r.rng.IntN(3)) }

type Record struct{ W, L, D int }

func (r Record) Points() int { return 3*r.W + r.D }

func match(a, b Strategy, rounds int) (Record, string) {
	a.Reset()
	b.Reset()
	var rec Record
	trace := ""
	for i := 0; i < rounds; i++ {
		ma, mb := a.Next(), b.Next()
		a.Observe(ma, mb)
		b.Observe(mb, ma)
		if i < 8 {
			trace += ma.String() + mb.String() + " "
		}
		switch {
		case ma.Beats(mb):
			rec.W++
		case mb.Beats(ma):
			rec.L++
		default:
			rec.D++
		}
	}
	return rec, trace
}

func main() {
	players := []Strategy{
		&Constant{M: Rock}, &Cycler{}, &Copycat{}, &Frequency{}, &WinStayLoseShift{},
		&Random{rng: rand.New(rand.NewPCG(10, 20))},
	}
	table := map[string]*Record{}
	for _, p := range players {
		table[p.Name()] = &Record{}
	}
	for i := range players {
		for j := i + 1; j < len(players); j++ {
			a, b := players[i], players[j]
			r, trace := match(a, b, 30)
			ta, tb := table[a.Name()], table[b.Name()]
			ta.W, ta.L, ta.D = ta.W+r.W, ta.L+r.L, ta.D+r.D
			tb.W, tb.L, tb.D = tb.W+r.L, tb.L+r.W, tb.D+r.D
			fmt.Printf("%-9s vs %-9s %2d-%2d-%2d  %s\n", a.Name(), b.Name(), r.W, r.L, r.D, trace)
		}
	}
	names := make([]string, 0, len(table))
	for n := range table {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		pi, pj := table[names[i]].Points(), table[names[j]].Points()
		if pi != pj {
			return pi > pj
		}
		return names[i] < names[j]
	})
	fmt.Println("standings:")
	for i, n := range names {
		r := table[n]
		fmt.Printf("%d. %-9s W%3d L%3d D%3d pts %d\n", i+1, n, r.W, r.L, r.D, r.Points())
	}
}
