// ag24: generic Set[T comparable] with union, intersection, difference, symmetric difference and subset tests.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](xs ...T) Set[T] {
	s := Set[T]{m: make(map[T]struct{}, len(xs))}
	for _, x := range xs {
		s.m[x] = struct{}{}
	}
	return s
}

func (s Set[T]) Add(xs ...T) {
	for _, x := range xs {
		s.m[x] = struct{}{}
	}
}

func (s Set[T]) Remove(x T)       { delete(s.m, x) }
func (s Set[T]) Has(x T) bool     { _, ok := s.m[x]; return ok }
func (s Set[T]) Len() int         { return len(s.m) }
func (s Set[T]) All() iter.Seq[T] { return maps.Keys(s.m) }

func (s Set[T]) Union(o Set[T]) Set[T] {
	r := NewSet[T]()
	for x := range s.m {
		r.Add(x)
	}
	for x := range o.m {
		r.Add(x)
	}
	return r
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	small, big := s, o
	if small.Len() > big.Len() {
		small, big = big, small
	}
	r := NewSet[T]()
	for x := range small.m {
		if big.Has(x) {
			r.Add(x)
		}
	}
	return r
}

func (s Set[T]) Diff(o Set[T]) Set[T] {
	r := NewSet[T]()
	for x := range s.m {
		if !o.Has(x) {
			r.Add(x)
		}
	}
	return r
}

func (s Set[T]) SymDiff(o Set[T]) Set[T] { return s.Diff(o).Union(o.Diff(s)) }

func (s Set[T]) SubsetOf(o Set[T]) bool {
	for x := range s.m {
		if !o.Has(x) {
			return false
		}
	}
	return true
}

func (s Set[T]) Equal(o Set[T]) bool { return s.Len() == o.Len() && s.SubsetOf(o) }

// Sorted is a free function because it needs a stricter constraint than the type.
func Sorted[T cmp.Ordered](s Set[T]) []T { return slices.Sorted(s.All()) }

func Jaccard[T comparable](a, b Set[T]) float64 {
	u := a.Union(b).Len()
	if u == 0 {
		return 1
	}
	return float64(a.Intersect(b).Len()) / float64(u)
}

type Perm string

type Coord struct{ R, C int }

func main() {
	admin := NewSet[Perm]("read", "write", "delete", "grant", "audit")
	editor := NewSet[Perm]("read", "write", "comment")
	viewer := NewSet[Perm]("read", "comment")
	fmt.Println("editor ∪ viewer:", Sorted(editor.Union(viewer)))
	fmt.Println("admin ∩ editor:", Sorted(admin.Intersect(editor)))
	fmt.Println("admin − editor:", Sorted(admin.Diff(editor)))
	fmt.Println("admin △ editor:", Sorted(admin.SymDiff(editor)))
	fmt.Println("viewer ⊆ editor:", viewer.SubsetOf(editor), "editor ⊆ admin:", editor.SubsetOf(admin))
	granted := editor.Union(NewSet[Perm]("delete"))
	needed := NewSet[Perm]("read", "delete")
	fmt.Println("granted covers needed:", needed.SubsetOf(granted), "missing for admin:", Sorted(admin.Diff(granted)))

	docs := map[string]string{
		"d1": "the cat sat on the mat",
		"d2": "the cat lay on the rug",
		"d3": "dogs chase the cat",
		"d4": "quantum field theory notes",
	}
	shingles := map[string]Set[string]{}
	for id, text := range docs {
		shingles[id] = NewSet(strings.Fields(text)...)
	}
	ids := slices.Sorted(maps.Keys(docs))
	for i, a := range ids {
		for _, b := range ids[i+1:] {
			fmt.Printf("jaccard(%s,%s) = %.3f\n", a, b, Jaccard(shingles[a], shingles[b]))
		}
	}

	board := NewSet(Coord{0, 0}, Coord{0, 1}, Coord{1, 1})
	moves := NewSet(Coord{1, 1}, Coord{2, 2}, Coord{0, 1})
	common := board.Intersect(moves)
	var cs []string
	for c := range common.All() {
		cs = append(cs, fmt.Sprintf("(%d,%d)", c.R, c.C))
	}
	slices.Sort(cs)
	fmt.Println("occupied targets:", cs)

	primes := NewSet(2, 3, 5, 7, 11, 13)
	odds := NewSet[int]()
	for i := 1; i < 15; i += 2 {
		odds.Add(i)
	}
	fmt.Println("odd primes:", Sorted(primes.Intersect(odds)))
	primes.Remove(2)
	fmt.Println("after removing 2, primes ⊆ odds:", primes.SubsetOf(odds), "equal to itself:", primes.Equal(primes.Union(NewSet[int]())))
	fmt.Println("empty jaccard:", Jaccard(NewSet[int](), NewSet[int]()))
}
