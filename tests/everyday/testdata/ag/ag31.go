// ag31: generic doubly linked list with methods on the generic type, iter.Seq iterators and free generic helpers.
package main

import (
	"fmt"
	"iter"
	"strings"
)

type Node[T any] struct {
	Value      T
	prev, next *Node[T]
	list       *List[T]
}

func (n *Node[T]) Next() *Node[T] {
	if n.next == nil || n.next == &n.list.root {
		return nil
	}
	return n.next
}

type List[T any] struct {
	root Node[T]
	len  int
}

func NewList[T any](xs ...T) *List[T] {
	l := &List[T]{}
	l.root.next, l.root.prev = &l.root, &l.root
	for _, x := range xs {
		l.PushBack(x)
	}
	return l
}

func (l *List[T]) insertAfter(v T, at *Node[T]) *Node[T] {
	n := &Node[T]{Value: v, prev: at, next: at.next, list: l}
	at.next.prev = n
	at.next = n
	l.len++
	return n
}

func (l *List[T]) PushBack(v T) *Node[T]  { return l.insertAfter(v, l.root.prev) }
func (l *List[T]) PushFront(v T) *Node[T] { return l.insertAfter(v, &l.root) }
func (l *List[T]) InsertBefore(v T, n *Node[T]) *Node[T] {
	return l.insertAfter(v, n.prev)
}

func (l *List[T]) Remove(n *Node[T]) T {
	n.prev.next = n.next
	n.next.prev = n.prev
	n.list = nil
	l.len--
	return n.Value
}

func (l *List[T]) Front() *Node[T] {
	if l.len == 0 {
		return nil
	}
	return l.root.next
}

func (l *List[T]) Len() int { return l.len }

func (l *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for n := l.root.next; n != &l.root; n = n.next {
			if !yield(n.Value) {
				return
			}
		}
	}
}

func (l *List[T]) Backward() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := l.len - 1
		for n := l.root.prev; n != &l.root; n = n.prev {
			if !yield(i, n.Value) {
				return
			}
			i--
		}
	}
}

// Reverse reverses in place by swapping links.
func (l *List[T]) Reverse() {
	n := &l.root
	for {
		n.next, n.prev = n.prev, n.next
		n = n.prev
		if n == &l.root {
			return
		}
	}
}

// RemoveIf deletes nodes matching pred and returns how many were removed.
func (l *List[T]) RemoveIf(pred func(T) bool) int {
	removed := 0
	for n := l.Front(); n != nil; {
		next := n.Next()
		if pred(n.Value) {
			l.Remove(n)
			removed++
		}
		n = next
	}
	return removed
}

func (l *List[T]) String() string {
	var parts []string
	for v := range l.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "[" + strings.Join(parts, " <-> ") + "]"
}

// MapList cannot be a method (methods may not have type parameters), so it is a function.
func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	out := NewList[U]()
	for v := range l.All() {
		out.PushBack(f(v))
	}
	return out
}

type Song struct {
	Title string
	Secs  int
}

func (s Song) String() string { return fmt.Sprintf("%s(%d:%02d)", s.Title, s.Secs/60, s.Secs%60) }

func main() {
	l := NewList(3, 1, 4, 1, 5, 9, 2, 6)
	fmt.Println("list:", l, "len", l.Len())
	l.PushFront(0)
	l.Reverse()
	fmt.Println("reversed:", l)
	fmt.Println("removed ones:", l.RemoveIf(func(x int) bool { return x == 1 }), "->", l)
	for i, v := range l.Backward() {
		if i < l.Len()-3 {
			break
		}
		fmt.Printf("backward[%d]=%d\n", i, v)
	}
	fmt.Println("squares:", MapList(l, func(x int) int { return x * x }))

	pl := NewList(Song{"Intro", 75}, Song{"Anthem", 242}, Song{"Ballad", 305})
	first := pl.Front()
	mid := pl.InsertBefore(Song{"Interlude", 48}, first.Next())
	fmt.Println("playlist:", pl)
	pl.Remove(mid)
	pl.PushBack(Song{"Encore", 190})
	total := 0
	for s := range pl.All() {
		total += s.Secs
	}
	fmt.Println("playlist:", pl)
	fmt.Printf("total %d:%02d over %d songs\n", total/60, total%60, pl.Len())
	titles := MapList(pl, func(s Song) string { return strings.ToUpper(s.Title) })
	fmt.Println("titles:", titles)
	for n := titles.Front(); n != nil; n = n.Next() {
		if strings.HasPrefix(n.Value, "B") {
			fmt.Println("found B-song:", n.Value)
		}
	}
	empty := NewList[string]()
	fmt.Println("empty:", empty, "front nil:", empty.Front() == nil)
	empty.Reverse()
	fmt.Println("reversed empty len:", empty.Len())
}
