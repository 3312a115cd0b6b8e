package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

// List is a small generic slice wrapper; it implements fmt.Stringer and
// a Container interface so it can be used polymorphically.
type List[T any] struct {
	items []T
	name  string
}

type Container interface {
	fmt.Stringer
	Len() int
}

func ListOf[T any](name string, items ...T) *List[T] { return &List[T]{items: items, name: name} }

func (l *List[T]) Len() int { return len(l.items) }
func (l *List[T]) Append(v ...T) *List[T] {
	l.items = append(l.items, v...)
	return l
}
func (l *List[T]) All() iter.Seq2[int, T] { return slices.All(l.items) }

func (l *List[T]) String() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s(%d)[", l.name, len(l.items))
	for i, v := range l.All() {
		if i > 0 {
			sb.WriteByte(' ')
		}
		fmt.Fprint(&sb, v)
	}
	sb.WriteByte(']')
	return sb.String()
}

// Where returns a new List of the same type.
func (l *List[T]) Where(pred func(T) bool) *List[T] {
	out := ListOf[T](l.name + "'")
	for _, v := range l.All() {
		if pred(v) {
			out.Append(v)
		}
	}
	return out
}

// Select must be a function: methods can't add type parameters.
func Select[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{name: l.name + ".map", items: make([]U, 0, l.Len())}
	for _, v := range l.All() {
		out.items = append(out.items, f(v))
	}
	return out
}

type Grade rune

func (g Grade) String() string { return string(g) }

type Student struct {
	Name string
	Pct  int
}

func (s Student) String() string { return s.Name + ":" + fmt.Sprint(s.Pct) }

func letter(p int) Grade {
	switch {
	case p >= 90:
		return 'A'
	case p >= 80:
		return 'B'
	case p >= 70:
		return 'C'
	}
	return 'F'
}

func main() {
	class := ListOf("class", Student{"ivy", 93}, Student{"jon", 78}, Student{"kim", 85}, Student{"lee", 61})
	grades := Select(class, func(s Student) Grade { return letter(s.Pct) })
	passing := class.Where(func(s Student) bool { return letter(s.Pct) != 'F' })
	names := Select(passing, func(s Student) string { return strings.ToUpper(s.Name) })

	containers := []Container{class, grades, passing, names, ListOf[float64]("empty")}
	total := 0
	for _, c := range containers {
		fmt.Println(c)
		total += c.Len()
	}
	fmt.Println("total elements:", total)

	var s fmt.Stringer = Select(ListOf("nums", 1, 2, 3), func(i int) []int { return slices.Repeat([]int{i}, i) })
	fmt.Println(s)
	fmt.Printf("%v | %s\n", grades, ListOf("bools", true, false))

	for i, st := range class.All() {
		if i == 2 {
			break
		}
		fmt.Printf("#%d %v -> %v\n", i, st, letter(st.Pct))
	}
}
