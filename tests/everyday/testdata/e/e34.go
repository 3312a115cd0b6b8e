package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
)

type Space interface {
	Name() string
	Land(g *Game, p *Player)
}

type Property struct {
	Title string
	Price int
	Rent  int
	Owner *Player
	Hits  int
}

func (pr *Property) Name() string { return pr.Title }
func (pr *Property) Land(g *Game, p *Player) {
	pr.Hits++
	switch {
	case pr.Owner == nil && p.Cash >= pr.Price+100:
		pr.Owner = p
		p.Cash -= pr.Price
		p.Owned = append(p.Owned, pr)
	case pr.Owner != nil && pr.Owner != p:
		pay := min(pr.Rent, p.Cash)
		p.Cash -= pay
		pr.Owner.Cash += pay
		g.RentPaid += pay
	}
}

type Tax struct{ Amount int }

func (t Tax) Name() string { return fmt.Sprintf("Tax %d", t.Amount) }
func (t Tax) Land(g *Game, p *Player) {
	p.Cash -= min(t.Amount, p.Cash)
	g.Pot += t.Amount
}

type GoToJail struct{}

func (GoToJail) Name() string { return "Go To Jail" }
func (GoToJail) Land(g *Game, p *Player) {
	p.Pos = g.jail
	p.JailTurns = 2
}

type FreeParking struct{}

func (FreeParking) Name() string { return "Free Parking" }
func (FreeParking) Land(g *Game, p *Player) {
	p.Cash += g.Pot
	g.Pot = 0
}

type Blank string

func (b Blank) Name() string      { return string(b) }
func (Blank) Land(*Game, *Player) {}

type Player struct {
	Name      string
	Cash      int
	Pos       int
	JailTurns int
	Owned     []*Property
}

type Game struct {
	Board    []Space
	Players  []*Player
	Pot      int
	RentPaid int
	jail     int
	rng      *rand.Rand
	landings []int
}

func (g *Game) Turn(p *Player) {
	d1, d2 := g.rng.IntN(6)+1, g.rng.IntN(6)+1
	if p.JailTurns > 0 && d1 != d2 {
		p.JailTurns--
		return
	}
	p.JailTurns = 0
	next := p.Pos + d1 + d2
	if next >= len(g.Board) {
		p.Cash += 200 // passed Go
	}
	p.Pos = next % len(g.Board)
	g.landings[p.Pos]++
	g.Board[p.Pos].Land(g, p)
}

func main() {
	prop := func(name string, price int) *Property { return &Property{Title: name, Price: price, Rent: price / 5} }
	g := &Game{rng: rand.New(rand.NewPCG(1, 2))}
	g.Board = []Space{
		Blank("Go"), prop("Old Kent", 60), Tax{100}, prop("Whitechapel", 60), prop("Kings Cross", 200),
		prop("Angel", 100), Blank("Jail"), prop("Pall Mall", 140), prop("Whitehall", 140), prop("Bow St", 180),
		FreeParking{}, prop("Strand", 220), prop("Fleet St", 220), prop("Trafalgar", 240), prop("Leicester Sq", 260),
		GoToJail{}, prop("Regent St", 300), prop("Oxford St", 300), Tax{75}, prop("Mayfair", 400),
	}
	g.jail = slices.IndexFunc(g.Board, func(s Space) bool { return s.Name() == "Jail" })
	g.landings = make([]int, len(g.Board))
	for _, n := range []string{"Ann", "Bo", "Cy", "Di"} {
		g.Players = append(g.Players, &Player{Name: n, Cash: 1500})
	}
	for round := 1; round <= 60; round++ {
		for _, p := range g.Players {
			g.Turn(p)
		}
		if round%20 == 0 {
			fmt.Printf("round %d:", round)
			for _, p := range g.Players {
				fmt.Printf(" %s=$%d/%dprops", p.Name, p.Cash, len(p.Owned))
			}
			fmt.Println()
		}
	}
	fmt.Printf("rent paid total $%d, pot $%d\n", g.RentPaid, g.Pot)
	type hot struct {
		name string
		n    int
	}
	var hs []hot
	for i, s := range g.Board {
		hs = append(hs, hot{s.Name(), g.landings[i]})
	}
	slices.SortStableFunc(hs, func(a, b hot) int { return b.n - a.n })
	fmt.Println("most landed:")
	for _, h := range hs[:6] {
		fmt.Printf("  %-13s %3d\n", h.name, h.n)
	}
	for _, p := range g.Players {
		names := make([]string, len(p.Owned))
		for i, pr := range p.Owned {
			names[i] = pr.Title
		}
		slices.Sort(names)
		fmt.Printf("%-3s owns %v\n", p.Name, names)
	}
}
