package main

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
)

const corpus = `the cat sat on the mat . the dog sat on the log . the cat saw the dog .
the dog saw the cat on the mat . a bird sat on the cat . the bird saw a dog on the log .
the cat ran off the mat . the dog ran after the cat . the bird flew over the log .`

type Prefix [2]string

func (p Prefix) String() string { return p[0] + " " + p[1] }

func (p Prefix) Shift(word string) Prefix { return Prefix{p[1], word} }

// Chain is an order-2 word-level Markov chain. Suffix slices keep duplicates,
// so sampling uniformly from them reproduces the observed frequencies.
type Chain struct {
	next  map[Prefix][]string
	order []Prefix // insertion order, for deterministic iteration
}

func Build(text string) *Chain {
	c := &Chain{next: map[Prefix][]string{}}
	p := Prefix{".", "."}
	for _, w := range strings.Fields(text) {
		if _, ok := c.next[p]; !ok {
			c.order = append(c.order, p)
		}
		c.next[p] = append(c.next[p], w)
		p = p.Shift(w)
	}
	return c
}

func (c *Chain) Sentence(rng *rand.Rand, maxWords int) string {
	p := Prefix{".", "."}
	var words []string
	for range maxWords {
		choices := c.next[p]
		if len(choices) == 0 {
			break
		}
		w := choices[rng.IntN(len(choices))]
		if w == "." {
			break
		}
		words = append(words, w)
		p = p.Shift(w)
	}
	return strings.Join(words, " ") + "."
}

func main() {
	c := Build(corpus)
	fmt.Printf("prefixes: %d\n", len(c.next))
	type entry struct {
		p     Prefix
		dist  map[string]int
		total int
	}
	var branching []entry
	for _, p := range c.order {
		dist := map[string]int{}
		for _, w := range c.next[p] {
			dist[w]++
		}
		if len(dist) > 1 {
			branching = append(branching, entry{p, dist, len(c.next[p])})
		}
	}
	slices.SortStableFunc(branching, func(a, b entry) int { return b.total - a.total })
	fmt.Println("most branching prefixes:")
	for _, e := range branching[:min(6, len(branching))] {
		var parts []string
		for _, w := range slices.Sorted(maps.Keys(e.dist)) {
			parts = append(parts, fmt.Sprintf("%s:%d", w, e.dist[w]))
		}
		fmt.Printf("  %-10v -> %s\n", e.p, strings.Join(parts, " "))
	}
	for _, seed := range []uint64{1, 2, 3} {
		rng := rand.New(rand.NewPCG(seed, 2024))
		fmt.Printf("seed %d:\n", seed)
		for range 4 {
			fmt.Println("  " + c.Sentence(rng, 20))
		}
	}
	rng := rand.New(rand.NewPCG(7, 7))
	counts := map[string]int{}
	for range 1000 {
		counts[strings.TrimSuffix(strings.Fields(c.Sentence(rng, 20))[1], ".")]++
	}
	fmt.Println("second-word frequencies over 1000 sentences:")
	for _, w := range slices.Sorted(maps.Keys(counts)) {
		fmt.Printf("  %-5s %4d\n", w, counts[w])
	}
}
