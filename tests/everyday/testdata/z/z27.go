package main

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
)

type node[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

type BST[K cmp.Ordered, V any] struct {
	root *node[K, V]
	size int
}

func (t *BST[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).key); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).val = v
			return
		}
	}
	*p = &node[K, V]{key: k, val: v}
	t.size++
}

func (t *BST[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		switch {
		case k < n.key:
			n = n.left
		case k > n.key:
			n = n.right
		default:
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

func (t *BST[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *node[K, V]) bool
		walk = func(n *node[K, V]) bool {
			return n == nil || (walk(n.left) && yield(n.key, n.val) && walk(n.right))
		}
		walk(t.root)
	}
}

func (t *BST[K, V]) Height() int {
	var h func(n *node[K, V]) int
	h = func(n *node[K, V]) int {
		if n == nil {
			return 0
		}
		return 1 + max(h(n.left), h(n.right))
	}
	return h(t.root)
}

func (t *BST[K, V]) Range(lo, hi K) []K {
	var out []K
	for k := range t.All() {
		if k > hi {
			break
		}
		if k >= lo {
			out = append(out, k)
		}
	}
	return out
}

func (t *BST[K, V]) Min() (k K, ok bool) {
	for n := t.root; n != nil; n = n.left {
		k, ok = n.key, true
	}
	return
}

func main() {
	var words BST[string, int]
	text := "it was the best of times it was the worst of times it was the age of wisdom"
	for _, w := range strings.Fields(text) {
		c, _ := words.Get(w)
		words.Put(w, c+1)
	}
	for k, v := range words.All() {
		fmt.Printf("%s:%d ", k, v)
	}
	fmt.Println()
	fmt.Println("size", words.size, "height", words.Height())
	fmt.Println("range [o, w]:", words.Range("o", "w"))
	m, ok := words.Min()
	fmt.Printf("min=%q ok=%t\n", m, ok)

	var nums BST[float64, string]
	for i, x := range []float64{3.5, -1, 2.25, 9, 0, 3.5, 7.75} {
		nums.Put(x, fmt.Sprintf("v%d", i))
	}
	for k, v := range nums.All() {
		fmt.Printf("%g=%s ", k, v)
	}
	fmt.Println("| height", nums.Height(), "size", nums.size)
	if v, ok := nums.Get(2.25); ok {
		fmt.Println("found 2.25 ->", v)
	}
	_, ok = nums.Get(100)
	var empty BST[int, bool]
	_, eok := empty.Min()
	fmt.Println(ok, eok, empty.Height(), empty.Range(0, 10) == nil)
}
