// A* path finding on a weighted grid using container/heap.
package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Pos struct{ X, Y int }

type Terrain rune

const (
	Road   Terrain = '.'
	Grass  Terrain = ','
	Swamp  Terrain = '~'
	Wall   Terrain = '#'
	StartT Terrain = 'S'
	GoalT  Terrain = 'G'
)

func (t Terrain) Cost() (int, bool) {
	switch t {
	case Road, StartT, GoalT:
		return 1, true
	case Grass:
		return 2, true
	case Swamp:
		return 5, true
	}
	return 0, false
}

type node struct {
	pos   Pos
	g, f  int
	index int
}

type openSet []*node

func (o openSet) Len() int { return len(o) }
func (o openSet) Less(i, j int) bool {
	if o[i].f != o[j].f {
		return o[i].f < o[j].f
	}
	if o[i].pos.Y != o[j].pos.Y {
		return o[i].pos.Y < o[j].pos.Y
	}
	return o[i].pos.X < o[j].pos.X
}
func (o openSet) Swap(i, j int) { o[i], o[j] = o[j], o[i]; o[i].index = i; o[j].index = j }
func (o *openSet) Push(x any)   { n := x.(*node); n.index = len(*o); *o = append(*o, n) }
func (o *openSet) Pop() any     { old := *o; n := old[len(old)-1]; *o = old[:len(old)-1]; return n }

type Map struct {
	rows        []string
	start, goal Pos
}

func LoadMap(s string) *Map {
	m := &Map{rows: strings.Split(strings.TrimSpace(s), "\n")}
	for y, row := range m.rows {
		for x, ch := range row {
			switch Terrain(ch) {
			case StartT:
				m.start = Pos{x, y}
			case GoalT:
				m.goal = Pos{x, y}
			}
		}
	}
	return m
}

func (m *Map) at(p Pos) Terrain {
	if p.Y < 0 || p.Y >= len(m.rows) || p.X < 0 || p.X >= len(m.rows[p.Y]) {
		return Wall
	}
	return Terrain(m.rows[p.Y][p.X])
}

func abs(a int) int {
	if a < 0 {
		return -a
	}
	return a
}

func (m *Map) AStar(h func(a, b Pos) int) (path []Pos, cost, expanded int) {
	best := map[Pos]int{m.start: 0}
	came := map[Pos]Pos{}
	open := &openSet{}
	heap.Push(open, &node{pos: m.start, g: 0, f: h(m.start, m.goal)})
	closed := map[Pos]bool{}
	for open.Len() > 0 {
		cur := heap.Pop(open).(*node)
		if closed[cur.pos] {
			continue
		}
		closed[cur.pos] = true
		expanded++
		if cur.pos == m.goal {
			for p := m.goal; p != m.start; p = came[p] {
				path = append([]Pos{p}, path...)
			}
			return append([]Pos{m.start}, path...), cur.g, expanded
		}
		for _, d := range []Pos{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
			n := Pos{cur.pos.X + d.X, cur.pos.Y + d.Y}
			c, ok := m.at(n).Cost()
			if !ok {
				continue
			}
			g := cur.g + c
			if old, seen := best[n]; !seen || g < old {
				best[n] = g
				came[n] = cur.pos
				heap.Push(open, &node{pos: n, g: g, f: g + h(n, m.goal)})
			}
		}
	}
	return nil, -1, expanded
}

func main() {
	m := LoadMap(`
S..,,,~~~.....
.#.,#,~#~.###.
.#...,~#~...#.
.####.~#~~~.#.
...,,.......#.
.#~~~~###.#...
.#....,,,.#.#G
`)
	heuristics := []struct {
		name string
		fn   func(a, b Pos) int
	}{
		{"dijkstra", func(a, b Pos) int { return 0 }},
		{"manhattan", func(a, b Pos) int { return abs(a.X-b.X) + abs(a.Y-b.Y) }},
	}
	for _, h := range heuristics {
		path, cost, exp := m.AStar(h.fn)
		fmt.Printf("%-9s cost=%d steps=%d expanded=%d\n", h.name, cost, len(path)-1, exp)
		grid := make([][]byte, len(m.rows))
		for i, r := range m.rows {
			grid[i] = []byte(r)
		}
		for _, p := range path[1 : len(path)-1] {
			grid[p.Y][p.X] = '*'
		}
		for _, r := range grid {
			fmt.Println("  " + string(r))
		}
	}
	blocked := LoadMap("S#.\n##.\n..G")
	_, cost, exp := blocked.AStar(func(a, b Pos) int { return 0 })
	fmt.Printf("blocked map: cost=%d expanded=%d\n", cost, exp)
}
