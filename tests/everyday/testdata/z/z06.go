package main

import (
	"fmt"
	"iter"
	"strings"
)

type Tree[T any] struct {
	Val         T
	Left, Right *Tree[T]
}

func (t *Tree[T]) InOrder() iter.Seq[T] {
	return func(yield func(T) bool) {
		t.walk(yield)
	}
}

func (t *Tree[T]) walk(yield func(T) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(yield) && yield(t.Val) && t.Right.walk(yield)
}

func Filter[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
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

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func insert(t *Tree[int], v int) *Tree[int] {
	if t == nil {
		return &Tree[int]{Val: v}
	}
	if v < t.Val {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func main() {
	var root *Tree[int]
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		root = insert(root, v)
	}
	var all []int
	for v := range root.InOrder() {
		all = append(all, v)
	}
	fmt.Println("inorder:", all)

	odds := Filter(root.InOrder(), func(v int) bool { return v%10 == 5 })
	labels := Map(odds, func(v int) string { return fmt.Sprintf("<%d>", v) })
	for i, s := range Enumerate(labels) {
		fmt.Println(i, s)
	}

	squares := Map(Filter(Naturals(), func(n int) bool { return n%3 == 0 }), func(n int) int { return n * n })
	var parts []string
	for v := range Take(squares, 6) {
		parts = append(parts, fmt.Sprint(v))
	}
	fmt.Println(strings.Join(parts, ","))

	for v := range root.InOrder() {
		if v > 40 {
			fmt.Println("first > 40:", v)
			break
		}
	}
}
