// Blackjack simulation with pluggable player strategies and a seeded shoe.
package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
)

type Card int // 1=Ace, 2..10, 11=J,12=Q,13=K

func (c Card) Points() int {
	if c > 10 {
		return 10
	}
	return int(c)
}

func (c Card) String() string {
	switch c {
	case 1:
		return "A"
	case 11:
		return "J"
	case 12:
		return "Q"
	case 13:
		return "K"
	}
	return fmt.Sprint(int(c))
}

type Hand []Card

func (h Hand) Score() (total int, soft bool) {
	aces := 0
	for _, c := range h {
		total += c.Points()
		if c == 1 {
			aces++
		}
	}
	if aces > 0 && total+10 <= 21 {
		return total + 10, true
	}
	return total, false
}

type Shoe struct {
	cards []Card
	rng   *rand.Rand
}

func NewShoe(decks int, rng *rand.Rand) *Shoe {
	s := &Shoe{rng: rng}
	for d := 0; d < decks*4; d++ {
		for c := Card(1); c <= 13; c++ {
			s.cards = append(s.cards, c)
		}
	}
	rng.Shuffle(len(s.cards), func(i, j int) { s.cards[i], s.cards[j] = s.cards[j], s.cards[i] })
	return s
}

func (s *Shoe) Draw() Card {
	c := s.cards[len(s.cards)-1]
	s.cards = s.cards[:len(s.cards)-1]
	return c
}

type Strategy interface {
	Hit(h Hand, dealerUp Card) bool
	Name() string
}

type StandAt int

func (s StandAt) Hit(h Hand, _ Card) bool { t, _ := h.Score(); return t < int(s) }
func (s StandAt) Name() string            { return fmt.Sprintf("stand-at-%d", int(s)) }

type Basic struct{}

func (Basic) Name() string { return "basic" }
func (Basic) Hit(h Hand, up Card) bool {
	t, soft := h.Score()
	if soft {
		return t <= 17
	}
	switch {
	case t <= 11:
		return true
	case t == 12:
		return up.Points() < 4 || up.Points() > 6 || up == 1
	case t <= 16:
		return up.Points() >= 7 || up == 1
	}
	return false
}

type Outcome int

const (
	Lose Outcome = iota
	Push
	Win
)

func (o Outcome) String() string {
	switch o {
	case Lose:
		return "lose"
	case Push:
		return "push"
	case Win:
		return "win"
	}
	return "?"
}

func play(shoe *Shoe, st Strategy) (Outcome, Hand, Hand) {
	p := Hand{shoe.Draw(), shoe.Draw()}
	d := Hand{shoe.Draw(), shoe.Draw()}
	for st.Hit(p, d[0]) {
		p = append(p, shoe.Draw())
	}
	pt, _ := p.Score()
	if pt > 21 {
		return Lose, p, d
	}
	for {
		dt, _ := d.Score()
		if dt >= 17 {
			break
		}
		d = append(d, shoe.Draw())
	}
	dt, _ := d.Score()
	switch {
	case dt > 21 || pt > dt:
		return Win, p, d
	case pt == dt:
		return Push, p, d
	}
	return Lose, p, d
}

func main() {
	strategies := []Strategy{StandAt(12), StandAt(15), StandAt(17), Basic{}}
	for _, st := range strategies {
		rng := rand.New(rand.NewPCG(42, 99))
		var tally [3]int
		for round := 0; round < 200; round++ {
			shoe := NewShoe(1, rng)
			out, p, d := play(shoe, st)
			tally[out]++
			if round < 3 {
				pt, _ := p.Score()
				dt, _ := d.Score()
				fmt.Printf("  %-12s player %v=%d dealer %v=%d -> %v\n", st.Name(), p, pt, d, dt, out)
			}
		}
		net := tally[Win] - tally[Lose]
		fmt.Printf("%-12s wins=%d pushes=%d losses=%d net=%+d\n", st.Name(), tally[Win], tally[Push], tally[Lose], net)
	}
	soft := []Hand{{1, 6}, {1, 6, 10}, {1, 1, 9}, {13, 12, 1}}
	for _, h := range soft {
		t, s := h.Score()
		fmt.Printf("hand %v score=%d soft=%v\n", h, t, s)
	}
	sorted := slices.Clone(soft[2])
	slices.Sort(sorted)
	fmt.Println("sorted cards:", sorted)
}
