package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Category int

const (
	HighCard Category = iota
	OnePair
	TwoPair
	Trips
	Straight
	Flush
	FullHouse
	Quads
	StraightFlush
)

var categoryNames = [...]string{"high card", "one pair", "two pair", "three of a kind",
	"straight", "flush", "full house", "four of a kind", "straight flush"}

func (c Category) String() string { return categoryNames[c] }

type Card struct {
	Rank int // 2..14
	Suit byte
}

// Value is comparable lexicographically: category then tiebreak ranks.
type Value struct {
	Cat   Category
	Kicks []int
}

func (v Value) Compare(o Value) int {
	return cmp.Or(cmp.Compare(v.Cat, o.Cat), slices.Compare(v.Kicks, o.Kicks))
}

func ParseHand(s string) ([]Card, error) {
	fields := strings.Fields(s)
	if len(fields) != 5 {
		return nil, fmt.Errorf("hand %q: need 5 cards", s)
	}
	var out []Card
	for _, f := range fields {
		if len(f) != 2 {
			return nil, fmt.Errorf("card %q: bad length", f)
		}
		r := strings.IndexByte("23456789TJQKA", f[0])
		if r < 0 || !strings.ContainsRune("cdhs", rune(f[1])) {
			return nil, fmt.Errorf("card %q: unknown", f)
		}
		out = append(out, Card{r + 2, f[1]})
	}
	return out, nil
}

func Evaluate(h []Card) Value {
	counts := map[int]int{}
	flush := true
	for i, c := range h {
		counts[c.Rank]++
		if i > 0 && c.Suit != h[0].Suit {
			flush = false
		}
	}
	// Group ranks by (count desc, rank desc).
	type group struct{ rank, n int }
	var groups []group
	for r, n := range counts {
		groups = append(groups, group{r, n})
	}
	slices.SortFunc(groups, func(a, b group) int { return cmp.Or(b.n-a.n, b.rank-a.rank) })
	kicks := make([]int, len(groups))
	for i, g := range groups {
		kicks[i] = g.rank
	}
	straight := false
	if len(groups) == 5 {
		if kicks[0]-kicks[4] == 4 {
			straight = true
		} else if slices.Equal(kicks, []int{14, 5, 4, 3, 2}) {
			straight, kicks = true, []int{5, 4, 3, 2, 1} // wheel
		}
	}
	switch {
	case straight && flush:
		return Value{StraightFlush, kicks}
	case groups[0].n == 4:
		return Value{Quads, kicks}
	case groups[0].n == 3 && groups[1].n == 2:
		return Value{FullHouse, kicks}
	case flush:
		return Value{Flush, kicks}
	case straight:
		return Value{Straight, kicks}
	case groups[0].n == 3:
		return Value{Trips, kicks}
	case groups[0].n == 2 && groups[1].n == 2:
		return Value{TwoPair, kicks}
	case groups[0].n == 2:
		return Value{OnePair, kicks}
	}
	return Value{HighCard, kicks}
}

func main() {
	players := []struct{ name, hand string }{
		{"alice", "Ah Kh Qh Jh Th"},
		{"bob", "9c 9d 9h 9s 2c"},
		{"carol", "3d 3s 3h 8c 8d"},
		{"dave", "2s 4s 6s 8s Ts"},
		{"erin", "Ac 2d 3h 4s 5c"},
		{"frank", "6c 7d 8h 9s Tc"},
		{"gina", "Qc Qd Qs 4h 7c"},
		{"hank", "Jc Jd 5s 5h Ac"},
		{"ivan", "Jh Js 5c 5d Kc"},
		{"judy", "Kd Kc 9s 7h 2d"},
		{"kyle", "Ad Qs 9c 6d 3s"},
		{"liam", "Ad Qs 9c 6d"},
		{"mona", "Xd Qs 9c 6d 3s"},
	}
	type scored struct {
		name string
		v    Value
	}
	var table []scored
	for _, p := range players {
		h, err := ParseHand(p.hand)
		if err != nil {
			fmt.Printf("%-6s rejected: %v\n", p.name, err)
			continue
		}
		table = append(table, scored{p.name, Evaluate(h)})
	}
	slices.SortStableFunc(table, func(a, b scored) int { return b.v.Compare(a.v) })
	for i, s := range table {
		fmt.Printf("%2d. %-6s %-16v %v\n", i+1, s.name, s.v.Cat, s.v.Kicks)
	}
	h1, _ := ParseHand("Jc Jd 5s 5h Ac")
	h2, _ := ParseHand("Js Jh 5c 5d Ad")
	fmt.Println("split pot?", Evaluate(h1).Compare(Evaluate(h2)) == 0)
}
