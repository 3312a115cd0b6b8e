// Command j10 implements an ordered map as a generic binary search tree
// Tree[K cmp.Ordered, V any], used to index words by first position.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
)

type Tree[K cmp.Ordered, V any] struct {
	root *tnode[K, V]
	n    int
}

type tnode[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *tnode[K, V]
}

// Put inserts or replaces; it returns true when the key was new.
func (t *Tree[K, V]) Put(k K, v V) bool {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).key); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).val = v
			return false
		}
	}
	*p = &tnode[K, V]{key: k, val: v}
	t.n++
	return true
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	for n := t.root; n != nil; {
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

func (t *Tree[K, V]) Len() int { return t.n }

// All yields key/value pairs in order using an explicit stack.
func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var stack []*tnode[K, V]
		n := t.root
		for n != nil || len(stack) > 0 {
			for n != nil {
				stack = append(stack, n)
				n = n.left
			}
			n = stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if !yield(n.key, n.val) {
				return
			}
			n = n.right
		}
	}
}

// Range yields keys in [lo, hi) by recursive pruning.
func (t *Tree[K, V]) Range(lo, hi K) iter.Seq[K] {
	return func(yield func(K) bool) {
		var walk func(*tnode[K, V]) bool
		walk = func(n *tnode[K, V]) bool {
			if n == nil {
				return true
			}
			if lo < n.key && !walk(n.left) {
				return false
			}
			if lo <= n.key && n.key < hi && !yield(n.key) {
				return false
			}
			return n.key >= hi || walk(n.right)
		}
		walk(t.root)
	}
}

func (t *Tree[K, V]) Height() int {
	var h func(*tnode[K, V]) int
	h = func(n *tnode[K, V]) int {
		if n == nil {
			return 0
		}
		return 1 + max(h(n.left), h(n.right))
	}
	return h(t.root)
}

func main() {
	text := "the quick brown fox jumps over the lazy dog while the cat naps by the quiet brook"
	var idx Tree[string, []int]
	for pos, w := range strings.Fields(text) {
		cur, _ := idx.Get(w)
		idx.Put(w, append(cur, pos))
	}
	fmt.Println("distinct words:", idx.Len(), "height:", idx.Height())
	for w, ps := range idx.All() {
		fmt.Printf("  %-6s %v\n", w, ps)
	}

	fmt.Print("words in [c, p): ")
	for w := range idx.Range("c", "p") {
		fmt.Print(w, " ")
	}
	fmt.Println()

	var scores Tree[float64, string]
	for _, s := range []struct {
		v float64
		n string
	}{{7.5, "ann"}, {9.1, "bob"}, {3.2, "cy"}, {9.1, "dee"}, {5.0, "ed"}} {
		if !scores.Put(s.v, s.n) {
			fmt.Printf("score %.1f replaced by %s\n", s.v, s.n)
		}
	}
	for k, v := range scores.All() {
		if k > 8 {
			break
		}
		fmt.Printf("%.1f:%s ", k, v)
	}
	_, ok := scores.Get(4.0)
	fmt.Println("| has 4.0:", ok)
}
