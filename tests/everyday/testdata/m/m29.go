package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Aho-Corasick automaton: a trie of the patterns plus failure links, so the text is
// scanned once no matter how many patterns there are.
type node struct {
	next  map[byte]int
	fail  int
	out   []int // indexes of patterns ending here (including via failure links)
	depth int
}

type Matcher struct {
	nodes    []node
	patterns []string
}

type Match struct {
	Start   int
	Pattern string
}

func New(patterns ...string) *Matcher {
	m := &Matcher{nodes: []node{{next: map[byte]int{}}}, patterns: patterns}
	for i, p := range patterns {
		cur := 0
		for _, c := range []byte(strings.ToLower(p)) {
			nxt, ok := m.nodes[cur].next[c]
			if !ok {
				m.nodes = append(m.nodes, node{next: map[byte]int{}, depth: m.nodes[cur].depth + 1})
				nxt = len(m.nodes) - 1
				m.nodes[cur].next[c] = nxt
			}
			cur = nxt
		}
		m.nodes[cur].out = append(m.nodes[cur].out, i)
	}
	queue := []int{0}
	for len(queue) > 0 { // breadth-first, so a node's fail target is finished before it
		u := queue[0]
		queue = queue[1:]
		for _, c := range slices.Sorted(maps.Keys(m.nodes[u].next)) {
			v := m.nodes[u].next[c]
			if u != 0 {
				m.nodes[v].fail = m.step(m.nodes[u].fail, c)
			}
			m.nodes[v].out = append(m.nodes[v].out, m.nodes[m.nodes[v].fail].out...)
			queue = append(queue, v)
		}
	}
	return m
}

// step follows failure links until a transition on c exists (or the root is reached).
func (m *Matcher) step(state int, c byte) int {
	for {
		if nxt, ok := m.nodes[state].next[c]; ok {
			return nxt
		}
		if state == 0 {
			return 0
		}
		state = m.nodes[state].fail
	}
}

func (m *Matcher) FindAll(text string) []Match {
	var found []Match
	state := 0
	for i := 0; i < len(text); i++ {
		state = m.step(state, strings.ToLower(text[i : i+1])[0])
		for _, pi := range m.nodes[state].out {
			found = append(found, Match{i - len(m.patterns[pi]) + 1, m.patterns[pi]})
		}
	}
	return found
}

func Count[K comparable](xs []K) map[K]int {
	counts := make(map[K]int)
	for _, x := range xs {
		counts[x]++
	}
	return counts
}

func Redact(text string, matches []Match) string {
	b := []byte(text)
	for _, m := range matches {
		for i := m.Start; i < m.Start+len(m.Pattern); i++ {
			b[i] = '*'
		}
	}
	return string(b)
}

func main() {
	classic := New("he", "she", "his", "hers")
	fmt.Printf("trie for %v has %d states\n", classic.patterns, len(classic.nodes))
	for i, n := range classic.nodes[1:] {
		fmt.Printf("  state %2d depth %d fail -> %d outputs %v\n", i+1, n.depth, n.fail, n.out)
	}
	for _, m := range classic.FindAll("ushers and his sheep") {
		fmt.Printf("  %-4s at %2d\n", m.Pattern, m.Start)
	}
	text := "The Password is SECRET; never share the password or the secret token. Tokens expire."
	words := New("password", "secret", "token", "pass")
	matches := words.FindAll(text)
	var names []string
	for _, m := range matches {
		names = append(names, m.Pattern)
	}
	counts := Count(names)
	for _, p := range slices.Sorted(maps.Keys(counts)) {
		fmt.Printf("%-9s x%d\n", p, counts[p])
	}
	fmt.Println(Redact(text, matches))
}
