// ag11: generic adjacency-list graph with BFS shortest hops, DFS ordering and components.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Graph[N cmp.Ordered] struct {
	adj      map[N][]N
	directed bool
}

func NewGraph[N cmp.Ordered](directed bool) *Graph[N] {
	return &Graph[N]{adj: map[N][]N{}, directed: directed}
}

func (g *Graph[N]) AddNode(n N) {
	if _, ok := g.adj[n]; !ok {
		g.adj[n] = nil
	}
}

func (g *Graph[N]) AddEdge(a, b N) {
	g.AddNode(a)
	g.AddNode(b)
	g.adj[a] = append(g.adj[a], b)
	slices.Sort(g.adj[a])
	if !g.directed {
		g.adj[b] = append(g.adj[b], a)
		slices.Sort(g.adj[b])
	}
}

func (g *Graph[N]) Nodes() []N {
	ns := make([]N, 0, len(g.adj))
	for n := range g.adj {
		ns = append(ns, n)
	}
	slices.Sort(ns)
	return ns
}

// BFS returns the shortest path (in hops) from src to dst.
func (g *Graph[N]) BFS(src, dst N) ([]N, bool) {
	prev := map[N]N{}
	seen := map[N]bool{src: true}
	queue := []N{src}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == dst {
			path := []N{dst}
			for path[len(path)-1] != src {
				path = append(path, prev[path[len(path)-1]])
			}
			slices.Reverse(path)
			return path, true
		}
		for _, nb := range g.adj[cur] {
			if !seen[nb] {
				seen[nb] = true
				prev[nb] = cur
				queue = append(queue, nb)
			}
		}
	}
	return nil, false
}

func (g *Graph[N]) DFS(src N, visit func(n N, depth int)) {
	seen := map[N]bool{}
	var rec func(n N, d int)
	rec = func(n N, d int) {
		seen[n] = true
		visit(n, d)
		for _, nb := range g.adj[n] {
			if !seen[nb] {
				rec(nb, d+1)
			}
		}
	}
	rec(src, 0)
}

func (g *Graph[N]) Components() [][]N {
	seen := map[N]bool{}
	var comps [][]N
	for _, n := range g.Nodes() {
		if seen[n] {
			continue
		}
		var comp []N
		g.DFS(n, func(x N, _ int) {
			if !seen[x] {
				seen[x] = true
				comp = append(comp, x)
			}
		})
		slices.Sort(comp)
		comps = append(comps, comp)
	}
	return comps
}

type Station string

func main() {
	metro := NewGraph[Station](false)
	lines := [][]Station{
		{"Airport", "Central", "Harbor", "Museum"},
		{"North", "Central", "Market", "South"},
		{"Harbor", "Market", "Stadium"},
		{"Zoo", "Garden"},
	}
	for _, l := range lines {
		for i := 0; i+1 < len(l); i++ {
			metro.AddEdge(l[i], l[i+1])
		}
	}
	fmt.Println("stations:", metro.Nodes())
	for _, q := range [][2]Station{{"Airport", "Stadium"}, {"North", "Museum"}, {"South", "Airport"}, {"Airport", "Zoo"}, {"Garden", "Zoo"}} {
		if p, ok := metro.BFS(q[0], q[1]); ok {
			fmt.Printf("%s -> %s: %d hops %v\n", q[0], q[1], len(p)-1, p)
		} else {
			fmt.Printf("%s -> %s: unreachable\n", q[0], q[1])
		}
	}
	fmt.Println("DFS from Central:")
	metro.DFS("Central", func(n Station, d int) {
		fmt.Printf("%*s%s\n", d*2, "", n)
	})
	for i, c := range metro.Components() {
		fmt.Printf("component %d: %v\n", i, c)
	}

	deps := NewGraph[int](true)
	for _, e := range [][2]int{{1, 2}, {1, 3}, {2, 4}, {3, 4}, {4, 5}, {6, 5}} {
		deps.AddEdge(e[0], e[1])
	}
	p, _ := deps.BFS(1, 5)
	_, ok := deps.BFS(5, 1)
	fmt.Println("directed 1->5:", p, "5->1 reachable:", ok)
	var order []int
	deps.DFS(1, func(n int, _ int) { order = append(order, n) })
	fmt.Println("DFS order from 1:", order)
}
