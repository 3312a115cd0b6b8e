package main

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

type Suit uint8

const (
	Clubs Suit = iota
	Diamonds
	Hearts
	Spades
)

func (s Suit) String() string { return string("cdhs"[s]) }

type Rank uint8

const (
	Two Rank = iota + 2
	Three
	Four
	Five
	Six
	Seven
	Eight
	Nine
	Ten
	Jack
	Queen
	King
	Ace
)

func (r Rank) String() string { return string("23456789TJQKA"[r-2]) }

type Card struct {
	Rank Rank
	Suit Suit
}

func (c Card) String() string { return c.Rank.String() + c.Suit.String() }

type Deck struct {
	cards []Card
	rng   *rand.Rand
}

var ErrEmpty = errors.New("deck exhausted")

func NewDeck(rng *rand.Rand) *Deck {
	d := &Deck{rng: rng}
	for s := Clubs; s <= Spades; s++ {
		for r := Two; r <= Ace; r++ {
			d.cards = append(d.cards, Card{r, s})
		}
	}
	return d
}

// Shuffle is a hand-written Fisher-Yates so the algorithm is explicit.
func (d *Deck) Shuffle() {
	for i := len(d.cards) - 1; i > 0; i-- {
		j := d.rng.IntN(i + 1)
		d.cards[i], d.cards[j] = d.cards[j], d.cards[i]
	}
}

func (d *Deck) Draw(n int) ([]Card, error) {
	if n > len(d.cards) {
		return nil, fmt.Errorf("draw %d with %d left: %w", n, len(d.cards), ErrEmpty)
	}
	hand := slices.Clone(d.cards[:n])
	d.cards = d.cards[n:]
	return hand, nil
}

func (d *Deck) Len() int { return len(d.cards) }

func sortHand(h []Card) {
	slices.SortFunc(h, func(a, b Card) int {
		if a.Suit != b.Suit {
			return int(a.Suit) - int(b.Suit)
		}
		return int(b.Rank) - int(a.Rank)
	})
}

func hcp(h []Card) int {
	pts := 0
	for _, c := range h {
		if c.Rank >= Jack {
			pts += int(c.Rank - Ten)
		}
	}
	return pts
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	d := NewDeck(rng)
	fmt.Println("fresh top 8:", d.cards[:8])
	d.Shuffle()
	fmt.Println("shuffled top 8:", d.cards[:8])

	seats := []string{"North", "East", "South", "West"}
	for _, seat := range seats {
		h, err := d.Draw(13)
		if err != nil {
			fmt.Println(err)
			return
		}
		sortHand(h)
		var bySuit [4][]string
		for _, c := range h {
			bySuit[c.Suit] = append(bySuit[c.Suit], c.Rank.String())
		}
		fmt.Printf("%-6s hcp=%2d  S:%-6s H:%-6s D:%-6s C:%-6s\n", seat, hcp(h),
			strings.Join(bySuit[Spades], ""), strings.Join(bySuit[Hearts], ""),
			strings.Join(bySuit[Diamonds], ""), strings.Join(bySuit[Clubs], ""))
	}
	_, err := d.Draw(1)
	fmt.Println("after deal:", err, errors.Is(err, ErrEmpty))

	// Empirical check: how often is the ace of spades in the top 4 after a shuffle?
	const trials = 20000
	hits := 0
	positions := make([]int, 52)
	for range trials {
		dd := NewDeck(rng)
		dd.Shuffle()
		i := slices.Index(dd.cards, Card{Ace, Spades})
		positions[i]++
		if i < 4 {
			hits++
		}
	}
	fmt.Printf("AS in top 4: %.4f (expect %.4f)\n", float64(hits)/trials, 4.0/52)
	lo, hi := slices.Min(positions), slices.Max(positions)
	fmt.Printf("position counts min=%d max=%d (mean %.1f)\n", lo, hi, float64(trials)/52)
}
