// Blackjack rounds with a seeded shoe (math/rand/v2 PCG) and a simple
// dealer-style strategy for the player.
package main

import (
	"fmt"
	"iter"
	"math/rand/v2"
	"slices"
	"strings"
)

type Suit uint8
type Rank uint8

type Card struct {
	Rank Rank // 1 = ace, 11-13 = J Q K
	Suit Suit
}

func (c Card) String() string {
	ranks := [...]string{"", "A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"}
	suits := [...]string{"♠", "♥", "♦", "♣"}
	return ranks[c.Rank] + suits[c.Suit]
}

type Shoe struct {
	cards []Card
	pos   int
	rng   *rand.Rand
	decks int
}

func NewShoe(decks int, rng *rand.Rand) *Shoe {
	s := &Shoe{rng: rng, decks: decks}
	s.reshuffle()
	return s
}

func (s *Shoe) reshuffle() {
	s.cards = s.cards[:0]
	for range s.decks {
		for suit := range Suit(4) {
			for r := Rank(1); r <= 13; r++ {
				s.cards = append(s.cards, Card{r, suit})
			}
		}
	}
	s.rng.Shuffle(len(s.cards), func(i, j int) { s.cards[i], s.cards[j] = s.cards[j], s.cards[i] })
	s.pos = 0
}

// Cards deals lazily; the shoe is reshuffled when 75% has been used.
func (s *Shoe) Cards() iter.Seq[Card] {
	return func(yield func(Card) bool) {
		for {
			if s.pos >= len(s.cards)*3/4 {
				s.reshuffle()
			}
			c := s.cards[s.pos]
			s.pos++
			if !yield(c) {
				return
			}
		}
	}
}

func score(hand []Card) (total int, soft bool) {
	aces := 0
	for _, c := range hand {
		switch {
		case c.Rank == 1:
			aces++
			total++
		case c.Rank >= 10:
			total += 10
		default:
			total += int(c.Rank)
		}
	}
	if aces > 0 && total+10 <= 21 {
		return total + 10, true
	}
	return total, false
}

func format(hand []Card) string {
	parts := make([]string, len(hand))
	for i, c := range hand {
		parts[i] = c.String()
	}
	t, soft := score(hand)
	s := ""
	if soft {
		s = " soft"
	}
	return fmt.Sprintf("%s (%d%s)", strings.Join(parts, " "), t, s)
}

func playRound(next func() (Card, bool), standOn int) (player, dealer []Card, outcome int) {
	draw := func() Card { c, _ := next(); return c }
	player = []Card{draw(), draw()}
	dealer = []Card{draw(), draw()}
	for {
		if t, _ := score(player); t >= standOn {
			break
		}
		player = append(player, draw())
	}
	pt, _ := score(player)
	if pt > 21 {
		return player, dealer, -1
	}
	for {
		t, soft := score(dealer)
		if t > 17 || (t == 17 && !soft) {
			break
		}
		dealer = append(dealer, draw())
	}
	dt, _ := score(dealer)
	switch {
	case dt > 21 || pt > dt:
		return player, dealer, 1
	case pt < dt:
		return player, dealer, -1
	}
	return player, dealer, 0
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	shoe := NewShoe(2, rng)
	next, stop := iter.Pull(shoe.Cards())
	defer stop()

	bankroll := 100
	names := map[int]string{1: "WIN", 0: "push", -1: "lose"}
	for round := range 8 {
		p, d, out := playRound(next, 17)
		bankroll += 10 * out
		fmt.Printf("round %d: player %-22s | dealer %-22s -> %-4s bankroll %d\n", round+1, format(p), format(d), names[out], bankroll)
	}

	// Strategy comparison over many rounds with fresh, identically seeded shoes.
	fmt.Println("\nstand-on threshold study (2000 rounds each, same seed):")
	for _, standOn := range []int{12, 15, 17, 19} {
		shoe := NewShoe(6, rand.New(rand.NewPCG(1, 2)))
		next, stop := iter.Pull(shoe.Cards())
		tally := map[int]int{}
		for range 2000 {
			_, _, out := playRound(next, standOn)
			tally[out]++
		}
		stop()
		net := tally[1] - tally[-1]
		fmt.Printf("  stand on %2d: win %4d push %3d lose %4d net %+5d units\n", standOn, tally[1], tally[0], tally[-1], net)
	}

	// The first ten cards of a freshly seeded single deck are always the same.
	deck := NewShoe(1, rand.New(rand.NewPCG(1, 2)))
	first := slices.Collect(func(yield func(Card) bool) {
		n := 0
		for c := range deck.Cards() {
			if n == 10 || !yield(c) {
				return
			}
			n++
		}
	})
	fmt.Println("\nfirst ten cards:", first)
}
