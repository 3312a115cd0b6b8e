package main

import (
	"fmt"
	"strings"
)

// Monoid is a method-based constraint: T must know how to combine with
// another T and produce its own identity value. (Self-referential type
// parameter lists are permitted since Go 1.26.)
type Monoid[T Monoid[T]] interface {
	Combine(T) T
	Empty() T
}

// Fold combines all values; the zero T is only used to obtain Empty().
func Fold[T Monoid[T]](xs ...T) T {
	var z T
	acc := z.Empty()
	for _, x := range xs {
		acc = acc.Combine(x)
	}
	return acc
}

// FoldMap maps into a monoid first.
func FoldMap[A any, T Monoid[T]](xs []A, f func(A) T) T {
	var z T
	acc := z.Empty()
	for _, x := range xs {
		acc = acc.Combine(f(x))
	}
	return acc
}

type Sum int

func (s Sum) Combine(o Sum) Sum { return s + o }
func (Sum) Empty() Sum          { return 0 }

type MaxLen string

func (m MaxLen) Combine(o MaxLen) MaxLen {
	if len(o) > len(m) {
		return o
	}
	return m
}
func (MaxLen) Empty() MaxLen { return "" }

type Joined []string

func (j Joined) Combine(o Joined) Joined { return append(append(Joined{}, j...), o...) }
func (Joined) Empty() Joined             { return nil }
func (j Joined) String() string          { return strings.Join(j, "+") }

// Stats is a struct monoid: count, sum and range in one pass.
type Stats struct {
	N        int
	Sum      float64
	Min, Max float64
}

func (s Stats) Combine(o Stats) Stats {
	if s.N == 0 {
		return o
	}
	if o.N == 0 {
		return s
	}
	return Stats{s.N + o.N, s.Sum + o.Sum, min(s.Min, o.Min), max(s.Max, o.Max)}
}
func (Stats) Empty() Stats { return Stats{} }
func (s Stats) String() string {
	return fmt.Sprintf("n=%d sum=%.1f range=[%.1f,%.1f]", s.N, s.Sum, s.Min, s.Max)
}

func One(v float64) Stats { return Stats{1, v, v, v} }

// Pair of monoids is itself a monoid.
type Both[A Monoid[A], B Monoid[B]] struct {
	L A
	R B
}

func (p Both[A, B]) Combine(o Both[A, B]) Both[A, B] {
	return Both[A, B]{p.L.Combine(o.L), p.R.Combine(o.R)}
}
func (Both[A, B]) Empty() Both[A, B] {
	var a A
	var b B
	return Both[A, B]{a.Empty(), b.Empty()}
}

func main() {
	fmt.Println("sum:", Fold[Sum](1, 2, 3, 4, 5))
	fmt.Println("empty sum:", Fold[Sum]())
	fmt.Printf("longest: %q\n", Fold[MaxLen]("go", "generic", "monoid", "fold"))
	fmt.Println("joined:", Fold(Joined{"a"}, Joined{"b", "c"}, Joined{}, Joined{"d"}))

	temps := []float64{12.5, 9.0, 15.25, 11.0, 7.75}
	fmt.Println("stats:", FoldMap(temps, One))
	fmt.Println("no stats:", FoldMap([]float64{}, One))

	words := strings.Fields("fold map reduce combine identity")
	both := FoldMap(words, func(w string) Both[Sum, MaxLen] {
		return Both[Sum, MaxLen]{Sum(len(w)), MaxLen(w)}
	})
	fmt.Printf("chars=%v longest=%v\n", both.L, both.R)
	fmt.Printf("%+v\n", both)

	// Associativity check: folding halves then combining equals folding all.
	left := FoldMap(temps[:2], One)
	right := FoldMap(temps[2:], One)
	fmt.Println("associative:", left.Combine(right) == FoldMap(temps, One))
}
