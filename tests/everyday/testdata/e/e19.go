package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type Card int // 1=A, 2..10, 11=J, 12=Q, 13=K

func (c Card) Value() int { return min(int(c), 10) }

func (c Card) String() string {
	return [...]string{"?", "A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"}[c]
}

type Hand []Card

// Score returns the best total and whether it is soft (an ace counted as 11).
func (h Hand) Score() (total int, soft bool) {
	aces := 0
	for _, c := range h {
		total += c.Value()
		if c == 1 {
			aces++
		}
	}
	if aces > 0 && total+10 <= 21 {
		return total + 10, true
	}
	return total, false
}

func (h Hand) Blackjack() bool {
	t, _ := h.Score()
	return len(h) == 2 && t == 21
}

func (h Hand) String() string {
	parts := make([]string, len(h))
	for i, c := range h {
		parts[i] = c.String()
	}
	t, soft := h.Score()
	kind := map[bool]string{false: "hard", true: "soft"}[soft]
	return fmt.Sprintf("[%s] %s %d", strings.Join(parts, " "), kind, t)
}

type Shoe struct {
	cards []Card
	rng   *rand.Rand
}

func NewShoe(decks int, rng *rand.Rand) *Shoe {
	s := &Shoe{rng: rng}
	for range decks * 4 {
		for c := Card(1); c <= 13; c++ {
			s.cards = append(s.cards, c)
		}
	}
	rng.Shuffle(len(s.cards), func(i, j int) { s.cards[i], s.cards[j] = s.cards[j], s.cards[i] })
	return s
}

func (s *Shoe) Deal() Card {
	c := s.cards[0]
	s.cards = s.cards[1:]
	return c
}

// Player strategy: should we hit given our hand and the dealer's up card?
type Strategy func(h Hand, up Card) bool

func mimicDealer(h Hand, _ Card) bool { t, _ := h.Score(); return t < 17 }
func never(Hand, Card) bool           { return false }
func basicish(h Hand, up Card) bool {
	t, soft := h.Score()
	switch {
	case soft:
		return t <= 17
	case t <= 11:
		return true
	case t >= 17:
		return false
	case t == 12:
		return up.Value() < 4 || up.Value() > 6
	default:
		return up.Value() >= 7 || up == 1
	}
}

func playRound(s *Shoe, strat Strategy) (int, Hand, Hand) {
	p := Hand{s.Deal(), s.Deal()}
	d := Hand{s.Deal(), s.Deal()}
	switch {
	case p.Blackjack() && d.Blackjack():
		return 0, p, d
	case p.Blackjack():
		return 3, p, d // paid 3:2, tracked in half-units
	case d.Blackjack():
		return -2, p, d
	}
	for strat(p, d[0]) {
		p = append(p, s.Deal())
		if t, _ := p.Score(); t > 21 {
			return -2, p, d
		}
	}
	for t, soft := d.Score(); t < 17 || (t == 17 && soft); t, soft = d.Score() {
		d = append(d, s.Deal())
	}
	pt, _ := p.Score()
	dt, _ := d.Score()
	switch {
	case dt > 21 || pt > dt:
		return 2, p, d
	case pt < dt:
		return -2, p, d
	}
	return 0, p, d
}

func main() {
	for _, h := range []Hand{{1, 6}, {1, 6, 10}, {1, 1, 9}, {13, 1}, {10, 5, 7}, {1, 1, 1, 1, 7}} {
		fmt.Printf("%-22v blackjack=%t\n", h, h.Blackjack())
	}
	strategies := []struct {
		name string
		fn   Strategy
	}{{"never-hit", never}, {"mimic-dealer", mimicDealer}, {"basic-ish", basicish}}
	for _, st := range strategies {
		rng := rand.New(rand.NewPCG(1, 2))
		halfUnits, rounds := 0, 0
		var shoe *Shoe
		for rounds < 5000 {
			if shoe == nil || len(shoe.cards) < 60 {
				shoe = NewShoe(6, rng)
			}
			r, p, d := playRound(shoe, st.fn)
			if rounds < 3 && st.name == "basic-ish" {
				fmt.Printf("  round %d: player %v vs dealer %v -> %+d\n", rounds+1, p, d, r)
			}
			halfUnits += r
			rounds++
		}
		fmt.Printf("%-13s rounds=%d net=%+.1f units edge=%+.2f%%\n", st.name, rounds,
			float64(halfUnits)/2, 100*float64(halfUnits)/2/float64(rounds))
	}
}
