// 8-puzzle: seeded scramble, then BFS and A* (two heuristics) with node counts.
package main

import (
	"container/heap"
	"fmt"
	"math/rand/v2"
	"strings"
)

type State [9]byte

var goal = State{1, 2, 3, 4, 5, 6, 7, 8, 0}

func (s State) blank() int {
	for i, v := range s {
		if v == 0 {
			return i
		}
	}
	return -1
}

type Move byte

func (m Move) String() string { return string(m) }

func (s State) Neighbors() []struct {
	S State
	M Move
} {
	b := s.blank()
	r, c := b/3, b%3
	var out []struct {
		S State
		M Move
	}
	try := func(ok bool, to int, m Move) {
		if ok {
			n := s
			n[b], n[to] = n[to], n[b]
			out = append(out, struct {
				S State
				M Move
			}{n, m})
		}
	}
	try(r > 0, b-3, 'U')
	try(r < 2, b+3, 'D')
	try(c > 0, b-1, 'L')
	try(c < 2, b+1, 'R')
	return out
}

func (s State) String() string {
	var rows []string
	for r := 0; r < 3; r++ {
		row := ""
		for c := 0; c < 3; c++ {
			if v := s[r*3+c]; v == 0 {
				row += " _"
			} else {
				row += fmt.Sprintf(" %d", v)
			}
		}
		rows = append(rows, row)
	}
	return strings.Join(rows, "\n")
}

type Heuristic func(State) int

func Misplaced(s State) int {
	n := 0
	for i, v := range s {
		if v != 0 && v != goal[i] {
			n++
		}
	}
	return n
}

func Manhattan(s State) int {
	d := 0
	for i, v := range s {
		if v == 0 {
			continue
		}
		t := int(v) - 1
		dr, dc := i/3-t/3, i%3-t%3
		d += max(dr, -dr) + max(dc, -dc)
	}
	return d
}

type entry struct {
	s    State
	g, f int
	seq  int
}

type pq []entry

func (p pq) Len() int { return len(p) }
func (p pq) Less(i, j int) bool {
	if p[i].f != p[j].f {
		return p[i].f < p[j].f
	}
	return p[i].seq < p[j].seq
}
func (p pq) Swap(i, j int) { p[i], p[j] = p[j], p[i] }
func (p *pq) Push(x any)   { *p = append(*p, x.(entry)) }
func (p *pq) Pop() any     { o := *p; e := o[len(o)-1]; *p = o[:len(o)-1]; return e }

// Solve runs A*; a nil heuristic makes it uniform-cost (BFS-equivalent here).
func Solve(start State, h Heuristic) (string, int) {
	if h == nil {
		h = func(State) int { return 0 }
	}
	type link struct {
		prev State
		m    Move
	}
	came := map[State]link{}
	best := map[State]int{start: 0}
	open := &pq{{start, 0, h(start), 0}}
	seq, expanded := 0, 0
	for open.Len() > 0 {
		e := heap.Pop(open).(entry)
		if e.g > best[e.s] {
			continue
		}
		expanded++
		if e.s == goal {
			var path []byte
			for s := e.s; s != start; s = came[s].prev {
				path = append([]byte{byte(came[s].m)}, path...)
			}
			return string(path), expanded
		}
		for _, n := range e.s.Neighbors() {
			if g, ok := best[n.S]; !ok || e.g+1 < g {
				best[n.S] = e.g + 1
				came[n.S] = link{e.s, n.M}
				seq++
				heap.Push(open, entry{n.S, e.g + 1, e.g + 1 + h(n.S), seq})
			}
		}
	}
	return "", expanded
}

func scramble(rng *rand.Rand, moves int) State {
	s := goal
	var prev State
	for i := 0; i < moves; i++ {
		ns := s.Neighbors()
		for {
			n := ns[rng.IntN(len(ns))]
			if n.S != prev {
				prev, s = s, n.S
				break
			}
		}
	}
	return s
}

func main() {
	rng := rand.New(rand.NewPCG(77, 1))
	for _, depth := range []int{6, 10, 12} {
		start := scramble(rng, depth)
		fmt.Printf("scramble of %d random moves:\n%v\n", depth, start)
		for _, hc := range []struct {
			name string
			h    Heuristic
		}{{"uniform", nil}, {"misplaced", Misplaced}, {"manhattan", Manhattan}} {
			path, n := Solve(start, hc.h)
			fmt.Printf("  %-9s solution %-16s len=%2d expanded=%d\n", hc.name, path, len(path), n)
		}
	}
	path, _ := Solve(scramble(rng, 8), Manhattan)
	fmt.Println("another manhattan solution:", path, "h(goal) =", Manhattan(goal), Misplaced(goal))
}
