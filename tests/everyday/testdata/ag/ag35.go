// ag35: sorted-slice set with binary search (slices.BinarySearch/Func), lower/upper bounds and merges.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type SortedSet[T any] struct {
	xs  []T
	cmp func(a, b T) int
}

func NewSortedSet[T any](c func(a, b T) int, items ...T) *SortedSet[T] {
	s := &SortedSet[T]{cmp: c}
	for _, it := range items {
		s.Insert(it)
	}
	return s
}

func NewOrderedSet[T cmp.Ordered](items ...T) *SortedSet[T] {
	return NewSortedSet(cmp.Compare[T], items...)
}

func (s *SortedSet[T]) Insert(v T) bool {
	i, found := slices.BinarySearchFunc(s.xs, v, s.cmp)
	if found {
		return false
	}
	s.xs = slices.Insert(s.xs, i, v)
	return true
}

func (s *SortedSet[T]) Delete(v T) bool {
	i, found := slices.BinarySearchFunc(s.xs, v, s.cmp)
	if found {
		s.xs = slices.Delete(s.xs, i, i+1)
	}
	return found
}

func (s *SortedSet[T]) Contains(v T) bool {
	_, found := slices.BinarySearchFunc(s.xs, v, s.cmp)
	return found
}

// LowerBound: index of first element >= v. UpperBound: first element > v.
func (s *SortedSet[T]) LowerBound(v T) int {
	i, _ := slices.BinarySearchFunc(s.xs, v, s.cmp)
	return i
}

func (s *SortedSet[T]) UpperBound(v T) int {
	i, found := slices.BinarySearchFunc(s.xs, v, s.cmp)
	if found {
		i++
	}
	return i
}

func (s *SortedSet[T]) Between(lo, hi T) []T { return s.xs[s.LowerBound(lo):s.UpperBound(hi)] }

// Merge returns the union of two sets in linear time.
func (s *SortedSet[T]) Merge(o *SortedSet[T]) *SortedSet[T] {
	out := &SortedSet[T]{cmp: s.cmp, xs: make([]T, 0, len(s.xs)+len(o.xs))}
	i, j := 0, 0
	for i < len(s.xs) && j < len(o.xs) {
		switch c := s.cmp(s.xs[i], o.xs[j]); {
		case c < 0:
			out.xs = append(out.xs, s.xs[i])
			i++
		case c > 0:
			out.xs = append(out.xs, o.xs[j])
			j++
		default:
			out.xs = append(out.xs, s.xs[i])
			i++
			j++
		}
	}
	out.xs = append(append(out.xs, s.xs[i:]...), o.xs[j:]...)
	return out
}

type Release struct {
	Major, Minor int
}

func (r Release) String() string { return fmt.Sprintf("%d.%d", r.Major, r.Minor) }

func cmpRelease(a, b Release) int {
	return cmp.Or(cmp.Compare(a.Major, b.Major), cmp.Compare(a.Minor, b.Minor))
}

func main() {
	ids := NewOrderedSet(42, 7, 19, 3, 88, 7, 56, 23, 3)
	fmt.Println("ids:", ids.xs)
	fmt.Println("insert 20:", ids.Insert(20), "insert 42:", ids.Insert(42), "->", ids.xs)
	fmt.Println("delete 88:", ids.Delete(88), "delete 5:", ids.Delete(5), "->", ids.xs)
	for _, q := range []int{1, 7, 21, 60} {
		fmt.Printf("q=%2d contains=%-5v lower=%d upper=%d\n", q, ids.Contains(q), ids.LowerBound(q), ids.UpperBound(q))
	}
	fmt.Println("ids in [10,50]:", ids.Between(10, 50))

	other := NewOrderedSet(1, 7, 20, 30, 99)
	fmt.Println("merged:", ids.Merge(other).xs)

	rels := NewSortedSet(cmpRelease, Release{1, 20}, Release{1, 9}, Release{2, 0}, Release{1, 21}, Release{1, 18}, Release{2, 1})
	fmt.Println("releases:", rels.xs)
	fmt.Println("supported [1.18, 1.21]:", rels.Between(Release{1, 18}, Release{1, 21}))
	want := Release{1, 19}
	if i := rels.LowerBound(want); i < len(rels.xs) {
		fmt.Printf("oldest release >= %v is %v\n", want, rels.xs[i])
	}

	byLen := NewSortedSet(func(a, b string) int {
		return cmp.Or(cmp.Compare(len(a), len(b)), cmp.Compare(a, b))
	}, "pear", "fig", "banana", "kiwi", "apple", "date", "fig")
	fmt.Println("by length:", byLen.xs)
	fmt.Println("4-letter fruits:", byLen.Between("aaaa", "zzzz"))

	words := []string{"ant", "bee", "cat", "dog", "eel", "fox"}
	i, ok := slices.BinarySearch(words, "cow")
	fmt.Println("slices.BinarySearch cow:", i, ok)
	words = slices.Insert(words, i, "cow")
	fmt.Println("inserted:", words, "sorted:", slices.IsSorted(words))
	j, ok := slices.BinarySearchFunc([]Release{{1, 2}, {1, 5}, {2, 0}}, 5, func(r Release, minor int) int { return cmp.Compare(r.Minor, minor) })
	fmt.Println("search by minor (monotone only within major):", j, ok)
}
