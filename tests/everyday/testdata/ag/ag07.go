// ag07: treap ordered map with split/merge, rank queries and iter.Seq2 traversal.
package main

import (
	"cmp"
	"fmt"
	"iter"
)

type tnode[K cmp.Ordered, V any] struct {
	key         K
	val         V
	prio        uint32
	size        int
	left, right *tnode[K, V]
}

func sz[K cmp.Ordered, V any](n *tnode[K, V]) int {
	if n == nil {
		return 0
	}
	return n.size
}

func (n *tnode[K, V]) fix() { n.size = 1 + sz(n.left) + sz(n.right) }

type Treap[K cmp.Ordered, V any] struct {
	root *tnode[K, V]
	rng  uint32
}

func (t *Treap[K, V]) next() uint32 {
	t.rng ^= t.rng << 13
	t.rng ^= t.rng >> 17
	t.rng ^= t.rng << 5
	return t.rng
}

// split into keys < k and keys >= k
func split[K cmp.Ordered, V any](n *tnode[K, V], k K) (*tnode[K, V], *tnode[K, V]) {
	if n == nil {
		return nil, nil
	}
	if n.key < k {
		l, r := split(n.right, k)
		n.right = l
		n.fix()
		return n, r
	}
	l, r := split(n.left, k)
	n.left = r
	n.fix()
	return l, n
}

func merge[K cmp.Ordered, V any](a, b *tnode[K, V]) *tnode[K, V] {
	if a == nil {
		return b
	}
	if b == nil {
		return a
	}
	if a.prio > b.prio {
		a.right = merge(a.right, b)
		a.fix()
		return a
	}
	b.left = merge(a, b.left)
	b.fix()
	return b
}

func (t *Treap[K, V]) find(k K) *tnode[K, V] {
	n := t.root
	for n != nil {
		switch c := cmp.Compare(k, n.key); {
		case c < 0:
			n = n.left
		case c > 0:
			n = n.right
		default:
			return n
		}
	}
	return nil
}

func (t *Treap[K, V]) Put(k K, v V) {
	if n := t.find(k); n != nil {
		n.val = v
		return
	}
	l, r := split(t.root, k)
	n := &tnode[K, V]{key: k, val: v, prio: t.next(), size: 1}
	t.root = merge(merge(l, n), r)
}

func (t *Treap[K, V]) Remove(k K) bool {
	if t.find(k) == nil {
		return false
	}
	l, r := split(t.root, k)
	// the minimum of r is k itself; drop it
	_, r2 := splitFirst(r)
	t.root = merge(l, r2)
	return true
}

func splitFirst[K cmp.Ordered, V any](n *tnode[K, V]) (*tnode[K, V], *tnode[K, V]) {
	if n.left == nil {
		rest := n.right
		n.right = nil
		n.fix()
		return n, rest
	}
	first, rest := splitFirst(n.left)
	n.left = rest
	n.fix()
	return first, n
}

// Kth returns the k-th smallest key (0-based).
func (t *Treap[K, V]) Kth(k int) (K, V, bool) {
	n := t.root
	for n != nil {
		ls := sz(n.left)
		switch {
		case k < ls:
			n = n.left
		case k == ls:
			return n.key, n.val, true
		default:
			k -= ls + 1
			n = n.right
		}
	}
	var zk K
	var zv V
	return zk, zv, false
}

// CountLess returns how many keys are < k.
func (t *Treap[K, V]) CountLess(k K) int {
	c, n := 0, t.root
	for n != nil {
		if n.key < k {
			c += sz(n.left) + 1
			n = n.right
		} else {
			n = n.left
		}
	}
	return c
}

func (t *Treap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *tnode[K, V]) bool
		walk = func(n *tnode[K, V]) bool {
			return n == nil || (walk(n.left) && yield(n.key, n.val) && walk(n.right))
		}
		walk(t.root)
	}
}

func main() {
	t := &Treap[int, string]{rng: 2463534242}
	for i := 0; i < 20; i++ {
		k := (i * 53) % 97
		t.Put(k, fmt.Sprintf("item%d", i))
	}
	fmt.Println("size:", sz(t.root))
	for k, v := range t.All() {
		fmt.Printf("%d=%s ", k, v)
	}
	fmt.Println()
	for _, i := range []int{0, 5, 10, 19, 20} {
		k, v, ok := t.Kth(i)
		fmt.Printf("kth(%d) -> %d %s %v\n", i, k, v, ok)
	}
	for _, k := range []int{0, 30, 50, 100} {
		fmt.Printf("count < %d: %d\n", k, t.CountLess(k))
	}
	fmt.Println("remove 53:", t.Remove(53), "remove 54:", t.Remove(54), "size:", sz(t.root))

	words := &Treap[string, int]{rng: 99}
	for _, w := range []string{"the", "cat", "sat", "on", "the", "mat", "with", "the", "hat"} {
		c := 0
		if n := words.find(w); n != nil {
			c = n.val
		}
		words.Put(w, c+1)
	}
	for w, c := range words.All() {
		fmt.Printf("%-5s %d\n", w, c)
	}
	median, _, _ := words.Kth(sz(words.root) / 2)
	fmt.Println("median word:", median)
}
