package main

import (
	"fmt"
	"slices"
	"strings"
)

type TrieNode struct {
	children map[rune]*TrieNode
	terminal bool
	count    int
}

type Trie struct {
	root  *TrieNode
	words int
}

func NewTrie() *Trie { return &Trie{root: &TrieNode{children: map[rune]*TrieNode{}}} }

func (t *Trie) Insert(w string) {
	n := t.root
	for _, r := range w {
		child, ok := n.children[r]
		if !ok {
			child = &TrieNode{children: map[rune]*TrieNode{}}
			n.children[r] = child
		}
		child.count++
		n = child
	}
	if !n.terminal {
		t.words++
	}
	n.terminal = true
}

func (t *Trie) find(prefix string) *TrieNode {
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
	return n != nil && n.terminal
}

func (t *Trie) Complete(prefix string, limit int) []string {
	var out []string
	var dfs func(n *TrieNode, acc []rune)
	dfs = func(n *TrieNode, acc []rune) {
		if len(out) >= limit {
			return
		}
		if n.terminal {
			out = append(out, string(acc))
		}
		keys := make([]rune, 0, len(n.children))
		for r := range n.children {
			keys = append(keys, r)
		}
		slices.Sort(keys)
		for _, r := range keys {
			dfs(n.children[r], append(acc, r))
		}
	}
	if n := t.find(prefix); n != nil {
		dfs(n, []rune(prefix))
	}
	return out
}

func (t *Trie) LongestCommonPrefix() string {
	var sb strings.Builder
	n := t.root
	for len(n.children) == 1 && !n.terminal {
		for r, c := range n.children {
			sb.WriteRune(r)
			n = c
		}
	}
	return sb.String()
}

func main() {
	t := NewTrie()
	corpus := `go gopher golang google good goods goal gold golf gone
		grep grape graph graphql green greet greeting gö gödel`
	for _, w := range strings.Fields(corpus) {
		t.Insert(w)
	}
	t.Insert("go")
	fmt.Println("words:", t.words)
	for _, p := range []string{"go", "gol", "gra", "gree", "gö", "x", ""} {
		n := t.find(p)
		cnt := 0
		if n != nil {
			cnt = n.count
		}
		fmt.Printf("%-5q -> %v (prefix count %d)\n", p, t.Complete(p, 5), cnt)
	}
	fmt.Println(t.Contains("gol"), t.Contains("golf"), t.Contains("gödel"))

	t2 := NewTrie()
	for _, w := range []string{"interview", "internet", "internal", "interval"} {
		t2.Insert(w)
	}
	fmt.Printf("lcp=%q\n", t2.LongestCommonPrefix())
	t2.Insert("in")
	fmt.Printf("lcp after 'in'=%q\n", t2.LongestCommonPrefix())
}
