// BFS shortest path through a grid maze, with path reconstruction.
package main

import (
	"fmt"
	"strings"
)

type cell struct{ r, c int }

var maze = []string{
	"S.#.......",
	".##.####..",
	"....#..#.#",
	"#.#.#.##..",
	"..#...#..#",
	".####.#.#.",
	"......#..E",
}

func find(grid []string, ch byte) cell {
	for r, row := range grid {
		if c := strings.IndexByte(row, ch); c >= 0 {
			return cell{r, c}
		}
	}
	panic("not found: " + string(ch))
}

func bfs(grid []string, start, goal cell) (map[cell]cell, int) {
	dirs := [4]cell{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}
	prev := map[cell]cell{start: start}
	queue := []cell{start}
	dist := map[cell]int{start: 0}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == goal {
			return prev, dist[cur]
		}
		for _, d := range dirs {
			nxt := cell{cur.r + d.r, cur.c + d.c}
			if nxt.r < 0 || nxt.r >= len(grid) || nxt.c < 0 || nxt.c >= len(grid[0]) {
				continue
			}
			if grid[nxt.r][nxt.c] == '#' {
				continue
			}
			if _, seen := prev[nxt]; seen {
				continue
			}
			prev[nxt] = cur
			dist[nxt] = dist[cur] + 1
			queue = append(queue, nxt)
		}
	}
	return prev, -1
}

func main() {
	start, goal := find(maze, 'S'), find(maze, 'E')
	fmt.Printf("start=%v goal=%v\n", start, goal)
	prev, steps := bfs(maze, start, goal)
	if steps < 0 {
		fmt.Println("no path")
		return
	}
	fmt.Println("shortest path length:", steps)

	var path []cell
	for c := goal; c != start; c = prev[c] {
		path = append(path, c)
	}
	path = append(path, start)
	for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
		path[i], path[j] = path[j], path[i]
	}

	canvas := make([][]byte, len(maze))
	for i, row := range maze {
		canvas[i] = []byte(row)
	}
	for _, c := range path[1 : len(path)-1] {
		canvas[c.r][c.c] = '*'
	}
	for _, row := range canvas {
		fmt.Println(string(row))
	}

	var sb strings.Builder
	for i, c := range path {
		if i > 0 {
			sb.WriteString(" -> ")
		}
		fmt.Fprintf(&sb, "(%d,%d)", c.r, c.c)
	}
	fmt.Println(sb.String())
	fmt.Println("cells reached:", len(prev))
}
