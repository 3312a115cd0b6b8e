package main

import (
	"fmt"
	"strings"
)

// BFS shortest path on a grid maze, with path reconstruction.

type P struct{ R, C int }

var maze = []string{
	"S.#.......#.........",
	".##.#####.#.#######.",
	"....#...#...#.....#.",
	"###.#.#.#####.###.#.",
	"#...#.#.......#...#.",
	"#.###.#########.###.",
	"#.....#.......#.....",
	"#####.#.#####.#####.",
	"#.....#.#...#.....#.",
	"#.#####.#.#.#####.#.",
	"#.........#.......#E",
}

func find(g []string, ch byte) P {
	for r, row := range g {
		if c := strings.IndexByte(row, ch); c >= 0 {
			return P{r, c}
		}
	}
	return P{-1, -1}
}

func bfs(g []string, start, goal P) ([]P, int) {
	dist := map[P]int{start: 0}
	prev := map[P]P{}
	queue := []P{start}
	visited := 0
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		visited++
		if cur == goal {
			break
		}
		for _, d := range []P{{-1, 0}, {1, 0}, {0, -1}, {0, 1}} {
			n := P{cur.R + d.R, cur.C + d.C}
			if n.R < 0 || n.R >= len(g) || n.C < 0 || n.C >= len(g[0]) || g[n.R][n.C] == '#' {
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
	if _, ok := dist[goal]; !ok {
		return nil, visited
	}
	var path []P
	for p := goal; p != start; p = prev[p] {
		path = append(path, p)
	}
	path = append(path, start)
	for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
		path[i], path[j] = path[j], path[i]
	}
	return path, visited
}

func main() {
	s, e := find(maze, 'S'), find(maze, 'E')
	fmt.Printf("start %v end %v\n", s, e)
	path, visited := bfs(maze, s, e)
	fmt.Printf("path length %d steps, cells visited %d\n", len(path)-1, visited)

	grid := make([][]byte, len(maze))
	for i, row := range maze {
		grid[i] = []byte(row)
	}
	for _, p := range path[1 : len(path)-1] {
		grid[p.R][p.C] = '*'
	}
	for _, row := range grid {
		fmt.Println(string(row))
	}
	fmt.Println("first moves:", path[:6])

	blocked := []string{"S#.", "##.", "..E"}
	p2, v2 := bfs(blocked, find(blocked, 'S'), find(blocked, 'E'))
	fmt.Printf("blocked maze: path=%v visited=%d reachable=%t\n", p2, v2, p2 != nil)
}
