// DFS-based analysis: connected components, cycle detection and bridges (Tarjan).
package main

import (
	"fmt"
	"slices"
)

type Graph struct {
	n   int
	adj [][]int
}

func NewGraph(n int) *Graph { return &Graph{n: n, adj: make([][]int, n)} }

func (g *Graph) AddEdge(u, v int) {
	g.adj[u] = append(g.adj[u], v)
	g.adj[v] = append(g.adj[v], u)
}

func (g *Graph) Components() [][]int {
	seen := make([]bool, g.n)
	var comps [][]int
	var visit func(int, *[]int)
	visit = func(u int, acc *[]int) {
		seen[u] = true
		*acc = append(*acc, u)
		for _, v := range g.adj[u] {
			if !seen[v] {
				visit(v, acc)
			}
		}
	}
	for u := range g.n {
		if !seen[u] {
			var c []int
			visit(u, &c)
			slices.Sort(c)
			comps = append(comps, c)
		}
	}
	return comps
}

func (g *Graph) Bridges() [][2]int {
	disc := make([]int, g.n)
	low := make([]int, g.n)
	for i := range disc {
		disc[i] = -1
	}
	timer := 0
	var out [][2]int
	var dfs func(u, parent int)
	dfs = func(u, parent int) {
		disc[u], low[u] = timer, timer
		timer++
		for _, v := range g.adj[u] {
			if v == parent {
				continue
			}
			if disc[v] == -1 {
				dfs(v, u)
				low[u] = min(low[u], low[v])
				if low[v] > disc[u] {
					out = append(out, [2]int{min(u, v), max(u, v)})
				}
			} else {
				low[u] = min(low[u], disc[v])
			}
		}
	}
	for u := range g.n {
		if disc[u] == -1 {
			dfs(u, -1)
		}
	}
	slices.SortFunc(out, func(a, b [2]int) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return a[1] - b[1]
	})
	return out
}

func (g *Graph) HasCycle() bool {
	for _, c := range g.Components() {
		edges := 0
		for _, u := range c {
			edges += len(g.adj[u])
		}
		if edges/2 >= len(c) {
			return true
		}
	}
	return false
}

func main() {
	g := NewGraph(11)
	for _, e := range [][2]int{
		{0, 1}, {1, 2}, {2, 0}, {1, 3}, {3, 4}, {4, 5}, {5, 3},
		{5, 6}, {7, 8}, {8, 9},
	} {
		g.AddEdge(e[0], e[1])
	}
	comps := g.Components()
	fmt.Println("components:", len(comps))
	for i, c := range comps {
		fmt.Printf("  #%d size=%d %v\n", i, len(c), c)
	}
	fmt.Println("bridges:", g.Bridges())
	fmt.Println("has cycle:", g.HasCycle())

	tree := NewGraph(6)
	for _, e := range [][2]int{{0, 1}, {0, 2}, {2, 3}, {2, 4}, {4, 5}} {
		tree.AddEdge(e[0], e[1])
	}
	fmt.Println("tree has cycle:", tree.HasCycle())
	fmt.Println("tree bridges:", tree.Bridges())
}
