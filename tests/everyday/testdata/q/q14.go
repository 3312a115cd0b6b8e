// q14: generic binary search tree with in-order iter.Seq2 and range queries.
package main

import (
	"cmp"
	"fmt"
	"iter"
)

type bstNode[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *bstNode[K, V]
}

type BST[K cmp.Ordered, V any] struct {
	root *bstNode[K, V]
	n    int
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
	*p = &bstNode[K, V]{key: k, val: v}
	t.n++
}

func (t *BST[K, V]) Get(k K) (V, bool) {
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

// Range yields keys in [lo, hi) in ascending order, pruning subtrees.
func (t *BST[K, V]) Range(lo, hi K) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *bstNode[K, V]) bool
		walk = func(n *bstNode[K, V]) bool {
			if n == nil {
				return true
			}
			if lo < n.key && !walk(n.left) {
				return false
			}
			if n.key >= lo && n.key < hi && !yield(n.key, n.val) {
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

func (t *BST[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *bstNode[K, V]) bool
		walk = func(n *bstNode[K, V]) bool {
			return n == nil || (walk(n.left) && yield(n.key, n.val) && walk(n.right))
		}
		walk(t.root)
	}
}

func (t *BST[K, V]) Height() int {
	var h func(n *bstNode[K, V]) int
	h = func(n *bstNode[K, V]) int {
		if n == nil {
			return 0
		}
		return 1 + max(h(n.left), h(n.right))
	}
	return h(t.root)
}

type Trade struct {
	Symbol string
	Qty    int
	Price  float64
}

func main() {
	var book BST[int, Trade] // keyed by sequence number
	seqs := []int{50, 20, 80, 10, 30, 70, 90, 25, 35, 65, 85, 5}
	syms := []string{"AAPL", "MSFT", "GOOG", "AMZN"}
	for i, s := range seqs {
		book.Put(s, Trade{syms[i%len(syms)], (i + 1) * 10, 100 + float64(s)/4})
	}
	book.Put(30, Trade{"NVDA", 5, 900.5}) // correction replaces value
	fmt.Println("trades:", book.n, "height:", book.Height())
	for k, tr := range book.All() {
		fmt.Printf("  seq=%02d %-4s qty=%3d px=%.2f\n", k, tr.Symbol, tr.Qty, tr.Price)
	}
	fmt.Println("window [25,70):")
	notional := 0.0
	for k, tr := range book.Range(25, 70) {
		notional += float64(tr.Qty) * tr.Price
		fmt.Printf("  seq=%d %s\n", k, tr.Symbol)
	}
	fmt.Printf("window notional: %.2f\n", notional)
	if tr, ok := book.Get(65); ok {
		fmt.Println("lookup 65:", tr.Symbol, tr.Qty)
	}
	_, ok := book.Get(66)
	fmt.Println("lookup 66 found:", ok)

	var words BST[string, int]
	for _, w := range []string{"pear", "apple", "fig", "kiwi", "apple", "banana", "fig", "apple"} {
		c, _ := words.Get(w)
		words.Put(w, c+1)
	}
	for w, c := range words.Range("b", "l") {
		fmt.Printf("word %s=%d\n", w, c)
	}
}
