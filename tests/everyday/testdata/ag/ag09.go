// ag09: left-leaning red-black tree used as an ordered map with floor/ceiling queries.
package main

import (
	"cmp"
	"fmt"
	"iter"
)

const (
	red   = true
	black = false
)

type rbNode[K cmp.Ordered, V any] struct {
	k           K
	v           V
	color       bool
	left, right *rbNode[K, V]
}

type RBMap[K cmp.Ordered, V any] struct {
	root *rbNode[K, V]
	size int
}

func isRed[K cmp.Ordered, V any](n *rbNode[K, V]) bool { return n != nil && n.color == red }

func rotateLeft[K cmp.Ordered, V any](h *rbNode[K, V]) *rbNode[K, V] {
	x := h.right
	h.right = x.left
	x.left = h
	x.color = h.color
	h.color = red
	return x
}

func rotateRight[K cmp.Ordered, V any](h *rbNode[K, V]) *rbNode[K, V] {
	x := h.left
	h.left = x.right
	x.right = h
	x.color = h.color
	h.color = red
	return x
}

func flip[K cmp.Ordered, V any](h *rbNode[K, V]) {
	h.color = !h.color
	h.left.color = !h.left.color
	h.right.color = !h.right.color
}

func (m *RBMap[K, V]) put(h *rbNode[K, V], k K, v V) *rbNode[K, V] {
	if h == nil {
		m.size++
		return &rbNode[K, V]{k: k, v: v, color: red}
	}
	switch {
	case k < h.k:
		h.left = m.put(h.left, k, v)
	case k > h.k:
		h.right = m.put(h.right, k, v)
	default:
		h.v = v
	}
	if isRed(h.right) && !isRed(h.left) {
		h = rotateLeft(h)
	}
	if isRed(h.left) && isRed(h.left.left) {
		h = rotateRight(h)
	}
	if isRed(h.left) && isRed(h.right) {
		flip(h)
	}
	return h
}

func (m *RBMap[K, V]) Put(k K, v V) {
	m.root = m.put(m.root, k, v)
	m.root.color = black
}

// Floor returns the largest key <= k.
func (m *RBMap[K, V]) Floor(k K) (K, V, bool) {
	var best *rbNode[K, V]
	for n := m.root; n != nil; {
		if n.k == k {
			return n.k, n.v, true
		}
		if n.k < k {
			best = n
			n = n.right
		} else {
			n = n.left
		}
	}
	if best == nil {
		var zk K
		var zv V
		return zk, zv, false
	}
	return best.k, best.v, true
}

// Ceiling returns the smallest key >= k.
func (m *RBMap[K, V]) Ceiling(k K) (K, V, bool) {
	var best *rbNode[K, V]
	for n := m.root; n != nil; {
		if n.k == k {
			return n.k, n.v, true
		}
		if n.k > k {
			best = n
			n = n.left
		} else {
			n = n.right
		}
	}
	if best == nil {
		var zk K
		var zv V
		return zk, zv, false
	}
	return best.k, best.v, true
}

func (m *RBMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var rec func(*rbNode[K, V]) bool
		rec = func(n *rbNode[K, V]) bool {
			return n == nil || (rec(n.left) && yield(n.k, n.v) && rec(n.right))
		}
		rec(m.root)
	}
}

func blackHeight[K cmp.Ordered, V any](n *rbNode[K, V]) int {
	if n == nil {
		return 1
	}
	l, r := blackHeight(n.left), blackHeight(n.right)
	if l != r || l < 0 {
		return -1
	}
	if n.color == black {
		l++
	}
	return l
}

type Tier string

func main() {
	// Shipping rates by minimum weight in grams.
	rates := &RBMap[int, Tier]{}
	rates.Put(0, "letter")
	rates.Put(250, "small parcel")
	rates.Put(1000, "parcel")
	rates.Put(5000, "large parcel")
	rates.Put(20000, "freight")
	for _, w := range []int{0, 120, 250, 999, 4500, 5000, 31000} {
		_, tier, _ := rates.Floor(w)
		fmt.Printf("%6dg -> %s\n", w, tier)
	}

	// Next scheduled backup slot at or after a given minute-of-day.
	slots := &RBMap[int, string]{}
	for _, m := range []int{90, 360, 720, 1080, 1380} {
		slots.Put(m, fmt.Sprintf("%02d:%02d", m/60, m%60))
	}
	for _, now := range []int{0, 360, 361, 1100, 1400} {
		if _, label, ok := slots.Ceiling(now); ok {
			fmt.Printf("at minute %4d next backup %s\n", now, label)
		} else {
			fmt.Printf("at minute %4d no more backups today\n", now)
		}
	}

	big := &RBMap[int, int]{}
	for i := 0; i < 200; i++ {
		big.Put((i*71)%211, i)
	}
	fmt.Println("size:", big.size, "black-height:", blackHeight(big.root), "root black:", !big.root.color)
	count, sum := 0, 0
	for k := range big.All() {
		if k%20 == 0 {
			fmt.Print(k, " ")
		}
		count++
		sum += k
	}
	fmt.Println()
	fmt.Println("iterated:", count, "key sum:", sum)
	fk, fv, _ := big.Floor(1000)
	ck, _, cok := big.Ceiling(-5)
	fmt.Println("floor(1000):", fk, fv, "ceiling(-5):", ck, cok)
}
