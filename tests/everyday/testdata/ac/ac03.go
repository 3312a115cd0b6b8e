// Maze generation with a seeded random depth-first carve, then BFS shortest path.
package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type Point struct{ R, C int }

func (p Point) Add(d Point) Point { return Point{p.R + d.R, p.C + d.C} }

var dirs = []Point{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}

type Maze struct {
	H, W  int
	cells [][]byte
}

func NewMaze(h, w int) *Maze {
	m := &Maze{H: 2*h + 1, W: 2*w + 1}
	m.cells = make([][]byte, m.H)
	for i := range m.cells {
		m.cells[i] = []byte(strings.Repeat("#", m.W))
	}
	return m
}

func (m *Maze) In(p Point) bool { return p.R >= 0 && p.C >= 0 && p.R < m.H && p.C < m.W }

func (m *Maze) Open(p Point) bool { return m.In(p) && m.cells[p.R][p.C] != '#' }

func (m *Maze) Carve(rng *rand.Rand) {
	start := Point{1, 1}
	m.cells[1][1] = ' '
	stack := []Point{start}
	for len(stack) > 0 {
		cur := stack[len(stack)-1]
		order := rng.Perm(4)
		moved := false
		for _, i := range order {
			d := dirs[i]
			next := Point{cur.R + 2*d.R, cur.C + 2*d.C}
			if next.R <= 0 || next.C <= 0 || next.R >= m.H-1 || next.C >= m.W-1 {
				continue
			}
			if m.cells[next.R][next.C] == '#' {
				m.cells[cur.R+d.R][cur.C+d.C] = ' '
				m.cells[next.R][next.C] = ' '
				stack = append(stack, next)
				moved = true
				break
			}
		}
		if !moved {
			stack = stack[:len(stack)-1]
		}
	}
}

func (m *Maze) BFS(from, to Point) ([]Point, int) {
	prev := map[Point]Point{}
	seen := map[Point]bool{from: true}
	queue := []Point{from}
	explored := 0
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		explored++
		if cur == to {
			var path []Point
			for p := to; p != from; p = prev[p] {
				path = append(path, p)
			}
			path = append(path, from)
			for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
				path[i], path[j] = path[j], path[i]
			}
			return path, explored
		}
		for _, d := range dirs {
			n := cur.Add(d)
			if m.Open(n) && !seen[n] {
				seen[n] = true
				prev[n] = cur
				queue = append(queue, n)
			}
		}
	}
	return nil, explored
}

func (m *Maze) String() string {
	var sb strings.Builder
	for _, row := range m.cells {
		sb.Write(row)
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	m := NewMaze(7, 12)
	m.Carve(rng)
	start, goal := Point{1, 1}, Point{m.H - 2, m.W - 2}
	path, explored := m.BFS(start, goal)
	fmt.Printf("maze %dx%d, path length %d, explored %d cells\n", m.H, m.W, len(path), explored)
	for _, p := range path {
		m.cells[p.R][p.C] = '.'
	}
	m.cells[start.R][start.C] = 'S'
	m.cells[goal.R][goal.C] = 'G'
	fmt.Print(m)
	turns := 0
	for i := 2; i < len(path); i++ {
		d1 := Point{path[i-1].R - path[i-2].R, path[i-1].C - path[i-2].C}
		d2 := Point{path[i].R - path[i-1].R, path[i].C - path[i-1].C}
		if d1 != d2 {
			turns++
		}
	}
	fmt.Println("turns along path:", turns)
	open := 0
	for r := 0; r < m.H; r++ {
		for c := 0; c < m.W; c++ {
			if m.Open(Point{r, c}) {
				open++
			}
		}
	}
	fmt.Println("open cells:", open)
}
