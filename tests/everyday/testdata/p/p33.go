// Generic doubly linked list with iter.Seq iterators, reversal, and functional helpers.
package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

type elem[T any] struct {
	val        T
	prev, next *elem[T]
}

type List[T any] struct {
	head, tail *elem[T]
	n          int
}

func FromSeq[T any](seq iter.Seq[T]) *List[T] {
	l := &List[T]{}
	for v := range seq {
		l.PushBack(v)
	}
	return l
}

func (l *List[T]) PushBack(v T) {
	e := &elem[T]{val: v, prev: l.tail}
	if l.tail == nil {
		l.head = e
	} else {
		l.tail.next = e
	}
	l.tail = e
	l.n++
}

func (l *List[T]) PushFront(v T) {
	e := &elem[T]{val: v, next: l.head}
	if l.head == nil {
		l.tail = e
	} else {
		l.head.prev = e
	}
	l.head = e
	l.n++
}

func (l *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for e := l.head; e != nil; e = e.next {
			if !yield(e.val) {
				return
			}
		}
	}
}

func (l *List[T]) Backward() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := l.n - 1
		for e := l.tail; e != nil; e, i = e.prev, i-1 {
			if !yield(i, e.val) {
				return
			}
		}
	}
}

// RemoveIf unlinks all elements matching pred and returns how many were removed.
func (l *List[T]) RemoveIf(pred func(T) bool) int {
	removed := 0
	for e := l.head; e != nil; e = e.next {
		if !pred(e.val) {
			continue
		}
		if e.prev != nil {
			e.prev.next = e.next
		} else {
			l.head = e.next
		}
		if e.next != nil {
			e.next.prev = e.prev
		} else {
			l.tail = e.prev
		}
		l.n--
		removed++
	}
	return removed
}

func (l *List[T]) Reverse() {
	for e := l.head; e != nil; e = e.prev {
		e.prev, e.next = e.next, e.prev
	}
	l.head, l.tail = l.tail, l.head
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func main() {
	l := FromSeq(slices.Values([]int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5}))
	l.PushFront(0)
	fmt.Println("list:", slices.Collect(l.All()), "len", l.n)
	fmt.Print("backward:")
	for i, v := range l.Backward() {
		fmt.Printf(" %d:%d", i, v)
	}
	fmt.Println(" | empty:", slices.Collect((&List[string]{}).All()) == nil)

	squares := slices.Collect(Map(Filter(l.All(), func(x int) bool { return x%2 == 1 }), func(x int) int { return x * x }))
	fmt.Println("odd squares:", squares)
	var firstBig []int
	for v := range Filter(l.All(), func(x int) bool { return x > 2 }) {
		if firstBig = append(firstBig, v); len(firstBig) == 3 {
			break // early exit stops the underlying iterator
		}
	}
	fmt.Println("first three > 2:", firstBig)

	fmt.Println("removed fives:", l.RemoveIf(func(x int) bool { return x == 5 }), "->", slices.Collect(l.All()))
	l.Reverse()
	fmt.Println("reversed:", slices.Collect(l.All()), "head", l.head.val, "tail", l.tail.val)

	words := FromSeq(strings.SplitSeq("go is fun and go is fast", " "))
	upper := slices.Collect(Map(words.All(), strings.ToUpper))
	fmt.Println("upper:", strings.Join(upper, " "))
	fmt.Println("sorted unique:", slices.Compact(slices.Sorted(words.All())))
}
