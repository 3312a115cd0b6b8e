// Command j09 implements a generic doubly linked List[T] with methods,
// iterators and a generic Map function, then uses it as a playlist.
package main

import (
	"fmt"
	"iter"
	"strings"
)

type node[T any] struct {
	val        T
	prev, next *node[T]
}

type List[T any] struct {
	head, tail *node[T]
	size       int
}

func (l *List[T]) PushBack(v T) {
	n := &node[T]{val: v, prev: l.tail}
	if l.tail == nil {
		l.head = n
	} else {
		l.tail.next = n
	}
	l.tail = n
	l.size++
}

func (l *List[T]) PushFront(v T) {
	n := &node[T]{val: v, next: l.head}
	if l.head == nil {
		l.tail = n
	} else {
		l.head.prev = n
	}
	l.head = n
	l.size++
}

// RemoveFunc deletes every element for which drop returns true.
func (l *List[T]) RemoveFunc(drop func(T) bool) int {
	removed := 0
	for n := l.head; n != nil; n = n.next {
		if !drop(n.val) {
			continue
		}
		if n.prev != nil {
			n.prev.next = n.next
		} else {
			l.head = n.next
		}
		if n.next != nil {
			n.next.prev = n.prev
		} else {
			l.tail = n.prev
		}
		l.size--
		removed++
	}
	return removed
}

func (l *List[T]) Len() int { return l.size }
func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for n := l.head; n != nil; n = n.next {
			if !yield(i, n.val) {
				return
			}
			i++
		}
	}
}

func (l *List[T]) Backward() iter.Seq[T] {
	return func(yield func(T) bool) {
		for n := l.tail; n != nil; n = n.prev {
			if !yield(n.val) {
				return
			}
		}
	}
}

func (l *List[T]) String() string {
	var sb strings.Builder
	sb.WriteByte('[')
	for i, v := range l.All() {
		if i > 0 {
			sb.WriteString(" <-> ")
		}
		fmt.Fprint(&sb, v)
	}
	sb.WriteByte(']')
	return sb.String()
}

// Map cannot be a method (methods cannot add type parameters), so it is a function.
func Map[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	for _, v := range l.All() {
		out.PushBack(f(v))
	}
	return out
}

type Track struct {
	Title string
	Secs  int
}

func (t Track) String() string { return fmt.Sprintf("%s(%d:%02d)", t.Title, t.Secs/60, t.Secs%60) }

func main() {
	var pl List[Track]
	pl.PushBack(Track{"Intro", 42})
	pl.PushBack(Track{"Gopher Blues", 245})
	pl.PushBack(Track{"Skit", 15})
	pl.PushBack(Track{"Channels", 198})
	pl.PushFront(Track{"Overture", 130})
	fmt.Println("playlist:", &pl)

	n := pl.RemoveFunc(func(t Track) bool { return t.Secs < 60 })
	fmt.Printf("removed %d short tracks, %d left: %v\n", n, pl.Len(), &pl)

	fmt.Print("reverse:")
	for t := range pl.Backward() {
		fmt.Print(" ", t.Title)
	}
	fmt.Println()

	titles := Map(&pl, func(t Track) string { return strings.ToLower(t.Title) })
	lengths := Map(titles, func(s string) int { return len(s) })
	fmt.Printf("%T %v\n%T %v\n", titles, titles, lengths, lengths)

	total := 0
	for i, t := range pl.All() {
		if total += t.Secs; i == 1 {
			break // early exit is honoured by the iterator
		}
	}
	fmt.Println("first two tracks:", total, "seconds")

	var empty List[float64]
	fmt.Println("empty:", &empty, empty.RemoveFunc(func(float64) bool { return true }))
}
