// Trie with insertion counts, prefix autocomplete ranked by frequency, deletion and wildcard match.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Trie struct {
	children map[byte]*Trie
	count    int // times this exact word was inserted
	prefix   int // words passing through
}

func New() *Trie { return &Trie{children: map[byte]*Trie{}} }

func (t *Trie) Insert(w string) {
	n := t
	n.prefix++
	for i := 0; i < len(w); i++ {
		c, ok := n.children[w[i]]
		if !ok {
			c = New()
			n.children[w[i]] = c
		}
		n = c
		n.prefix++
	}
	n.count++
}

func (t *Trie) find(p string) *Trie {
	n := t
	for i := 0; i < len(p) && n != nil; i++ {
		n = n.children[p[i]]
	}
	return n
}

func (t *Trie) Count(w string) int {
	if n := t.find(w); n != nil {
		return n.count
	}
	return 0
}

func (t *Trie) CountPrefix(p string) int {
	if n := t.find(p); n != nil {
		return n.prefix
	}
	return 0
}

func (t *Trie) Delete(w string) bool {
	if t.Count(w) == 0 {
		return false
	}
	n := t
	n.prefix--
	for i := 0; i < len(w); i++ {
		c := n.children[w[i]]
		c.prefix--
		if c.prefix == 0 {
			delete(n.children, w[i])
			return true
		}
		n = c
	}
	n.count--
	return true
}

func (t *Trie) walk(prefix []byte, visit func(word string, count int)) {
	if t.count > 0 {
		visit(string(prefix), t.count)
	}
	keys := make([]byte, 0, len(t.children))
	for k := range t.children {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, k := range keys {
		t.children[k].walk(append(prefix, k), visit)
	}
}

type Suggestion struct {
	Word  string
	Count int
}

func (t *Trie) Complete(p string, k int) []Suggestion {
	n := t.find(p)
	if n == nil {
		return nil
	}
	var out []Suggestion
	n.walk([]byte(p), func(w string, c int) { out = append(out, Suggestion{w, c}) })
	sort.SliceStable(out, func(i, j int) bool { return out[i].Count > out[j].Count })
	if len(out) > k {
		out = out[:k]
	}
	return out
}

// Match supports '.' as a single-character wildcard.
func (t *Trie) Match(pattern string) []string {
	var out []string
	var rec func(n *Trie, i int, acc []byte)
	rec = func(n *Trie, i int, acc []byte) {
		if i == len(pattern) {
			if n.count > 0 {
				out = append(out, string(acc))
			}
			return
		}
		if pattern[i] == '.' {
			keys := make([]byte, 0, len(n.children))
			for k := range n.children {
				keys = append(keys, k)
			}
			sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
			for _, k := range keys {
				rec(n.children[k], i+1, append(acc, k))
			}
		} else if c, ok := n.children[pattern[i]]; ok {
			rec(c, i+1, append(acc, pattern[i]))
		}
	}
	rec(t, 0, nil)
	return out
}

func main() {
	corpus := `the cat sat on the mat the cat ate the rat then the cat ran
	to the tree there they tried to trap the cat but the cat was
	too tricky the trap was a trick the tree was tall then they
	talked and talked to the tall man the man sat on a mat`
	t := New()
	for _, w := range strings.Fields(corpus) {
		t.Insert(w)
	}
	fmt.Println("total words:", t.CountPrefix(""))
	for _, p := range []string{"th", "t", "tr", "ca", "ma", "z"} {
		fmt.Printf("complete(%q, 4) prefix-count=%d: %v\n", p, t.CountPrefix(p), t.Complete(p, 4))
	}
	for _, pat := range []string{".at", "t..", "tr...", "....", "c.t"} {
		fmt.Printf("match(%q): %v\n", pat, t.Match(pat))
	}
	fmt.Println("count(the) =", t.Count("the"), " count(th) =", t.Count("th"))
	for _, w := range []string{"tricky", "trick", "trick", "zebra", "a"} {
		fmt.Printf("delete(%q)=%v\n", w, t.Delete(w))
	}
	fmt.Printf("after deletes: complete(\"tr\")=%v total=%d\n", t.Complete("tr", 10), t.CountPrefix(""))
	var all []string
	t.walk(nil, func(w string, c int) {
		if c >= 3 {
			all = append(all, fmt.Sprintf("%s:%d", w, c))
		}
	})
	fmt.Println("frequent words:", strings.Join(all, " "))
}
