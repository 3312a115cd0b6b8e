package main

import (
	"fmt"
	"strings"
)

type P struct{ R, C int }

func (p P) Add(q P) P { return P{p.R + q.R, p.C + q.C} }

var dirs = [4]P{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}

func parse(s string) ([][]byte, P, P) {
	var g [][]byte
	var start, end P
	for r, line := range strings.Split(strings.TrimSpace(s), "\n") {
		row := []byte(line)
		for c, ch := range row {
			switch ch {
			case 'S':
				start = P{r, c}
			case 'E':
				end = P{r, c}
			}
		}
		g = append(g, row)
	}
	return g, start, end
}

func bfs(g [][]byte, start, end P) (int, []P) {
	prev := map[P]P{}
	dist := map[P]int{start: 0}
	queue := []P{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == end {
			break
		}
		for _, d := range dirs {
			n := cur.Add(d)
			if n.R < 0 || n.R >= len(g) || n.C < 0 || n.C >= len(g[n.R]) || g[n.R][n.C] == '#' {
				continue
			}
			if _, seen := dist[n]; seen {
				continue
			}
			dist[n] = dist[cur] + 1
			prev[n] = cur
			queue = append(queue, n)
		}
	}
	d, ok := dist[end]
	if !ok {
		return -1, nil
	}
	path := []P{end}
	for p := end; p != start; {
		p = prev[p]
		path = append(path, p)
	}
	return d, path
}

func countIslands(g []string) int {
	seen := make([][]bool, len(g))
	for i := range seen {
		seen[i] = make([]bool, len(g[i]))
	}
	var flood func(r, c int)
	flood = func(r, c int) {
		if r < 0 || r >= len(g) || c < 0 || c >= len(g[r]) || seen[r][c] || g[r][c] != '1' {
			return
		}
		seen[r][c] = true
		for _, d := range dirs {
			flood(r+d.R, c+d.C)
		}
	}
	n := 0
	for r := range g {
		for c := range g[r] {
			if g[r][c] == '1' && !seen[r][c] {
				n++
				flood(r, c)
			}
		}
	}
	return n
}

const maze = `
S..#......
.#.#.####.
.#...#....
.####.#.#.
......#.#E`

func main() {
	g, s, e := parse(maze)
	d, path := bfs(g, s, e)
	fmt.Println("start", s, "end", e, "dist", d, "path len", len(path))
	for _, p := range path[1 : len(path)-1] {
		g[p.R][p.C] = '*'
	}
	for _, row := range g {
		fmt.Println(string(row))
	}
	g2, s2, e2 := parse("S#.\n##.\n..E")
	d2, p2 := bfs(g2, s2, e2)
	fmt.Println("blocked:", d2, p2 == nil, len(p2))
	fmt.Println("islands:", countIslands([]string{"11000", "11010", "00100", "00011", "10001"}))
}
