package main

import (
	"container/heap"
	"errors"
	"fmt"
	"sort"
	"strings"
)

type node struct {
	sym         byte
	freq        int
	order       int // tie breaker for deterministic trees
	left, right *node
}

type pq []*node

func (q pq) Len() int { return len(q) }
func (q pq) Less(i, j int) bool {
	if q[i].freq != q[j].freq {
		return q[i].freq < q[j].freq
	}
	return q[i].order < q[j].order
}
func (q pq) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *pq) Push(x any)   { *q = append(*q, x.(*node)) }
func (q *pq) Pop() any     { old := *q; n := old[len(old)-1]; *q = old[:len(old)-1]; return n }

// codeLengths builds a Huffman tree and returns the depth of each symbol.
func codeLengths(data []byte) map[byte]int {
	freq := map[byte]int{}
	for _, b := range data {
		freq[b]++
	}
	var q pq
	for s := 0; s < 256; s++ {
		if f := freq[byte(s)]; f > 0 {
			q = append(q, &node{sym: byte(s), freq: f, order: s})
		}
	}
	heap.Init(&q)
	next := 256
	for q.Len() > 1 {
		a, b := heap.Pop(&q).(*node), heap.Pop(&q).(*node)
		heap.Push(&q, &node{freq: a.freq + b.freq, order: next, left: a, right: b})
		next++
	}
	lengths := map[byte]int{}
	var walk func(n *node, d int)
	walk = func(n *node, d int) {
		if n.left == nil {
			lengths[n.sym] = max(d, 1)
			return
		}
		walk(n.left, d+1)
		walk(n.right, d+1)
	}
	if q.Len() == 1 {
		walk(q[0], 0)
	}
	return lengths
}

type Code struct {
	Sym  byte
	Bits uint32
	Len  int
}

// canonical assigns codes in (length, symbol) order, as DEFLATE does.
func canonical(lengths map[byte]int) []Code {
	var codes []Code
	for s, l := range lengths {
		codes = append(codes, Code{Sym: s, Len: l})
	}
	sort.Slice(codes, func(i, j int) bool {
		if codes[i].Len != codes[j].Len {
			return codes[i].Len < codes[j].Len
		}
		return codes[i].Sym < codes[j].Sym
	})
	code, prevLen := uint32(0), codes[0].Len
	for i := range codes {
		code <<= codes[i].Len - prevLen
		prevLen = codes[i].Len
		codes[i].Bits = code
		code++
	}
	return codes
}

type BitWriter struct {
	buf   []byte
	nbits int
}

func (w *BitWriter) Write(bits uint32, n int) {
	for i := n - 1; i >= 0; i-- {
		if w.nbits%8 == 0 {
			w.buf = append(w.buf, 0)
		}
		if bits>>i&1 == 1 {
			w.buf[len(w.buf)-1] |= 0x80 >> (w.nbits % 8)
		}
		w.nbits++
	}
}

var ErrBadCode = errors.New("invalid code in stream")

func decode(buf []byte, nbits int, codes []Code) ([]byte, error) {
	lookup := map[[2]uint32]byte{}
	for _, c := range codes {
		lookup[[2]uint32{c.Bits, uint32(c.Len)}] = c.Sym
	}
	var out []byte
	var cur uint32
	n := 0
	for i := 0; i < nbits; i++ {
		cur = cur<<1 | uint32(buf[i/8]>>(7-i%8)&1)
		n++
		if s, ok := lookup[[2]uint32{cur, uint32(n)}]; ok {
			out = append(out, s)
			cur, n = 0, 0
		} else if n > 24 {
			return out, fmt.Errorf("%w at bit %d", ErrBadCode, i)
		}
	}
	return out, nil
}

func main() {
	texts := []string{
		"abracadabra",
		"this is an example of a huffman tree",
		strings.Repeat("a", 20) + strings.Repeat("b", 10) + "ccccc" + "dd" + "e",
		"zzzz",
	}
	for ti, text := range texts {
		codes := canonical(codeLengths([]byte(text)))
		w := &BitWriter{}
		table := map[byte]Code{}
		for _, c := range codes {
			table[c.Sym] = c
		}
		for _, b := range []byte(text) {
			w.Write(table[b].Bits, table[b].Len)
		}
		back, err := decode(w.buf, w.nbits, codes)
		fmt.Printf("text %d: %d bytes -> %d bits (%d bytes), %.2f bits/symbol, %d symbols, ok=%v err=%v\n",
			ti+1, len(text), w.nbits, len(w.buf), float64(w.nbits)/float64(len(text)), len(codes), string(back) == text, err)
		if ti == 0 || ti == 2 {
			for _, c := range codes {
				fmt.Printf("    %q len=%d code=%0*b\n", c.Sym, c.Len, c.Len, c.Bits)
			}
		}
	}
	codes := canonical(codeLengths([]byte("aaab")))
	_, err := decode([]byte{0xFF, 0xFF, 0xFF, 0xFF}, 32, codes[:1])
	fmt.Println("corrupt stream:", err, "| is ErrBadCode:", errors.Is(err, ErrBadCode))
}
