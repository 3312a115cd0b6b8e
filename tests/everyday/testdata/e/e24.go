package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type Team struct {
	Name     string
	Seed     int
	Strength int
}

type Match struct {
	Round    int
	A, B     *Team
	Winner   *Team
	ScoreA   int
	ScoreB   int
	FeedFrom [2]*Match
}

func (m *Match) String() string {
	if m.B == nil {
		return fmt.Sprintf("(%d) %s bye", m.A.Seed, m.A.Name)
	}
	return fmt.Sprintf("(%d) %-8s %2d - %-2d %-8s (%d)  -> %s", m.A.Seed, m.A.Name, m.ScoreA, m.ScoreB, m.B.Name, m.B.Seed, m.Winner.Name)
}

// seedOrder returns the standard bracket order for n (a power of two) seeds,
// so that 1 and 2 can only meet in the final.
func seedOrder(n int) []int {
	order := []int{1}
	for len(order) < n {
		size := len(order) * 2
		next := make([]int, 0, size)
		for _, s := range order {
			next = append(next, s, size+1-s)
		}
		order = next
	}
	return order
}

type Bracket struct {
	Rounds [][]*Match
	rng    *rand.Rand
}

func NewBracket(teams []*Team, rng *rand.Rand) *Bracket {
	size := 1
	for size < len(teams) {
		size *= 2
	}
	bySeed := map[int]*Team{}
	for _, t := range teams {
		bySeed[t.Seed] = t
	}
	b := &Bracket{rng: rng}
	var first []*Match
	order := seedOrder(size)
	for i := 0; i < size; i += 2 {
		first = append(first, &Match{Round: 1, A: bySeed[order[i]], B: bySeed[order[i+1]]})
	}
	b.Rounds = append(b.Rounds, first)
	for prev := first; len(prev) > 1; {
		var cur []*Match
		for i := 0; i < len(prev); i += 2 {
			cur = append(cur, &Match{Round: prev[0].Round + 1, FeedFrom: [2]*Match{prev[i], prev[i+1]}})
		}
		b.Rounds = append(b.Rounds, cur)
		prev = cur
	}
	return b
}

func (b *Bracket) play(m *Match) {
	if m.FeedFrom[0] != nil {
		m.A, m.B = m.FeedFrom[0].Winner, m.FeedFrom[1].Winner
	}
	if m.B == nil {
		m.Winner = m.A
		return
	}
	for m.ScoreA == m.ScoreB {
		m.ScoreA = b.rng.IntN(m.A.Strength + 1)
		m.ScoreB = b.rng.IntN(m.B.Strength + 1)
	}
	m.Winner = m.A
	if m.ScoreB > m.ScoreA {
		m.Winner = m.B
	}
}

func (b *Bracket) Run() *Team {
	names := map[int]string{1: "Final", 2: "Semifinals", 3: "Quarterfinals"}
	for i, round := range b.Rounds {
		left := len(b.Rounds) - i
		title, ok := names[left]
		if !ok {
			title = fmt.Sprintf("Round of %d", len(round)*2)
		}
		fmt.Println("==", title)
		for _, m := range round {
			b.play(m)
			fmt.Println("  ", m)
		}
	}
	return b.Rounds[len(b.Rounds)-1][0].Winner
}

func main() {
	names := strings.Fields("Lions Tigers Bears Wolves Eagles Hawks Sharks Otters Bison Cobras Foxes Owls")
	var teams []*Team
	for i, n := range names {
		teams = append(teams, &Team{Name: n, Seed: i + 1, Strength: 30 - 2*i})
	}
	fmt.Println("bracket order for 16:", seedOrder(16))
	rng := rand.New(rand.NewPCG(1, 2))
	champ := NewBracket(teams, rng).Run()
	fmt.Printf("Champion: %s (seed %d)\n", champ.Name, champ.Seed)

	// Repeat many times to estimate title odds per seed.
	titles := make([]int, len(teams)+1)
	for range 2000 {
		b := NewBracket(teams, rng)
		for _, round := range b.Rounds {
			for _, m := range round {
				b.play(m)
			}
		}
		titles[b.Rounds[len(b.Rounds)-1][0].Winner.Seed]++
	}
	for seed := 1; seed <= len(teams); seed++ {
		fmt.Printf("seed %2d %-7s %5.1f%%\n", seed, teams[seed-1].Name, float64(titles[seed])/20)
	}
}
