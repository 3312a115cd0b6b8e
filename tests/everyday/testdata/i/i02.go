package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Set[T cmp.Ordered] struct {
	m map[T]struct{}
}

func NewSet[T cmp.Ordered](items ...T) Set[T] {
	s := Set[T]{m: make(map[T]struct{}, len(items))}
	for _, it := range items {
		s.m[it] = struct{}{}
	}
	return s
}

func (s Set[T]) Add(v T)             { s.m[v] = struct{}{} }
func (s Set[T]) Has(v T) bool        { _, ok := s.m[v]; return ok }
func (s Set[T]) Len() int            { return len(s.m) }
func (s Set[T]) Sorted() iter.Seq[T] { return slices.Values(slices.Sorted(maps.Keys(s.m))) }

func (s Set[T]) Union(o Set[T]) Set[T] {
	out := NewSet[T]()
	for k := range s.m {
		out.Add(k)
	}
	for k := range o.m {
		out.Add(k)
	}
	return out
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	out := NewSet[T]()
	for k := range s.m {
		if o.Has(k) {
			out.Add(k)
		}
	}
	return out
}

func (s Set[T]) Difference(o Set[T]) Set[T] {
	out := NewSet[T]()
	for k := range s.m {
		if !o.Has(k) {
			out.Add(k)
		}
	}
	return out
}

func (s Set[T]) String() string {
	parts := []string{}
	for v := range s.Sorted() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "Set{" + strings.Join(parts, " ") + "}"
}

type UserID int

func (u UserID) String() string { return fmt.Sprintf("u#%03d", int(u)) }

func main() {
	a := NewSet[UserID](3, 1, 4, 1, 5, 9, 2, 6)
	b := NewSet[UserID](2, 7, 1, 8, 2, 8)

	fmt.Println("a:", a, "len", a.Len())
	fmt.Println("b:", b, "len", b.Len())
	fmt.Println("a ∪ b:", a.Union(b))
	fmt.Println("a ∩ b:", a.Intersect(b))
	fmt.Println("a - b:", a.Difference(b))
	fmt.Println("b - a:", b.Difference(a))

	tagsPost1 := NewSet("go", "generics", "iter")
	tagsPost2 := NewSet("go", "rust", "iter", "wasm")
	common := tagsPost1.Intersect(tagsPost2)
	fmt.Printf("common tags: %v (has go=%t, has wasm=%t)\n", common, common.Has("go"), common.Has("wasm"))

	fmt.Print("first 3 of union:")
	i := 0
	for t := range tagsPost1.Union(tagsPost2).Sorted() {
		if i >= 3 {
			break
		}
		fmt.Print(" ", t)
		i++
	}
	fmt.Println()

	floats := NewSet(2.5, -1.0, 3.25, 2.5)
	fmt.Println("floats:", floats)
}
