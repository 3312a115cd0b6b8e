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
		s.Add(it)
	}
	return s
}

func (s Set[T]) Add(v T)          { s.m[v] = struct{}{} }
func (s Set[T]) Remove(v T)       { delete(s.m, v) }
func (s Set[T]) Has(v T) bool     { _, ok := s.m[v]; return ok }
func (s Set[T]) Len() int         { return len(s.m) }
func (s Set[T]) All() iter.Seq[T] { return slices.Values(slices.Sorted(maps.Keys(s.m))) }

func (s Set[T]) Union(o Set[T]) Set[T] {
	out := NewSet[T]()
	for v := range s.m {
		out.Add(v)
	}
	for v := range o.m {
		out.Add(v)
	}
	return out
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	small, big := s, o
	if small.Len() > big.Len() {
		small, big = big, small
	}
	out := NewSet[T]()
	for v := range small.m {
		if big.Has(v) {
			out.Add(v)
		}
	}
	return out
}

func (s Set[T]) Diff(o Set[T]) Set[T] {
	out := NewSet[T]()
	for v := range s.m {
		if !o.Has(v) {
			out.Add(v)
		}
	}
	return out
}

func (s Set[T]) SubsetOf(o Set[T]) bool {
	for v := range s.m {
		if !o.Has(v) {
			return false
		}
	}
	return true
}

func (s Set[T]) String() string {
	parts := make([]string, 0, s.Len())
	for v := range s.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

type Role struct {
	Name  string
	Perms Set[string]
}

func main() {
	viewer := Role{"viewer", NewSet("doc.read", "comment.read")}
	editor := Role{"editor", NewSet("doc.read", "doc.write", "comment.read", "comment.write")}
	admin := Role{"admin", NewSet("doc.read", "doc.write", "doc.delete", "user.manage")}

	fmt.Println("viewer:", viewer.Perms)
	fmt.Println("editor ∪ admin:", editor.Perms.Union(admin.Perms))
	fmt.Println("editor ∩ admin:", editor.Perms.Intersect(admin.Perms))
	fmt.Println("admin − editor:", admin.Perms.Diff(editor.Perms))
	fmt.Println("viewer ⊆ editor:", viewer.Perms.SubsetOf(editor.Perms))
	fmt.Println("viewer ⊆ admin:", viewer.Perms.SubsetOf(admin.Perms))

	// Effective permissions for a user with multiple roles.
	effective := NewSet[string]()
	for _, r := range []Role{viewer, admin} {
		effective = effective.Union(r.Perms)
	}
	for _, p := range []string{"doc.delete", "comment.write", "comment.read"} {
		fmt.Printf("can %-14s %t\n", p, effective.Has(p))
	}

	ports := NewSet(443, 80, 8080, 22)
	blocked := NewSet(22, 23, 8080)
	open := ports.Diff(blocked)
	open.Remove(80)
	fmt.Println("open ports:", open, "len", open.Len())

	total := 0
	for p := range ports.All() {
		total += p
	}
	fmt.Println("sum of ports:", total)
}
