package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

// Trie maps string keys to values of any type and supports prefix walks.
type Trie[V any] struct {
	children map[rune]*Trie[V]
	val      V
	has      bool
}

func NewTrie[V any]() *Trie[V] { return &Trie[V]{children: map[rune]*Trie[V]{}} }

func (t *Trie[V]) Put(key string, v V) {
	n := t
	for _, r := range key {
		c, ok := n.children[r]
		if !ok {
			c = NewTrie[V]()
			n.children[r] = c
		}
		n = c
	}
	n.val, n.has = v, true
}

func (t *Trie[V]) find(prefix string) *Trie[V] {
	n := t
	for _, r := range prefix {
		if n = n.children[r]; n == nil {
			return nil
		}
	}
	return n
}

func (t *Trie[V]) Get(key string) (V, bool) {
	if n := t.find(key); n != nil && n.has {
		return n.val, true
	}
	var zero V
	return zero, false
}

// WithPrefix yields all (key, value) pairs under prefix in lexical order.
func (t *Trie[V]) WithPrefix(prefix string) iter.Seq2[string, V] {
	return func(yield func(string, V) bool) {
		start := t.find(prefix)
		if start == nil {
			return
		}
		var walk func(n *Trie[V], path []rune) bool
		walk = func(n *Trie[V], path []rune) bool {
			if n.has && !yield(string(path), n.val) {
				return false
			}
			for _, r := range slices.Sorted(maps.Keys(n.children)) {
				if !walk(n.children[r], append(path, r)) {
					return false
				}
			}
			return true
		}
		walk(start, []rune(prefix))
	}
}

func (t *Trie[V]) Len() int {
	n := 0
	for range t.WithPrefix("") {
		n++
	}
	return n
}

type Handler struct {
	Method string
	Name   string
}

func (h Handler) String() string { return h.Method + " " + h.Name }

func main() {
	words := NewTrie[int]()
	for i, w := range strings.Fields("car cart carbon care cat dog do dot card carbonate") {
		words.Put(w, i)
	}
	fmt.Println("size:", words.Len())
	for k, v := range words.WithPrefix("car") {
		fmt.Printf("  %s=%d\n", k, v)
	}
	fmt.Print("autocomplete 'd' (max 2): ")
	n := 0
	for k := range words.WithPrefix("d") {
		fmt.Print(k, " ")
		if n++; n == 2 {
			break
		}
	}
	fmt.Println()
	v, ok := words.Get("ca")
	fmt.Println("Get(ca):", v, ok)
	v, ok = words.Get("dot")
	fmt.Println("Get(dot):", v, ok)
	none := 0
	for range words.WithPrefix("zzz") {
		none++
	}
	fmt.Println("prefix zzz matches:", none)

	routes := NewTrie[Handler]()
	routes.Put("/api/users", Handler{"GET", "listUsers"})
	routes.Put("/api/users/me", Handler{"GET", "me"})
	routes.Put("/api/orders", Handler{"POST", "createOrder"})
	routes.Put("/health", Handler{"GET", "health"})
	routes.Put("/api/ünïcode", Handler{"GET", "unicode"})
	for path, h := range routes.WithPrefix("/api/") {
		fmt.Printf("%-16s -> %v\n", path, h)
	}
}
