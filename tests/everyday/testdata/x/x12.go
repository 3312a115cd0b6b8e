package main

import (
	"fmt"
	"strings"
)

type Node[T any] struct {
	Val  T
	Next *Node[T]
}

type List[T any] struct {
	head *Node[T]
	size int
}

func (l *List[T]) PushFront(v T) { l.head = &Node[T]{v, l.head}; l.size++ }

func (l *List[T]) PushBack(v T) {
	n := &Node[T]{Val: v}
	l.size++
	if l.head == nil {
		l.head = n
		return
	}
	cur := l.head
	for cur.Next != nil {
		cur = cur.Next
	}
	cur.Next = n
}

func (l *List[T]) Reverse() {
	var prev *Node[T]
	for cur := l.head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List[T]) String() string {
	var parts []string
	for n := l.head; n != nil; n = n.Next {
		parts = append(parts, fmt.Sprint(n.Val))
	}
	return "(" + strings.Join(parts, " -> ") + ")"
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s *Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct{ in, out Stack[T] }

func (q *Queue[T]) Enqueue(v T) { q.in.Push(v) }
func (q *Queue[T]) Dequeue() (T, bool) {
	if q.out.Len() == 0 {
		for q.in.Len() > 0 {
			v, _ := q.in.Pop()
			q.out.Push(v)
		}
	}
	return q.out.Pop()
}

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, ok := st.Pop()
			if !ok || top != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	var l List[int]
	for i := range 5 {
		l.PushBack(i * i)
	}
	l.PushFront(-1)
	fmt.Println(l.String(), l.size)
	l.Reverse()
	fmt.Println(&l)

	var q Queue[string]
	q.Enqueue("a")
	q.Enqueue("b")
	v, _ := q.Dequeue()
	q.Enqueue("c")
	v2, _ := q.Dequeue()
	v3, ok := q.Dequeue()
	_, ok4 := q.Dequeue()
	fmt.Println(v, v2, v3, ok, ok4)
	for _, s := range []string{"([]{})", "([)]", "((", "", "{[()()]}x"} {
		fmt.Printf("%-10q balanced=%t\n", s, balanced(s))
	}
}
