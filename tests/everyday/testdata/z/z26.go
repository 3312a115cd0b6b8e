package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v ...T) { s.items = append(s.items, v...) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}
func (s Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct{ in, out []T }

func (q *Queue[T]) Enqueue(v T) { q.in = append(q.in, v) }
func (q *Queue[T]) Dequeue() (T, bool) {
	if len(q.out) == 0 {
		for len(q.in) > 0 {
			n := len(q.in) - 1
			q.out = append(q.out, q.in[n])
			q.in = q.in[:n]
		}
	}
	var zero T
	if len(q.out) == 0 {
		return zero, false
	}
	v := q.out[len(q.out)-1]
	q.out = q.out[:len(q.out)-1]
	return v, true
}

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
	out := NewSet[T]()
	for k := range s {
		out.Add(k)
	}
	for k := range o {
		out.Add(k)
	}
	return out
}
func (s Set[T]) Intersect(o Set[T]) Set[T] {
	out := NewSet[T]()
	for k := range s {
		if o.Has(k) {
			out.Add(k)
		}
	}
	return out
}

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			if top, ok := st.Pop(); !ok || top != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	var s Stack[int]
	s.Push(1, 2, 3)
	top, _ := s.Peek()
	v, ok := s.Pop()
	fmt.Println(top, v, ok, s.Len(), s.items)
	for _, expr := range []string{"(a[b]{c})", "([)]", "((", "{}[]()", ""} {
		fmt.Printf("%-10q balanced=%t\n", expr, balanced(expr))
	}
	var q Queue[string]
	for _, w := range strings.Fields("alpha beta gamma") {
		q.Enqueue(w)
	}
	first, _ := q.Dequeue()
	q.Enqueue("delta")
	var rest []string
	for w, ok := q.Dequeue(); ok; w, ok = q.Dequeue() {
		rest = append(rest, w)
	}
	fmt.Println(first, rest)

	a := NewSet(1, 2, 3, 4, 5)
	b := NewSet(4, 5, 6, 7)
	fmt.Println(slices.Sorted(maps.Keys(a.Union(b))), slices.Sorted(maps.Keys(a.Intersect(b))), a.Has(3), b.Has(3))
	words := NewSet(strings.Fields("the cat and the hat and the bat")...)
	fmt.Println(len(words), words)
	fmt.Printf("%T %T\n", s, words)
}
