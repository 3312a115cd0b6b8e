package main

import (
	"fmt"
	"iter"
	"math/bits"
	"strings"
)

// BitSet is a growable set of non-negative ints.
type BitSet struct{ words []uint64 }

func (s *BitSet) Add(xs ...int) *BitSet {
	for _, x := range xs {
		w := x / 64
		for len(s.words) <= w {
			s.words = append(s.words, 0)
		}
		s.words[w] |= 1 << (x % 64)
	}
	return s
}

func (s *BitSet) Remove(x int) {
	if w := x / 64; w < len(s.words) {
		s.words[w] &^= 1 << (x % 64)
	}
}

func (s *BitSet) Has(x int) bool {
	w := x / 64
	return w < len(s.words) && s.words[w]&(1<<(x%64)) != 0
}

func (s *BitSet) Len() int {
	n := 0
	for _, w := range s.words {
		n += bits.OnesCount64(w)
	}
	return n
}

// All yields members in ascending order.
func (s *BitSet) All() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i, w := range s.words {
			for w != 0 {
				b := bits.TrailingZeros64(w)
				if !yield(i*64 + b) {
					return
				}
				w &= w - 1
			}
		}
	}
}

func combine(a, b *BitSet, op func(x, y uint64) uint64) *BitSet {
	n := max(len(a.words), len(b.words))
	out := &BitSet{words: make([]uint64, n)}
	for i := range n {
		var x, y uint64
		if i < len(a.words) {
			x = a.words[i]
		}
		if i < len(b.words) {
			y = b.words[i]
		}
		out.words[i] = op(x, y)
	}
	return out
}

func or(x, y uint64) uint64     { return x | y }
func and(x, y uint64) uint64    { return x & y }
func andNot(x, y uint64) uint64 { return x &^ y }

func (s *BitSet) Union(o *BitSet) *BitSet     { return combine(s, o, or) }
func (s *BitSet) Intersect(o *BitSet) *BitSet { return combine(s, o, and) }
func (s *BitSet) Diff(o *BitSet) *BitSet      { return combine(s, o, andNot) }

// String compresses runs: {1-3 7 64-66}.
func (s *BitSet) String() string {
	var parts []string
	start, prev := -2, -2
	flush := func() {
		switch {
		case start < 0:
		case start == prev:
			parts = append(parts, fmt.Sprint(start))
		default:
			parts = append(parts, fmt.Sprintf("%d-%d", start, prev))
		}
	}
	for x := range s.All() {
		if x != prev+1 {
			flush()
			start = x
		}
		prev = x
	}
	flush()
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	evens, primes := &BitSet{}, &BitSet{}
	for i := 0; i < 40; i += 2 {
		evens.Add(i)
	}
	sieve := make([]bool, 130)
	for i := 2; i < len(sieve); i++ {
		if !sieve[i] {
			primes.Add(i)
			for j := i * i; j < len(sieve); j += i {
				sieve[j] = true
			}
		}
	}
	run := (&BitSet{}).Add(1, 2, 3, 7, 63, 64, 65, 66, 200)
	fmt.Println("evens     ", evens, "len", evens.Len())
	fmt.Println("primes    ", primes.Len(), "primes below 130")
	fmt.Println("run       ", run, "words", len(run.words))
	fmt.Println("union     ", evens.Union(run))
	fmt.Println("intersect ", primes.Intersect(run))
	fmt.Println("diff      ", run.Diff(evens))
	fmt.Println("has 97/98 ", primes.Has(97), primes.Has(98), "has 9999", primes.Has(9999))
	run.Remove(64)
	fmt.Println("removed 64", run)

	var pairs []string
	for p := range primes.All() {
		if primes.Has(p + 2) {
			if pairs = append(pairs, fmt.Sprintf("(%d,%d)", p, p+2)); len(pairs) == 8 {
				break
			}
		}
	}
	fmt.Println("twin primes", strings.Join(pairs, " "))
	sum := 0
	for p := range primes.All() {
		if p > 100 {
			break
		}
		sum += p
	}
	fmt.Println("sum of primes <= 100:", sum)
	fmt.Printf("%v %s %d\n", &BitSet{}, (&BitSet{}).Add(5), (&BitSet{}).Add(0, 1).Len())
}
