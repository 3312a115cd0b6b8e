// ag08: AVL tree keyed by a custom comparator with in-order and reverse iterators.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
)

type avlNode[K, V any] struct {
	key         K
	val         V
	height      int
	left, right *avlNode[K, V]
}

type AVL[K, V any] struct {
	root    *avlNode[K, V]
	compare func(a, b K) int
	n       int
}

func NewAVL[K, V any](compare func(a, b K) int) *AVL[K, V] {
	return &AVL[K, V]{compare: compare}
}

func h[K, V any](n *avlNode[K, V]) int {
	if n == nil {
		return 0
	}
	return n.height
}

func update[K, V any](n *avlNode[K, V]) {
	n.height = 1 + max(h(n.left), h(n.right))
}

func rotR[K, V any](y *avlNode[K, V]) *avlNode[K, V] {
	x := y.left
	y.left = x.right
	x.right = y
	update(y)
	update(x)
	return x
}

func rotL[K, V any](x *avlNode[K, V]) *avlNode[K, V] {
	y := x.right
	x.right = y.left
	y.left = x
	update(x)
	update(y)
	return y
}

func balance[K, V any](n *avlNode[K, V]) *avlNode[K, V] {
	update(n)
	bf := h(n.left) - h(n.right)
	if bf > 1 {
		if h(n.left.left) < h(n.left.right) {
			n.left = rotL(n.left)
		}
		return rotR(n)
	}
	if bf < -1 {
		if h(n.right.right) < h(n.right.left) {
			n.right = rotR(n.right)
		}
		return rotL(n)
	}
	return n
}

func (t *AVL[K, V]) insert(n *avlNode[K, V], k K, v V) *avlNode[K, V] {
	if n == nil {
		t.n++
		return &avlNode[K, V]{key: k, val: v, height: 1}
	}
	switch c := t.compare(k, n.key); {
	case c < 0:
		n.left = t.insert(n.left, k, v)
	case c > 0:
		n.right = t.insert(n.right, k, v)
	default:
		n.val = v
		return n
	}
	return balance(n)
}

func (t *AVL[K, V]) Put(k K, v V) { t.root = t.insert(t.root, k, v) }

func (t *AVL[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		c := t.compare(k, n.key)
		if c == 0 {
			return n.val, true
		}
		if c < 0 {
			n = n.left
		} else {
			n = n.right
		}
	}
	var zero V
	return zero, false
}

func (t *AVL[K, V]) Ascend() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var stack []*avlNode[K, V]
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

func (t *AVL[K, V]) Descend() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(*avlNode[K, V]) bool
		walk = func(n *avlNode[K, V]) bool {
			return n == nil || (walk(n.right) && yield(n.key, n.val) && walk(n.left))
		}
		walk(t.root)
	}
}

type Version struct{ Major, Minor, Patch int }

func (v Version) String() string { return fmt.Sprintf("v%d.%d.%d", v.Major, v.Minor, v.Patch) }

func cmpVersion(a, b Version) int {
	return cmp.Or(cmp.Compare(a.Major, b.Major), cmp.Compare(a.Minor, b.Minor), cmp.Compare(a.Patch, b.Patch))
}

func main() {
	t := NewAVL[int, int](cmp.Compare[int])
	for i := 1; i <= 63; i++ {
		t.Put(i, i*i)
	}
	fmt.Println("sequential insert 1..63: count", t.n, "height", h(t.root), "root", t.root.key)
	v, ok := t.Get(12)
	fmt.Println("get 12:", v, ok)

	rel := NewAVL[Version, string](cmpVersion)
	rel.Put(Version{1, 2, 0}, "minor features")
	rel.Put(Version{0, 9, 1}, "beta fix")
	rel.Put(Version{1, 10, 0}, "big refactor")
	rel.Put(Version{1, 2, 3}, "security patch")
	rel.Put(Version{2, 0, 0}, "breaking API")
	rel.Put(Version{1, 9, 9}, "last 1.x")
	rel.Put(Version{1, 2, 0}, "minor features (re-tagged)")
	fmt.Println("releases ascending:")
	for ver, note := range rel.Ascend() {
		fmt.Printf("  %-8v %s\n", ver, note)
	}
	fmt.Println("latest three:")
	i := 0
	for ver := range rel.Descend() {
		if i == 3 {
			break
		}
		fmt.Println("  ", ver)
		i++
	}

	ci := NewAVL[string, int](func(a, b string) int {
		return strings.Compare(strings.ToLower(a), strings.ToLower(b))
	})
	for _, w := range strings.Fields("Go gopher GO Rust rust Zig zig zIG c C") {
		old, _ := ci.Get(w)
		ci.Put(w, old+1)
	}
	for k, c := range ci.Ascend() {
		fmt.Printf("%s x%d\n", k, c)
	}
	fmt.Println("distinct case-insensitive:", ci.n, "height:", h(ci.root))
}
