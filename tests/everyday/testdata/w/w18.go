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
		if k < n.key {
			n = n.left
		} else if k > n.key {
			n = n.right
		} else {
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

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

func height[K cmp.Ordered, V any](n *node[K, V]) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.left), height(n.right))
}

func (t *Tree[K, V]) Render() string {
	var sb strings.Builder
	var rec func(n *node[K, V], depth int)
	rec = func(n *node[K, V], depth int) {
		if n == nil {
			return
		}
		rec(n.right, depth+1)
		fmt.Fprintf(&sb, "%s%v\n", strings.Repeat("    ", depth), n.key)
		rec(n.left, depth+1)
	}
	rec(t.root, 0)
	return sb.String()
}

func main() {
	t := &Tree[int, string]{}
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		t.Put(k, fmt.Sprintf("v%d", k))
	}
	t.Put(40, "forty")
	fmt.Println("size:", t.size, "height:", height(t.root))
	fmt.Print(t.Render())
	for k, v := range t.All() {
		if k > 60 {
			break
		}
		fmt.Printf("%d=%s ", k, v)
	}
	fmt.Println()
	v45, ok45 := t.Get(45)
	v99, ok99 := t.Get(99)
	fmt.Printf("get: %q %v %q %v\n", v45, ok45, v99, ok99)
	words := &Tree[string, int]{}
	for _, w := range strings.Fields("it was the best of times it was the worst of times") {
		c, _ := words.Get(w)
		words.Put(w, c+1)
	}
	var parts []string
	for w, c := range words.All() {
		parts = append(parts, fmt.Sprintf("%s:%d", w, c))
	}
	fmt.Println(strings.Join(parts, " "), "| height", height(words.root))
	degenerate := &Tree[float64, bool]{}
	for i := range 8 {
		degenerate.Put(float64(i)/2, i%2 == 0)
	}
	fmt.Println("degenerate height:", height(degenerate.root), "size:", degenerate.size)
}
