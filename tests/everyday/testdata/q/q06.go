// q06: prefix trie with iter.Seq-based autocomplete for a command palette.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

type node[V any] struct {
	children map[rune]*node[V]
	value    V
	terminal bool
}

// Trie maps string keys to values and supports prefix queries.
type Trie[V any] struct {
	root *node[V]
	size int
}

func NewTrie[V any]() *Trie[V] { return &Trie[V]{root: &node[V]{children: map[rune]*node[V]{}}} }

func (t *Trie[V]) Insert(key string, v V) {
	n := t.root
	for _, r := range key {
		child, ok := n.children[r]
		if !ok {
			child = &node[V]{children: map[rune]*node[V]{}}
			n.children[r] = child
		}
		n = child
	}
	if !n.terminal {
		t.size++
	}
	n.terminal, n.value = true, v
}

func (t *Trie[V]) find(prefix string) *node[V] {
	n := t.root
	for _, r := range prefix {
		n = n.children[r]
		if n == nil {
			return nil
		}
	}
	return n
}

func (t *Trie[V]) Get(key string) (V, bool) {
	if n := t.find(key); n != nil && n.terminal {
		return n.value, true
	}
	var zero V
	return zero, false
}

// WithPrefix yields all entries under prefix in lexicographic order.
func (t *Trie[V]) WithPrefix(prefix string) iter.Seq2[string, V] {
	return func(yield func(string, V) bool) {
		start := t.find(prefix)
		if start == nil {
			return
		}
		var walk func(n *node[V], path []rune) bool
		walk = func(n *node[V], path []rune) bool {
			if n.terminal && !yield(string(path), n.value) {
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

// Take stops any Seq2 after n elements.
func Take[K, V any](seq iter.Seq2[K, V], n int) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for k, v := range seq {
			if !yield(k, v) {
				return
			}
			i++
			if i >= n {
				return
			}
		}
	}
}

type Command struct {
	Shortcut string
	Usage    int
}

func main() {
	t := NewTrie[Command]()
	cmds := map[string]Command{
		"git commit": {"ctrl+k", 91}, "git checkout": {"", 40}, "git cherry-pick": {"", 7},
		"git clone": {"", 12}, "go build": {"ctrl+b", 70}, "go test": {"ctrl+t", 88},
		"go test -race": {"", 21}, "go vet": {"", 33}, "grep": {"", 55}, "gofmt": {"", 18},
	}
	for _, k := range slices.Sorted(maps.Keys(cmds)) {
		t.Insert(k, cmds[k])
	}
	t.Insert("go vet", Command{"ctrl+v", 34}) // overwrite, size unchanged
	fmt.Println("entries:", t.size)
	for _, prefix := range []string{"git c", "go", "go test", "gr", "kubectl"} {
		fmt.Printf("prefix %q:\n", prefix)
		found := false
		for k, c := range t.WithPrefix(prefix) {
			found = true
			fmt.Printf("  %-16s usage=%-3d shortcut=%q\n", k, c.Usage, c.Shortcut)
		}
		if !found {
			fmt.Println("  (no matches)")
		}
	}
	fmt.Println("top 2 for \"g\":")
	for k := range Take(t.WithPrefix("g"), 2) {
		fmt.Println("  ", k)
	}
	if c, ok := t.Get("go vet"); ok {
		fmt.Println("go vet ->", c.Shortcut, c.Usage)
	}
	_, ok := t.Get("go")
	fmt.Println("\"go\" is a key:", ok)
}
