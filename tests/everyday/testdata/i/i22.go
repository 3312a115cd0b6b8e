package main

import (
	"fmt"
	"sort"
	"strings"
)

// Node is a generic singly linked list node.
type Node[T any] struct {
	Val  T
	Next *Node[T]
}

// LinkedList is accessed through pointers; methods mutate in place.
type LinkedList[T any] struct {
	head, tail *Node[T]
	n          int
}

func (l *LinkedList[T]) PushBack(v T) *Node[T] {
	nd := &Node[T]{Val: v}
	if l.tail == nil {
		l.head, l.tail = nd, nd
	} else {
		l.tail.Next = nd
		l.tail = nd
	}
	l.n++
	return nd
}

func (l *LinkedList[T]) Reverse() {
	var prev *Node[T]
	cur := l.head
	l.tail = cur
	for cur != nil {
		cur.Next, prev, cur = prev, cur, cur.Next
	}
	l.head = prev
}

// RemoveIf unlinks nodes matching pred via pointer-to-pointer traversal.
func (l *LinkedList[T]) RemoveIf(pred func(T) bool) int {
	removed := 0
	var last *Node[T]
	for pp := &l.head; *pp != nil; {
		if pred((*pp).Val) {
			*pp = (*pp).Next
			removed++
			continue
		}
		last = *pp
		pp = &(*pp).Next
	}
	l.tail = last
	l.n -= removed
	return removed
}

func (l *LinkedList[T]) String() string {
	var parts []string
	for n := l.head; n != nil; n = n.Next {
		parts = append(parts, fmt.Sprint(n.Val))
	}
	return fmt.Sprintf("(%d) %s", l.n, strings.Join(parts, " -> "))
}

func FromSlice[T any](xs []T) *LinkedList[T] {
	l := new(LinkedList[T])
	for _, x := range xs {
		l.PushBack(x)
	}
	return l
}

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func mutate[T any](p *LinkedList[T], f func(*T)) {
	for n := p.head; n != nil; n = n.Next {
		f(&n.Val)
	}
}

func main() {
	nums := FromSlice([]int{1, 2, 3, 4, 5, 6, 7})
	fmt.Println(nums)
	nums.Reverse()
	fmt.Println("reversed:", nums)
	fmt.Println("removed evens:", nums.RemoveIf(func(v int) bool { return v%2 == 0 }), nums)
	nums.PushBack(100)
	fmt.Println("after push:", nums, "tail:", nums.tail.Val)

	path := FromSlice([]Point{{0, 0}, {1, 2}, {3, 3}})
	mutate(path, func(p *Point) { p.X, p.Y = p.Y, p.X*2 })
	fmt.Println("path:", path)

	// A list of pointers to generic lists.
	lists := []*LinkedList[string]{
		FromSlice(strings.Fields("delta alpha")),
		FromSlice(strings.Fields("charlie")),
		FromSlice(strings.Fields("echo bravo foxtrot")),
	}
	sort.Slice(lists, func(i, j int) bool { return lists[i].n > lists[j].n })
	for _, l := range lists {
		fmt.Println(" ", l)
	}
	empty := &LinkedList[float64]{}
	empty.Reverse()
	fmt.Println("empty:", empty, "removed:", empty.RemoveIf(func(float64) bool { return true }))
	all := FromSlice([]rune("aaa"))
	all.RemoveIf(func(r rune) bool { return r == 'a' })
	fmt.Println("all removed:", all, all.head == nil, all.tail == nil)
	var nodeRef *Node[string] = lists[0].head.Next
	nodeRef.Val = strings.ToUpper(nodeRef.Val)
	fmt.Println("via node pointer:", lists[0])
}
