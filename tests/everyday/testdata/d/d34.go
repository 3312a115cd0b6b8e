package main

import (
	"fmt"
	"iter"
	"strings"
)

type Tree[K interface{ ~int | ~string }, V any] struct {
	root *node[K, V]
	size int
}

type node[K interface{ ~int | ~string }, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch {
		case k < (*p).key:
			p = &(*p).left
		case k > (*p).key:
			p = &(*p).right
		default:
			(*p).val = v
			return
		}
	}
	*p = &node[K, V]{key: k, val: v}
	t.size++
}

// All yields key/value pairs in ascending key order (range-over-func iterator).
func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *node[K, V]) bool
		walk = func(n *node[K, V]) bool {
			if n == nil {
				return true
			}
			return walk(n.left) && yield(n.key, n.val) && walk(n.right)
		}
		walk(t.root)
	}
}

// Range yields keys in [lo, hi), pruning subtrees outside the range.
func (t *Tree[K, V]) Range(lo, hi K) iter.Seq[K] {
	return func(yield func(K) bool) {
		var walk func(n *node[K, V]) bool
		walk = func(n *node[K, V]) bool {
			if n == nil {
				return true
			}
			if n.key > lo && !walk(n.left) {
				return false
			}
			if n.key >= lo && n.key < hi && !yield(n.key) {
				return false
			}
			if n.key < hi {
				return walk(n.right)
			}
			return true
		}
		walk(t.root)
	}
}

// PreOrder uses an explicit stack and a pull-style closure instead.
func (t *Tree[K, V]) PreOrder() func() (K, bool) {
	stack := []*node[K, V]{}
	if t.root != nil {
		stack = append(stack, t.root)
	}
	return func() (K, bool) {
		if len(stack) == 0 {
			var zero K
			return zero, false
		}
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.right != nil {
			stack = append(stack, n.right)
		}
		if n.left != nil {
			stack = append(stack, n.left)
		}
		return n.key, true
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

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Keys[K comparable, V any](seq iter.Seq2[K, V]) iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range seq {
			if !yield(k) {
				return
			}
		}
	}
}

func Collect[T any](seq iter.Seq[T]) []T {
	var out []T
	for v := range seq {
		out = append(out, v)
	}
	return out
}

func main() {
	prices := &Tree[string, float64]{}
	for _, kv := range []struct {
		k string
		v float64
	}{{"mango", 1.8}, {"apple", 0.5}, {"pear", 0.75}, {"kiwi", 0.4}, {"banana", 0.25}, {"cherry", 6.0}, {"fig", 3.2}, {"apple", 0.55}} {
		prices.Put(kv.k, kv.v)
	}
	fmt.Printf("%d fruits in order:\n", prices.size)
	for k, v := range prices.All() {
		fmt.Printf("  %-7s %5.2f\n", k, v)
	}

	fmt.Println("range [c, n):", Collect(prices.Range("c", "n")))

	fmt.Print("first three, stopping early: ")
	i := 0
	for k := range prices.All() {
		if i == 3 {
			break
		}
		fmt.Print(k, " ")
		i++
	}
	fmt.Println()

	next := prices.PreOrder()
	var pre []string
	for k, ok := next(); ok; k, ok = next() {
		pre = append(pre, k)
	}
	fmt.Println("pre-order:", strings.Join(pre, " "))

	ids := &Tree[int, string]{}
	for _, n := range []int{50, 30, 70, 20, 40, 60, 80, 35, 65} {
		ids.Put(n, fmt.Sprintf("job-%d", n))
	}
	evens := Filter(Keys(ids.All()), func(n int) bool { return n%20 == 0 })
	labels := Map(evens, func(n int) string { return fmt.Sprintf("<%d>", n) })
	fmt.Println("ids divisible by 20:", Collect(labels))
	fmt.Println("ids in [33, 66):", Collect(ids.Range(33, 66)))

	long := Filter(Keys(prices.All()), func(s string) bool { return len(s) > 4 })
	for name := range long {
		if name > "l" {
			fmt.Println("first long name after 'l':", name)
			break
		}
	}
	var empty Tree[int, int]
	fmt.Println("empty tree:", Collect(Keys(empty.All())), len(Collect(empty.Range(0, 10))))
}
