package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](items ...T) Set[T] {
	s := Set[T]{}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Union(o Set[T]) Set[T] {
	out := maps.Clone(s)
	maps.Copy(out, o)
	return out
}
func (s Set[T]) Intersect(o Set[T]) Set[T] {
	out := Set[T]{}
	for v := range s {
		if o.Has(v) {
			out.Add(v)
		}
	}
	return out
}

func Sorted[T cmp.Ordered](s Set[T]) []T {
	return slices.Sorted(maps.Keys(s))
}

type Queue[T any] struct {
	items []T
}

func (q *Queue[T]) Push(v ...T) { q.items = append(q.items, v...) }
func (q *Queue[T]) Pop() (T, bool) {
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}
func (q *Queue[T]) Len() int { return len(q.items) }

type Cache[K comparable, V any] struct {
	data   map[K]V
	loader func(K) (V, error)
	loads  int
}

func NewCache[K comparable, V any](loader func(K) (V, error)) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V), loader: loader}
}

func (c *Cache[K, V]) Get(k K) (V, error) {
	if v, ok := c.data[k]; ok {
		return v, nil
	}
	v, err := c.loader(k)
	c.loads++
	if err != nil {
		return v, fmt.Errorf("cache load %v: %w", k, err)
	}
	c.data[k] = v
	return v, nil
}

type Pair[K, V any] struct {
	Key K
	Val V
}

func main() {
	a := NewSet("go", "rust", "zig")
	b := NewSet("go", "python", "zig", "c")
	fmt.Println(Sorted(a.Union(b)), Sorted(a.Intersect(b)), a.Has("rust"), b.Has("rust"))
	fmt.Println(len(a), a)

	ids := NewSet(5, 3, 9, 3, 5)
	fmt.Println(Sorted(ids), len(ids))

	var q Queue[Pair[string, int]]
	q.Push(Pair[string, int]{"a", 1}, Pair[string, int]{"b", 2})
	q.Push(Pair[string, int]{Key: "c", Val: 3})
	for q.Len() > 0 {
		p, _ := q.Pop()
		fmt.Printf("%+v ", p)
	}
	_, ok := q.Pop()
	fmt.Println("| empty pop ok:", ok)

	users := NewCache(func(id int) (string, error) {
		if id <= 0 {
			return "", fmt.Errorf("invalid id %d", id)
		}
		return fmt.Sprintf("user-%03d", id), nil
	})
	for _, id := range []int{7, 12, 7, -1, 12, 100} {
		name, err := users.Get(id)
		fmt.Printf("get %3d -> %-9q err=%v\n", id, name, err)
	}
	fmt.Println("loads:", users.loads, "cached:", slices.Sorted(maps.Keys(users.data)))

	lengths := NewCache(func(s string) (int, error) { return len(strings.TrimSpace(s)), nil })
	for _, s := range []string{"hello", " hi ", "hello"} {
		n, _ := lengths.Get(s)
		fmt.Print(n, " ")
	}
	fmt.Printf("\n%T %T\n", lengths, q)
}
