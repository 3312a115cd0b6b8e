// Generic binary search tree BST[K cmp.Ordered, V any] with range queries and iter.Seq2.
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

func (t *BST[K, V]) Get(k K) (v V, ok bool) {
	for n := t.root; n != nil; {
		switch c := cmp.Compare(k, n.key); {
		case c < 0:
			n = n.left
		case c > 0:
			n = n.right
		default:
			return n.val, true
		}
	}
	return v, false
}

func (t *BST[K, V]) Delete(k K) bool {
	var del func(n *node[K, V], k K) (*node[K, V], bool)
	del = func(n *node[K, V], k K) (_ *node[K, V], ok bool) {
		if n == nil {
			return nil, false
		}
		switch c := cmp.Compare(k, n.key); {
		case c < 0:
			n.left, ok = del(n.left, k)
		case c > 0:
			n.right, ok = del(n.right, k)
		default:
			switch {
			case n.left == nil:
				return n.right, true
			case n.right == nil:
				return n.left, true
			}
			succ := n.right
			for succ.left != nil {
				succ = succ.left
			}
			n.key, n.val = succ.key, succ.val
			n.right, _ = del(n.right, succ.key)
			return n, true
		}
		return n, ok
	}
	root, ok := del(t.root, k)
	if t.root = root; ok {
		t.size--
	}
	return ok
}

// All yields entries in key order; stops early if the consumer breaks.
func (t *BST[K, V]) All() iter.Seq2[K, V] { return t.Range(nil, nil) }

// Range yields entries with lo <= key < hi; nil bounds are open.
func (t *BST[K, V]) Range(lo, hi *K) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *node[K, V]) bool
		walk = func(n *node[K, V]) bool {
			if n == nil {
				return true
			}
			if lo == nil || n.key > *lo {
				if !walk(n.left) {
					return false
				}
			}
			if (lo == nil || n.key >= *lo) && (hi == nil || n.key < *hi) {
				if !yield(n.key, n.val) {
					return false
				}
			}
			if hi == nil || n.key < *hi {
				return walk(n.right)
			}
			return true
		}
		walk(t.root)
	}
}

func main() {
	var words BST[string, int]
	text := "the quick brown fox jumps over the lazy dog the fox barks"
	for _, w := range strings.Fields(text) {
		n, _ := words.Get(w)
		words.Put(w, n+1)
	}
	fmt.Println("distinct words:", words.size)
	for k, v := range words.All() {
		fmt.Printf("  %-6s %d\n", k, v)
	}
	lo, hi := "d", "q"
	fmt.Printf("words in [%s, %s): ", lo, hi)
	for k := range words.Range(&lo, &hi) {
		fmt.Print(k, " ")
	}
	fmt.Println()
	var scores BST[int, string]
	for i, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		scores.Put(k, fmt.Sprintf("v%d", i))
	}
	fmt.Println("delete 30:", scores.Delete(30), "delete 99:", scores.Delete(99), "size:", scores.size)
	for k, v := range scores.All() {
		if fmt.Printf("%d=%s ", k, v); k >= 50 {
			fmt.Print("(stopped early)")
			break
		}
	}
	fmt.Println()
	v, ok := scores.Get(45)
	_, ok30 := scores.Get(30)
	fmt.Println("get 45:", v, ok, "| get 30 after delete:", ok30)
}
