// Huffman coding with container/heap: build tree, encode, decode, and report compression.
package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"
)

type Node interface {
	Weight() int
	Order() int // tie-break key for deterministic trees
}

type Leaf struct {
	Sym   rune
	Count int
}

func (l *Leaf) Weight() int { return l.Count }
func (l *Leaf) Order() int  { return int(l.Sym) }

type Branch struct {
	Left, Right Node
	W, seq      int
}

func (b *Branch) Weight() int { return b.W }
func (b *Branch) Order() int  { return 1<<20 + b.seq }

type forest []Node

func (f forest) Len() int { return len(f) }
func (f forest) Less(i, j int) bool {
	if f[i].Weight() != f[j].Weight() {
		return f[i].Weight() < f[j].Weight()
	}
	return f[i].Order() < f[j].Order()
}
func (f forest) Swap(i, j int) { f[i], f[j] = f[j], f[i] }
func (f *forest) Push(x any)   { *f = append(*f, x.(Node)) }
func (f *forest) Pop() any {
	old := *f
	n := old[len(old)-1]
	*f = old[:len(old)-1]
	return n
}

type Codec struct {
	root  Node
	codes map[rune]string
}

func Build(text string) *Codec {
	counts := map[rune]int{}
	for _, r := range text {
		counts[r]++
	}
	f := &forest{}
	for r, c := range counts {
		*f = append(*f, &Leaf{r, c})
	}
	heap.Init(f)
	seq := 0
	for f.Len() > 1 {
		a := heap.Pop(f).(Node)
		b := heap.Pop(f).(Node)
		heap.Push(f, &Branch{a, b, a.Weight() + b.Weight(), seq})
		seq++
	}
	c := &Codec{root: (*f)[0], codes: map[rune]string{}}
	c.assign(c.root, "")
	return c
}

func (c *Codec) assign(n Node, prefix string) {
	switch n := n.(type) {
	case *Leaf:
		if prefix == "" {
			prefix = "0"
		}
		c.codes[n.Sym] = prefix
	case *Branch:
		c.assign(n.Left, prefix+"0")
		c.assign(n.Right, prefix+"1")
	}
}

func (c *Codec) Encode(s string) string {
	var sb strings.Builder
	for _, r := range s {
		sb.WriteString(c.codes[r])
	}
	return sb.String()
}

func (c *Codec) Decode(bits string) (string, error) {
	var sb strings.Builder
	n := c.root
	for i, b := range bits {
		br, ok := n.(*Branch)
		if !ok {
			sb.WriteRune(n.(*Leaf).Sym)
			continue
		}
		switch b {
		case '0':
			n = br.Left
		case '1':
			n = br.Right
		default:
			return "", fmt.Errorf("bad bit %q at %d", b, i)
		}
		if l, ok := n.(*Leaf); ok {
			sb.WriteRune(l.Sym)
			n = c.root
		}
	}
	if n != c.root {
		return sb.String(), fmt.Errorf("trailing partial code")
	}
	return sb.String(), nil
}

func main() {
	texts := []string{
		"abracadabra",
		"mississippi river",
		"the quick brown fox jumps over the lazy dog",
		"aaaaaaaabbbc",
	}
	for _, t := range texts {
		c := Build(t)
		enc := c.Encode(t)
		dec, err := c.Decode(enc)
		fmt.Printf("%q: %d bits vs %d fixed-8 (%.1f%%), roundtrip=%v err=%v\n",
			t, len(enc), 8*len(t), 100*float64(len(enc))/float64(8*len(t)), dec == t, err)
	}
	c := Build(texts[1])
	syms := make([]rune, 0, len(c.codes))
	for r := range c.codes {
		syms = append(syms, r)
	}
	sort.Slice(syms, func(i, j int) bool {
		ci, cj := c.codes[syms[i]], c.codes[syms[j]]
		if len(ci) != len(cj) {
			return len(ci) < len(cj)
		}
		return ci < cj
	})
	fmt.Println("code table for", texts[1])
	for _, r := range syms {
		fmt.Printf("  %q -> %s\n", r, c.codes[r])
	}
	fmt.Println("encoded:", c.Encode("sip"))
	_, err := c.Decode("01x")
	fmt.Println("decode error:", err)
	_, err = c.Decode("1")
	fmt.Println("decode error:", err)
}
