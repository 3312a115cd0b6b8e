// A generic set type used to analyse course enrolments.
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
func (s Set[T]) Clone() Set[T]       { return Set[T]{m: maps.Clone(s.m)} }
func (s Set[T]) Equal(o Set[T]) bool { return s.Len() == o.Len() && s.SubsetOf(o) }
func (s Set[T]) SubsetOf(o Set[T]) bool {
	for v := range s.m {
		if !o.Has(v) {
			return false
		}
	}
	return true
}

func (s Set[T]) Union(o Set[T]) Set[T] {
	r := s.Clone()
	for v := range o.m {
		r.Add(v)
	}
	return r
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	small, big := s, o
	if small.Len() > big.Len() {
		small, big = big, small
	}
	r := NewSet[T]()
	for v := range small.m {
		if big.Has(v) {
			r.Add(v)
		}
	}
	return r
}

func (s Set[T]) Difference(o Set[T]) Set[T] {
	r := NewSet[T]()
	for v := range s.m {
		if !o.Has(v) {
			r.Add(v)
		}
	}
	return r
}

func Sorted[T cmp.Ordered](s Set[T]) []T {
	return slices.Sorted(s.All())
}

func show[T cmp.Ordered](label string, s Set[T]) {
	parts := make([]string, 0, s.Len())
	for _, v := range Sorted(s) {
		parts = append(parts, fmt.Sprint(v))
	}
	fmt.Printf("%-28s {%s}\n", label, strings.Join(parts, ", "))
}

var enrolments = map[string][]string{
	"algorithms": {"ana", "ben", "chen", "dara", "eli", "fatima"},
	"databases":  {"ben", "chen", "gita", "hugo"},
	"networks":   {"ana", "chen", "hugo", "ivan", "jun"},
	"compilers":  {"chen", "dara", "jun"},
	"graphics":   {"kofi", "lena"},
}

func main() {
	courses := map[string]Set[string]{}
	for name, students := range enrolments {
		courses[name] = NewSet(students...)
	}
	names := slices.Sorted(maps.Keys(courses))
	for _, n := range names {
		show(n, courses[n])
	}

	everyone := NewSet[string]()
	for _, n := range names {
		everyone = everyone.Union(courses[n])
	}
	show("all students", everyone)
	fmt.Println("student count:", everyone.Len())

	show("algorithms & databases", courses["algorithms"].Intersect(courses["databases"]))
	show("networks - algorithms", courses["networks"].Difference(courses["algorithms"]))

	common := courses[names[0]].Clone()
	for _, n := range names[1:] {
		common = common.Intersect(courses[n])
	}
	show("in every course", common)

	// Count courses per student.
	load := map[string]int{}
	for _, n := range names {
		for s := range courses[n].All() {
			load[s]++
		}
	}
	busiest := slices.SortedFunc(maps.Keys(load), func(a, b string) int {
		return cmp.Or(cmp.Compare(load[b], load[a]), cmp.Compare(a, b))
	})
	for _, s := range busiest[:4] {
		fmt.Printf("  %-7s takes %d course(s)\n", s, load[s])
	}

	fmt.Println("compilers ⊆ algorithms∪networks?",
		courses["compilers"].SubsetOf(courses["algorithms"].Union(courses["networks"])))
	fmt.Println("graphics disjoint from rest?",
		courses["graphics"].Intersect(everyone.Difference(courses["graphics"])).Len() == 0)

	// Sets of ints built from an iterator.
	evens := Collect(func(yield func(int) bool) {
		for i := range 20 {
			if i%2 == 0 && !yield(i) {
				return
			}
		}
	})
	threes := NewSet(0, 3, 6, 9, 12, 15, 18)
	show("evens ∩ multiples of 3", evens.Intersect(threes))
	sixes := NewSet(0, 6, 12, 18)
	fmt.Println("equal to multiples of 6:", evens.Intersect(threes).Equal(sixes))
	evens.Remove(0)
	fmt.Println("after removing 0, still equal:", evens.Intersect(threes).Equal(sixes))
}
