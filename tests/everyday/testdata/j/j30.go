// Command j30 implements a generic Set[T comparable] with set algebra and
// iterator support, then uses it to analyse course enrolments.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
)

type Set[T comparable] struct{ m map[T]struct{} }

func NewSet[T comparable](items ...T) Set[T] {
	s := Set[T]{m: make(map[T]struct{}, len(items))}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func Collect[T comparable](seq iter.Seq[T]) Set[T] {
	s := NewSet[T]()
	for v := range seq {
		s.Add(v)
	}
	return s
}

func (s Set[T]) Add(v T)             { s.m[v] = struct{}{} }
func (s Set[T]) Remove(v T)          { delete(s.m, v) }
func (s Set[T]) Has(v T) bool        { _, ok := s.m[v]; return ok }
func (s Set[T]) Len() int            { return len(s.m) }
func (s Set[T]) All() iter.Seq[T]    { return maps.Keys(s.m) }
func (s Set[T]) Clone() Set[T]       { return Set[T]{maps.Clone(s.m)} }
func (s Set[T]) Equal(o Set[T]) bool { return s.Len() == o.Len() && s.SubsetOf(o) }

func (s Set[T]) Union(o Set[T]) Set[T] {
	out := s.Clone()
	maps.Copy(out.m, o.m)
	return out
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	small, big := s, o
	if small.Len() > big.Len() {
		small, big = big, small
	}
	out := NewSet[T]()
	for v := range small.All() {
		if big.Has(v) {
			out.Add(v)
		}
	}
	return out
}

func (s Set[T]) Diff(o Set[T]) Set[T] {
	out := s.Clone()
	maps.DeleteFunc(out.m, func(k T, _ struct{}) bool { return o.Has(k) })
	return out
}

func (s Set[T]) SubsetOf(o Set[T]) bool {
	for v := range s.All() {
		if !o.Has(v) {
			return false
		}
	}
	return true
}

// Sorted is a free function because it needs a stricter constraint than T.
func Sorted[T cmp.Ordered](s Set[T]) []T { return slices.Sorted(s.All()) }

func main() {
	enrol := map[string]Set[string]{
		"go":      NewSet("ana", "ben", "cy", "dee", "eli"),
		"rust":    NewSet("ben", "dee", "fay"),
		"haskell": NewSet("dee", "gus"),
		"sql":     NewSet("ana", "cy", "fay", "gus", "hal"),
	}
	courses := slices.Sorted(maps.Keys(enrol))

	everyone := NewSet[string]()
	for _, c := range courses {
		everyone = everyone.Union(enrol[c])
		fmt.Printf("%-8s %v\n", c, Sorted(enrol[c]))
	}
	fmt.Println("everyone:", Sorted(everyone))
	fmt.Println("go ∩ sql:", Sorted(enrol["go"].Intersect(enrol["sql"])))
	fmt.Println("go \\ rust:", Sorted(enrol["go"].Diff(enrol["rust"])))
	fmt.Println("haskell ⊆ go∪rust∪sql?", enrol["haskell"].SubsetOf(enrol["go"].Union(enrol["rust"]).Union(enrol["sql"])))

	// Pairs of courses sharing the most students.
	type pair struct {
		a, b   string
		shared int
	}
	var pairs []pair
	for i, a := range courses {
		for _, b := range courses[i+1:] {
			pairs = append(pairs, pair{a, b, enrol[a].Intersect(enrol[b]).Len()})
		}
	}
	slices.SortStableFunc(pairs, func(x, y pair) int { return cmp.Compare(y.shared, x.shared) })
	for _, p := range pairs[:3] {
		fmt.Printf("  %s & %s share %d\n", p.a, p.b, p.shared)
	}

	// Sets of struct values and iterator-based construction.
	type cell struct{ r, c int }
	diag := Collect(func(yield func(cell) bool) {
		for i := range 4 {
			if !yield(cell{i, i}) || !yield(cell{i, 3 - i}) {
				return
			}
		}
	})
	fmt.Println("diagonal cells:", diag.Len(), "has {1 2}:", diag.Has(cell{1, 2}), "has {0 1}:", diag.Has(cell{0, 1}))

	letters := Collect(slices.Values([]rune("mississippi")))
	fmt.Printf("distinct letters: %q\n", Sorted(letters))
	cp := letters.Clone()
	cp.Remove('s')
	fmt.Println("clone independent:", letters.Has('s'), cp.Has('s'), "equal:", letters.Equal(cp))
}
