package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
)

type Move bool

const (
	Cooperate Move = true
	Defect    Move = false
)

func (m Move) String() string {
	if m {
		return "C"
	}
	return "D"
}

// Strategy sees the history of both players and picks the next move.
type Strategy interface {
	Name() string
	Play(mine, theirs []Move) Move
}

type AlwaysC struct{}
type AlwaysD struct{}
type TitForTat struct{}
type Grudger struct{}
type Pavlov struct{}
type Random struct{ rng *rand.Rand }
type TitForTwoTats struct{}

func (AlwaysC) Name() string          { return "AlwaysC" }
func (AlwaysC) Play(_, _ []Move) Move { return Cooperate }
func (AlwaysD) Name() string          { return "AlwaysD" }
func (AlwaysD) Play(_, _ []Move) Move { return Defect }
func (TitForTat) Name() string        { return "TitForTat" }
func (TitForTat) Play(_, t []Move) Move {
	if len(t) == 0 {
		return Cooperate
	}
	return t[len(t)-1]
}
func (Grudger) Name() string { return "Grudger" }
func (Grudger) Play(_, t []Move) Move {
	for _, m := range t {
		if m == Defect {
			return Defect
		}
	}
	return Cooperate
}
func (Pavlov) Name() string { return "Pavlov" }
func (Pavlov) Play(m, t []Move) Move {
	if len(m) == 0 {
		return Cooperate
	}
	// win-stay, lose-shift is equivalent to: cooperate iff both moves matched last round
	last := m[len(m)-1]
	if last == t[len(t)-1] {
		return Cooperate
	}
	return Defect
}
func (r Random) Name() string          { return "Random" }
func (r Random) Play(_, _ []Move) Move { return r.rng.IntN(2) == 0 }
func (TitForTwoTats) Name() string     { return "TF2T" }
func (TitForTwoTats) Play(_, t []Move) Move {
	n := len(t)
	if n >= 2 && t[n-1] == Defect && t[n-2] == Defect {
		return Defect
	}
	return Cooperate
}

var payoff = map[[2]Move][2]int{
	{Cooperate, Cooperate}: {3, 3},
	{Cooperate, Defect}:    {0, 5},
	{Defect, Cooperate}:    {5, 0},
	{Defect, Defect}:       {1, 1},
}

func match(a, b Strategy, rounds int) (int, int, string) {
	var ha, hb []Move
	sa, sb := 0, 0
	var trace strings.Builder
	for range rounds {
		ma, mb := a.Play(ha, hb), b.Play(hb, ha)
		p := payoff[[2]Move{ma, mb}]
		sa += p[0]
		sb += p[1]
		ha, hb = append(ha, ma), append(hb, mb)
		if trace.Len() < 20 {
			trace.WriteString(ma.String() + mb.String() + " ")
		}
	}
	return sa, sb, trace.String()
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	players := []Strategy{AlwaysC{}, AlwaysD{}, TitForTat{}, Grudger{}, Pavlov{}, Random{rng}, TitForTwoTats{}}
	totals := map[string]int{}
	wins := map[string]int{}
	for i := range players {
		for j := i + 1; j < len(players); j++ {
			a, b := players[i], players[j]
			sa, sb, trace := match(a, b, 100)
			totals[a.Name()] += sa
			totals[b.Name()] += sb
			switch {
			case sa > sb:
				wins[a.Name()]++
			case sb > sa:
				wins[b.Name()]++
			}
			fmt.Printf("%-9s vs %-9s %3d:%-3d %s\n", a.Name(), b.Name(), sa, sb, trace)
		}
	}
	names := make([]string, 0, len(totals))
	for n := range totals {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if totals[names[i]] != totals[names[j]] {
			return totals[names[i]] > totals[names[j]]
		}
		return names[i] < names[j]
	})
	fmt.Println("\nstanding   total  head-to-head wins")
	for i, n := range names {
		fmt.Printf("%d. %-9s %5d  %d\n", i+1, n, totals[n], wins[n])
	}
}
