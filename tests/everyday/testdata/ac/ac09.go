// Poker: deck with seeded shuffle, deal five-card hands, evaluate and rank them.
package main

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

type Suit int

const (
	Clubs Suit = iota
	Diamonds
	Hearts
	Spades
)

func (s Suit) String() string { return [...]string{"c", "d", "h", "s"}[s] }

type Rank int

func (r Rank) String() string {
	if r == 1 {
		return "A" // ace played low in a wheel straight
	}
	return string("23456789TJQKA"[r-2])
}

type Card struct {
	Rank Rank
	Suit Suit
}

func (c Card) String() string { return c.Rank.String() + c.Suit.String() }

type Deck []Card

func NewDeck() Deck {
	var d Deck
	for s := Clubs; s <= Spades; s++ {
		for r := Rank(2); r <= 14; r++ {
			d = append(d, Card{r, s})
		}
	}
	return d
}

func (d *Deck) Shuffle(rng *rand.Rand) {
	rng.Shuffle(len(*d), func(i, j int) { (*d)[i], (*d)[j] = (*d)[j], (*d)[i] })
}

func (d *Deck) Deal(n int) []Card {
	h := append([]Card(nil), (*d)[:n]...)
	*d = (*d)[n:]
	return h
}

type Category int

const (
	HighCard Category = iota
	Pair
	TwoPair
	Trips
	Straight
	Flush
	FullHouse
	Quads
	StraightFlush
)

var catNames = []string{"high card", "pair", "two pair", "three of a kind", "straight",
	"flush", "full house", "four of a kind", "straight flush"}

func (c Category) String() string { return catNames[c] }

type Value struct {
	Cat    Category
	Tiebrk []Rank
}

func Evaluate(hand []Card) Value {
	counts := map[Rank]int{}
	flush := true
	for _, c := range hand {
		counts[c.Rank]++
		if c.Suit != hand[0].Suit {
			flush = false
		}
	}
	ranks := make([]Rank, 0, len(counts))
	for r := range counts {
		ranks = append(ranks, r)
	}
	slices.SortFunc(ranks, func(a, b Rank) int {
		if c := cmp.Compare(counts[b], counts[a]); c != 0 {
			return c
		}
		return cmp.Compare(b, a)
	})
	straight := false
	if len(ranks) == 5 {
		if ranks[0]-ranks[4] == 4 {
			straight = true
		} else if ranks[0] == 14 && ranks[1] == 5 {
			straight = true
			ranks = []Rank{5, 4, 3, 2, 1}
		}
	}
	v := Value{Tiebrk: ranks}
	switch {
	case straight && flush:
		v.Cat = StraightFlush
	case counts[ranks[0]] == 4:
		v.Cat = Quads
	case counts[ranks[0]] == 3 && len(ranks) == 2:
		v.Cat = FullHouse
	case flush:
		v.Cat = Flush
	case straight:
		v.Cat = Straight
	case counts[ranks[0]] == 3:
		v.Cat = Trips
	case counts[ranks[0]] == 2 && len(ranks) == 3:
		v.Cat = TwoPair
	case counts[ranks[0]] == 2:
		v.Cat = Pair
	}
	return v
}

func Compare(a, b Value) int {
	if c := cmp.Compare(a.Cat, b.Cat); c != 0 {
		return c
	}
	return slices.Compare(a.Tiebrk, b.Tiebrk)
}

func main() {
	rng := rand.New(rand.NewPCG(7, 11))
	players := []string{"Ann", "Bob", "Cid", "Dee", "Eve"}
	for round := 1; round <= 3; round++ {
		d := NewDeck()
		d.Shuffle(rng)
		type seat struct {
			name string
			hand []Card
			val  Value
		}
		var seats []seat
		for _, p := range players {
			h := d.Deal(5)
			seats = append(seats, seat{p, h, Evaluate(h)})
		}
		slices.SortStableFunc(seats, func(a, b seat) int { return Compare(b.val, a.val) })
		fmt.Printf("round %d (%d cards left)\n", round, len(d))
		for i, s := range seats {
			fmt.Printf("  %d. %-4s %v  %s\n", i+1, s.name, s.hand, s.val.Cat)
		}
	}
	hist := make([]int, StraightFlush+1)
	for i := 0; i < 400; i++ {
		d := NewDeck()
		d.Shuffle(rng)
		hist[Evaluate(d.Deal(5)).Cat]++
	}
	fmt.Println("distribution over 400 random hands:")
	for c, n := range hist {
		fmt.Printf("  %-16s %3d %s\n", Category(c), n, strings.Repeat("*", n/8))
	}
	fixed := [][]Card{
		{{14, Spades}, {2, Hearts}, {3, Clubs}, {4, Diamonds}, {5, Spades}},
		{{10, Hearts}, {11, Hearts}, {12, Hearts}, {13, Hearts}, {14, Hearts}},
		{{9, Clubs}, {9, Hearts}, {9, Spades}, {4, Clubs}, {4, Diamonds}},
	}
	for _, h := range fixed {
		v := Evaluate(h)
		fmt.Printf("%v => %s %v\n", h, v.Cat, v.Tiebrk)
	}
}
