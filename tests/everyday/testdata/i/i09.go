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

// Tree is an unbalanced binary search tree.
type Tree[K cmp.Ordered, V any] struct {
	root *node[K, V]
	size int
}

func (t *Tree[K, V]) Put(k K, v V) {
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

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		switch c := cmp.Compare(k, n.key); {
		case c < 0:
			n = n.left
		case c > 0:
			n = n.right
		default:
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

// Ascend yields pairs in key order; early break stops the walk.
func (t *Tree[K, V]) Ascend() iter.Seq2[K, V] {
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

// Range yields keys in [lo, hi).
func (t *Tree[K, V]) Range(lo, hi K) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for k, v := range t.Ascend() {
			if k < lo {
				continue
			}
			if k >= hi || !yield(k, v) {
				return
			}
		}
	}
}

func (t *Tree[K, V]) Height() int {
	var h func(n *node[K, V]) int
	h = func(n *node[K, V]) int {
		if n == nil {
			return 0
		}
		return 1 + max(h(n.left), h(n.right))
	}
	return h(t.root)
}

type Version struct{ Major, Minor int }

func (v Version) String() string { return fmt.Sprintf("v%d.%d", v.Major, v.Minor) }

func main() {
	var idx Tree[string, []int]
	text := "the quick brown fox jumps over the lazy dog the end"
	for pos, w := range strings.Fields(text) {
		prev, _ := idx.Get(w)
		idx.Put(w, append(prev, pos))
	}
	fmt.Println("size:", idx.size, "height:", idx.Height())
	for k, v := range idx.Ascend() {
		fmt.Printf("  %-6s %v\n", k, v)
	}
	fmt.Print("words in [f, p): ")
	for k := range idx.Range("f", "p") {
		fmt.Print(k, " ")
	}
	fmt.Println()

	releases := &Tree[int, Version]{}
	for i, v := range []Version{{1, 0}, {1, 1}, {1, 2}, {2, 0}, {2, 1}, {3, 0}} {
		releases.Put(2019+i, v)
	}
	for year, v := range releases.Ascend() {
		if year > 2022 {
			break
		}
		fmt.Printf("%d: %v\n", year, v)
	}
	v, ok := releases.Get(2024)
	fmt.Println("2024:", v, ok, "height (degenerate):", releases.Height())
	_, ok = releases.Get(1999)
	fmt.Println("1999 found:", ok)
}
