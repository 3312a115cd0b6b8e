// Trie with insertion, deletion, prefix counting, autocomplete and longest common prefix.
package main

import (
	"fmt"
	"slices"
	"strings"
)

type node struct {
	children map[rune]*node
	terminal bool
	count    int // number of words passing through this node
}

func newNode() *node { return &node{children: map[rune]*node{}} }

type Trie struct {
	root  *node
	words int
}

func NewTrie(words ...string) *Trie {
	t := &Trie{root: newNode()}
	for _, w := range words {
		t.Insert(w)
	}
	return t
}

func (t *Trie) Insert(w string) bool {
	if t.Contains(w) {
		return false
	}
	n := t.root
	n.count++
	for _, r := range w {
		child, ok := n.children[r]
		if !ok {
			child = newNode()
			n.children[r] = child
		}
		child.count++
		n = child
	}
	n.terminal = true
	t.words++
	return true
}

func (t *Trie) find(prefix string) *node {
	n := t.root
	for _, r := range prefix {
		if n = n.children[r]; n == nil {
			return nil
		}
	}
	return n
}

func (t *Trie) Contains(w string) bool { n := t.find(w); return n != nil && n.terminal }

func (t *Trie) CountPrefix(p string) int {
	if n := t.find(p); n != nil {
		return n.count
	}
	return 0
}

func (t *Trie) Delete(w string) bool {
	if !t.Contains(w) {
		return false
	}
	n := t.root
	n.count--
	for _, r := range w {
		child := n.children[r]
		child.count--
		if child.count == 0 {
			delete(n.children, r)
			t.words--
			return true
		}
		n = child
	}
	n.terminal = false
	t.words--
	return true
}

func (t *Trie) Complete(prefix string, limit int) []string {
	var out []string
	var walk func(n *node, buf []rune)
	walk = func(n *node, buf []rune) {
		if len(out) >= limit {
			return
		}
		if n.terminal {
			out = append(out, string(buf))
		}
		keys := make([]rune, 0, len(n.children))
		for r := range n.children {
			keys = append(keys, r)
		}
		slices.Sort(keys)
		for _, r := range keys {
			walk(n.children[r], append(buf, r))
		}
	}
	if n := t.find(prefix); n != nil {
		walk(n, []rune(prefix))
	}
	return out
}

func (t *Trie) LongestCommonPrefix() string {
	var sb strings.Builder
	for n := t.root; len(n.children) == 1 && !n.terminal; {
		for r, c := range n.children {
			sb.WriteRune(r)
			n = c
		}
	}
	return sb.String()
}

func main() {
	t := NewTrie("car", "card", "care", "careful", "cart", "cat", "catalog", "dog", "dot", "dove", "über", "übel")
	fmt.Println("words:", t.words, "dup insert:", t.Insert("car"))
	for _, p := range []string{"car", "ca", "do", "ü", "x", ""} {
		fmt.Printf("prefix %-5q count=%2d complete=%v\n", p, t.CountPrefix(p), t.Complete(p, 4))
	}
	fmt.Println("contains care/carp:", t.Contains("care"), t.Contains("carp"))
	fmt.Println("delete careful:", t.Delete("careful"), "delete careful again:", t.Delete("careful"))
	fmt.Println("delete car:", t.Delete("car"), "still has card:", t.Contains("card"))
	fmt.Println("after deletes, car* =", t.Complete("car", 10), "words:", t.words)

	lcp := NewTrie("interstellar", "internet", "interval", "internal")
	fmt.Printf("LCP = %q\n", lcp.LongestCommonPrefix())
	lcp.Insert("inter")
	fmt.Printf("LCP after adding 'inter' = %q\n", lcp.LongestCommonPrefix())
	lcp.Insert("apple")
	fmt.Printf("LCP after adding 'apple' = %q\n", lcp.LongestCommonPrefix())
}
