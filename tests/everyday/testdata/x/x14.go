package main

import (
	"fmt"
	"sort"
	"strings"
)

type trieNode struct {
	children map[rune]*trieNode
	end      bool
	count    int
}

type Trie struct {
	root  *trieNode
	words int
}

func NewTrie() *Trie { return &Trie{root: &trieNode{children: map[rune]*trieNode{}}} }

func (t *Trie) Insert(w string) {
	n := t.root
	for _, r := range w {
		next, ok := n.children[r]
		if !ok {
			next = &trieNode{children: map[rune]*trieNode{}}
			n.children[r] = next
		}
		next.count++
		n = next
	}
	if !n.end {
		t.words++
	}
	n.end = true
}

func (t *Trie) find(prefix string) *trieNode {
	n := t.root
	for _, r := range prefix {
		n = n.children[r]
		if n == nil {
			return nil
		}
	}
	return n
}

func (t *Trie) Contains(w string) bool {
	n := t.find(w)
	return n != nil && n.end
}

func (t *Trie) Complete(prefix string, limit int) []string {
	var out []string
	var walk func(n *trieNode, acc []rune)
	walk = func(n *trieNode, acc []rune) {
		if len(out) >= limit {
			return
		}
		if n.end {
			out = append(out, string(acc))
		}
		keys := make([]rune, 0, len(n.children))
		for r := range n.children {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			walk(n.children[r], append(acc, r))
		}
	}
	if n := t.find(prefix); n != nil {
		walk(n, []rune(prefix))
	}
	return out
}

func (t *Trie) LongestCommonPrefix() string {
	var sb strings.Builder
	n := t.root
	for len(n.children) == 1 && !n.end {
		for r, c := range n.children {
			sb.WriteRune(r)
			n = c
		}
	}
	return sb.String()
}

func main() {
	t := NewTrie()
	words := strings.Fields("car card care careful cart cat catalog dog dodge door über übel car")
	for _, w := range words {
		t.Insert(w)
	}
	fmt.Println("distinct words:", t.words)
	for _, q := range []string{"car", "ca", "cards", "über", "do"} {
		fmt.Printf("contains(%q)=%v\n", q, t.Contains(q))
	}
	for _, p := range []string{"car", "ca", "do", "üb", "x", ""} {
		fmt.Printf("complete(%q) = %v\n", p, t.Complete(p, 4))
	}
	if n := t.find("car"); n != nil {
		fmt.Println("words through 'car':", n.count)
	}
	t2 := NewTrie()
	for _, w := range []string{"interview", "internet", "interval", "internal"} {
		t2.Insert(w)
	}
	fmt.Printf("lcp=%q\n", t2.LongestCommonPrefix())
}
