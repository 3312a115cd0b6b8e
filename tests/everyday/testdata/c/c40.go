// Generate product-review-like sentences from a bigram Markov chain with a
// seeded math/rand/v2 source; generation is an infinite iterator cut short by Take.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
)

const corpus = `
The battery lasts all day and the screen is bright.
The screen is sharp but the speakers are weak.
The speakers are loud and the battery charges fast.
The camera is great in daylight but weak at night.
The battery is great and the camera is sharp.
Shipping was fast and the box was intact.
The box was damaged but the phone is fine.
The phone is fast and the screen is great.
`

type next struct {
	word  string
	count int
}

type Chain struct {
	trans map[string][]next // sorted by word for determinism
	total map[string]int
}

const start, end = "<s>", "</s>"

func Train(text string) *Chain {
	counts := map[string]map[string]int{}
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(strings.ToLower(line))
		if line == "" {
			continue
		}
		prev := start
		words := append(strings.Fields(strings.TrimSuffix(line, ".")), end)
		for _, w := range words {
			if counts[prev] == nil {
				counts[prev] = map[string]int{}
			}
			counts[prev][w]++
			prev = w
		}
	}
	c := &Chain{trans: map[string][]next{}, total: map[string]int{}}
	for from, tos := range counts {
		for _, w := range slices.Sorted(maps.Keys(tos)) {
			c.trans[from] = append(c.trans[from], next{w, tos[w]})
			c.total[from] += tos[w]
		}
	}
	return c
}

func (c *Chain) pick(r *rand.Rand, from string) string {
	n := r.IntN(c.total[from])
	for _, nx := range c.trans[from] {
		if n < nx.count {
			return nx.word
		}
		n -= nx.count
	}
	panic("unreachable")
}

// Sentences yields generated sentences forever.
func (c *Chain) Sentences(r *rand.Rand, maxWords int) iter.Seq[string] {
	return func(yield func(string) bool) {
		for {
			var words []string
			for w := c.pick(r, start); w != end && len(words) < maxWords; w = c.pick(r, w) {
				words = append(words, w)
			}
			s := strings.Join(words, " ")
			s = strings.ToUpper(s[:1]) + s[1:] + "."
			if !yield(s) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			if i++; i == n {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func main() {
	chain := Train(corpus)
	fmt.Printf("states: %d\n", len(chain.trans))
	for _, w := range []string{start, "the", "is", "battery"} {
		var parts []string
		for _, nx := range chain.trans[w] {
			parts = append(parts, fmt.Sprintf("%s:%d", nx.word, nx.count))
		}
		fmt.Printf("  %-8s -> %s\n", w, strings.Join(parts, " "))
	}

	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println("\nsix generated reviews:")
	for s := range Take(chain.Sentences(r, 14), 6) {
		fmt.Println("  *", s)
	}

	novel := Filter(chain.Sentences(r, 14), func(s string) bool {
		return !strings.Contains(strings.ToLower(corpus), strings.ToLower(s))
	})
	fmt.Println("\nfour sentences not in the training text:")
	for s := range Take(novel, 4) {
		fmt.Println("  *", s)
	}

	// Word frequency over a larger generated sample.
	freq := map[string]int{}
	for s := range Take(chain.Sentences(rand.New(rand.NewPCG(1, 2)), 14), 500) {
		for w := range strings.FieldsSeq(strings.ToLower(strings.TrimSuffix(s, "."))) {
			freq[w]++
		}
	}
	top := slices.SortedFunc(maps.Keys(freq), func(a, b string) int {
		return cmp.Or(cmp.Compare(freq[b], freq[a]), cmp.Compare(a, b))
	})
	fmt.Println("\ntop words in 500 generated sentences:")
	for _, w := range top[:8] {
		fmt.Printf("  %-9s %4d\n", w, freq[w])
	}

	// Same seed, same text.
	a := slices.Collect(Take(chain.Sentences(rand.New(rand.NewPCG(7, 7)), 10), 3))
	b := slices.Collect(Take(chain.Sentences(rand.New(rand.NewPCG(7, 7)), 10), 3))
	fmt.Println("\nreproducible with equal seeds:", slices.Equal(a, b))
}
