// ag10: generic trie keyed by runes with prefix search, longest-prefix match and deletion.
package main

import (
	"fmt"
	"slices"
	"strings"
)

type Trie[V any] struct {
	children map[rune]*Trie[V]
	val      V
	has      bool
}

func NewTrie[V any]() *Trie[V] { return &Trie[V]{children: map[rune]*Trie[V]{}} }

func (t *Trie[V]) Insert(key string, v V) {
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

func (t *Trie[V]) node(prefix string) *Trie[V] {
	n := t
	for _, r := range prefix {
		c, ok := n.children[r]
		if !ok {
			return nil
		}
		n = c
	}
	return n
}

func (t *Trie[V]) Get(key string) (V, bool) {
	if n := t.node(key); n != nil && n.has {
		return n.val, true
	}
	var zero V
	return zero, false
}

func (t *Trie[V]) sortedKeys() []rune {
	ks := make([]rune, 0, len(t.children))
	for r := range t.children {
		ks = append(ks, r)
	}
	slices.Sort(ks)
	return ks
}

// WithPrefix returns keys with the given prefix in lexicographic order.
func (t *Trie[V]) WithPrefix(prefix string, limit int) []string {
	n := t.node(prefix)
	if n == nil {
		return nil
	}
	var out []string
	var walk func(n *Trie[V], acc []rune)
	walk = func(n *Trie[V], acc []rune) {
		if len(out) >= limit {
			return
		}
		if n.has {
			out = append(out, string(acc))
		}
		for _, r := range n.sortedKeys() {
			walk(n.children[r], append(acc, r))
		}
	}
	walk(n, []rune(prefix))
	return out
}

// LongestPrefix finds the longest stored key that is a prefix of s.
func (t *Trie[V]) LongestPrefix(s string) (string, V, bool) {
	n := t
	best, bestLen := n, -1
	if n.has {
		bestLen = 0
	}
	i := 0
	for _, r := range s {
		c, ok := n.children[r]
		if !ok {
			break
		}
		n = c
		i += len(string(r))
		if n.has {
			best, bestLen = n, i
		}
	}
	if bestLen < 0 {
		var zero V
		return "", zero, false
	}
	return s[:bestLen], best.val, true
}

func (t *Trie[V]) Delete(key string) bool {
	var del func(n *Trie[V], rs []rune) bool
	found := false
	del = func(n *Trie[V], rs []rune) bool {
		if len(rs) == 0 {
			if !n.has {
				return false
			}
			found = true
			var zero V
			n.val, n.has = zero, false
			return len(n.children) == 0
		}
		c, ok := n.children[rs[0]]
		if !ok {
			return false
		}
		if del(c, rs[1:]) {
			delete(n.children, rs[0])
		}
		return !n.has && len(n.children) == 0
	}
	del(t, []rune(key))
	return found
}

type Route struct {
	Handler string
	Auth    bool
}

func main() {
	words := NewTrie[int]()
	for i, w := range strings.Fields("car card care careful cart cat catalog dog door dorm über übung") {
		words.Insert(w, i)
	}
	for _, p := range []string{"car", "cat", "do", "üb", "x", ""} {
		fmt.Printf("prefix %-4q -> %v\n", p, words.WithPrefix(p, 5))
	}
	v, ok := words.Get("care")
	fmt.Println("get care:", v, ok)
	_, ok = words.Get("ca")
	fmt.Println("get ca:", ok)
	fmt.Println("delete careful:", words.Delete("careful"), "delete ca:", words.Delete("ca"))
	fmt.Println("after delete car*:", words.WithPrefix("car", 10))

	routes := NewTrie[Route]()
	routes.Insert("/", Route{"index", false})
	routes.Insert("/api/", Route{"api-root", true})
	routes.Insert("/api/users", Route{"users", true})
	routes.Insert("/static/", Route{"files", false})
	for _, path := range []string{"/api/users/42", "/api/orders", "/static/css/site.css", "/about", "/api/users"} {
		pfx, r, _ := routes.LongestPrefix(path)
		fmt.Printf("%-22s matched %-12q handler=%-8s auth=%v\n", path, pfx, r.Handler, r.Auth)
	}
}
