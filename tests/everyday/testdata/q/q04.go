// q04: generic Set with algebraic operations, applied to feature-flag rollouts.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
)

type Set[T comparable] map[T]struct{}

func SetOf[T comparable](items ...T) Set[T] {
	s := make(Set[T], len(items))
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set[T]) Add(v T)          { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool     { _, ok := s[v]; return ok }
func (s Set[T]) Len() int         { return len(s) }
func (s Set[T]) All() iter.Seq[T] { return maps.Keys(s) }

func (s Set[T]) Union(o Set[T]) Set[T] {
	out := maps.Clone(s)
	if out == nil {
		out = Set[T]{}
	}
	maps.Copy(out, o)
	return out
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	small, big := s, o
	if len(small) > len(big) {
		small, big = big, small
	}
	out := Set[T]{}
	for v := range small {
		if big.Has(v) {
			out.Add(v)
		}
	}
	return out
}

func (s Set[T]) Difference(o Set[T]) Set[T] {
	out := Set[T]{}
	for v := range s {
		if !o.Has(v) {
			out.Add(v)
		}
	}
	return out
}

func (s Set[T]) IsSubset(o Set[T]) bool {
	for v := range s {
		if !o.Has(v) {
			return false
		}
	}
	return true
}

// Sorted returns the elements in ascending order for deterministic output.
func Sorted[T cmp.Ordered](s Set[T]) []T { return slices.Sorted(maps.Keys(s)) }

type UserID int

func main() {
	beta := SetOf[UserID](101, 102, 103, 107, 110, 115)
	darkMode := SetOf[UserID](102, 103, 104, 105, 110)
	newCheckout := SetOf[UserID](103, 110, 120)
	churned := SetOf[UserID](104, 115, 120)

	fmt.Println("beta:        ", Sorted(beta))
	fmt.Println("darkMode:    ", Sorted(darkMode))
	fmt.Println("newCheckout: ", Sorted(newCheckout))
	fmt.Println("churned:     ", Sorted(churned))
	fmt.Println("beta ∪ dark: ", Sorted(beta.Union(darkMode)))
	fmt.Println("beta ∩ dark: ", Sorted(beta.Intersect(darkMode)))
	fmt.Println("beta - dark: ", Sorted(beta.Difference(darkMode)))
	active := beta.Union(darkMode).Union(newCheckout).Difference(churned)
	fmt.Println("active users:", Sorted(active), "count", active.Len())
	all3 := beta.Intersect(darkMode).Intersect(newCheckout)
	fmt.Println("in all three:", Sorted(all3))
	fmt.Println("all3 ⊆ beta: ", all3.IsSubset(beta))
	fmt.Println("beta ⊆ all3: ", beta.IsSubset(all3))

	// Tags per service, string sets.
	tags := map[string]Set[string]{
		"api":     SetOf("go", "http", "postgres", "redis"),
		"worker":  SetOf("go", "kafka", "postgres"),
		"web":     SetOf("typescript", "http"),
		"billing": SetOf("go", "postgres", "stripe"),
	}
	for _, svc := range slices.Sorted(maps.Keys(tags)) {
		fmt.Printf("%-8s %v\n", svc, Sorted(tags[svc]))
	}
	common := SetOf[string]()
	first := true
	for _, svc := range []string{"api", "worker", "billing"} {
		if first {
			common = common.Union(tags[svc])
			first = false
			continue
		}
		common = common.Intersect(tags[svc])
	}
	fmt.Println("shared by go services:", Sorted(common))
	counts := map[string]int{}
	for _, s := range tags {
		for t := range s.All() {
			counts[t]++
		}
	}
	for _, t := range slices.Sorted(maps.Keys(counts)) {
		fmt.Printf("tag %-10s used by %d\n", t, counts[t])
	}
}
