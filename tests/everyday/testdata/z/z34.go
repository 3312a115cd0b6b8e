package main

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
)

type Pos struct{ R, C int }

var dirs = []Pos{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}

type Maze struct {
	grid       []string
	walls      map[Pos]bool
	rows, cols int
	start, end Pos
}

func ParseMaze(s string) Maze {
	m := Maze{walls: map[Pos]bool{}}
	lines := strings.Split(strings.TrimSpace(s), "\n")
	m.grid, m.rows, m.cols = lines, len(lines), len(lines[0])
	for r, line := range lines {
		for c, ch := range line {
			p := Pos{r, c}
			switch ch {
			case '#':
				m.walls[p] = true
			case 'S':
				m.start = p
			case 'E':
				m.end = p
			}
		}
	}
	return m
}

func (m Maze) open(p Pos) bool {
	return p.R >= 0 && p.C >= 0 && p.R < m.rows && p.C < m.cols && !m.walls[p]
}

func (m Maze) BFS() (path []Pos, explored int) {
	prev := map[Pos]Pos{}
	seen := map[Pos]bool{m.start: true}
	queue := []Pos{m.start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		explored++
		if cur == m.end {
			for p := cur; p != m.start; p = prev[p] {
				path = append(path, p)
			}
			path = append(path, m.start)
			slices.Reverse(path)
			return path, explored
		}
		for _, d := range dirs {
			n := Pos{cur.R + d.R, cur.C + d.C}
			if m.open(n) && !seen[n] {
				seen[n] = true
				prev[n] = cur
				queue = append(queue, n)
			}
		}
	}
	return nil, explored
}

func (m Maze) CountRegions() int {
	seen := map[Pos]bool{}
	var dfs func(p Pos)
	dfs = func(p Pos) {
		if !m.open(p) || seen[p] {
			return
		}
		seen[p] = true
		for _, d := range dirs {
			dfs(Pos{p.R + d.R, p.C + d.C})
		}
	}
	regions := 0
	for r := range m.rows {
		for c := range m.cols {
			if p := (Pos{r, c}); m.open(p) && !seen[p] {
				regions++
				dfs(p)
			}
		}
	}
	return regions
}

func (m Maze) Render(path []Pos) string {
	rows := make([][]byte, len(m.grid))
	for i, line := range m.grid {
		rows[i] = []byte(line)
	}
	for _, p := range path {
		if rows[p.R][p.C] == '.' {
			rows[p.R][p.C] = '*'
		}
	}
	return string(bytes.Join(rows, []byte("\n"))) + "\n"
}

const layout = `
S.#.......
.##.####..
....#..#.#
##.##.##..
...#..#..#
.#...##...
.#.#....#E`

func main() {
	m := ParseMaze(layout)
	path, explored := m.BFS()
	fmt.Printf("size=%dx%d walls=%d start=%v end=%+v\n", m.rows, m.cols, len(m.walls), m.start, m.end)
	fmt.Printf("shortest path: %d steps, explored %d cells\n", len(path)-1, explored)
	fmt.Print(m.Render(path))
	fmt.Println("first moves:", path[:4], "open regions:", m.CountRegions())
	m.walls[Pos{5, 9}] = true
	p2, ex2 := m.BFS()
	fmt.Println("blocked:", p2 == nil, len(p2), ex2, "regions:", m.CountRegions())
}
