// q07: generic graph with BFS shortest hops over a service dependency map.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Graph[N cmp.Ordered] struct {
	adj map[N][]N
}

func NewGraph[N cmp.Ordered]() *Graph[N] { return &Graph[N]{adj: map[N][]N{}} }

func (g *Graph[N]) AddEdge(from, to N) {
	g.adj[from] = append(g.adj[from], to)
	if _, ok := g.adj[to]; !ok {
		g.adj[to] = nil
	}
}

func (g *Graph[N]) Nodes() []N { return slices.Sorted(maps.Keys(g.adj)) }

// neighbors returns sorted neighbors so traversal order is deterministic.
func (g *Graph[N]) neighbors(n N) []N {
	out := slices.Clone(g.adj[n])
	slices.Sort(out)
	return slices.Compact(out)
}

// ShortestPath returns the BFS path from src to dst, or nil.
func (g *Graph[N]) ShortestPath(src, dst N) []N {
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
			return path
		}
		for _, nb := range g.neighbors(cur) {
			if !seen[nb] {
				seen[nb] = true
				prev[nb] = cur
				queue = append(queue, nb)
			}
		}
	}
	return nil
}

// Levels groups reachable nodes by BFS depth.
func (g *Graph[N]) Levels(src N) [][]N {
	seen := map[N]bool{src: true}
	var levels [][]N
	frontier := []N{src}
	for len(frontier) > 0 {
		levels = append(levels, frontier)
		var next []N
		for _, n := range frontier {
			for _, nb := range g.neighbors(n) {
				if !seen[nb] {
					seen[nb] = true
					next = append(next, nb)
				}
			}
		}
		slices.Sort(next)
		frontier = next
	}
	return levels
}

func (g *Graph[N]) Reverse() *Graph[N] {
	r := NewGraph[N]()
	for _, n := range g.Nodes() {
		if _, ok := r.adj[n]; !ok {
			r.adj[n] = nil
		}
		for _, to := range g.adj[n] {
			r.AddEdge(to, n)
		}
	}
	return r
}

func main() {
	deps := NewGraph[string]()
	for _, e := range []string{
		"gateway>auth", "gateway>orders", "gateway>search", "orders>inventory",
		"orders>payments", "payments>ledger", "payments>fraud", "fraud>ml-scoring",
		"search>index", "index>storage", "ledger>storage", "inventory>storage", "auth>users",
		"users>storage",
	} {
		from, to, _ := strings.Cut(e, ">")
		deps.AddEdge(from, to)
	}
	fmt.Println("nodes:", deps.Nodes())
	for i, lvl := range deps.Levels("gateway") {
		fmt.Printf("depth %d: %v\n", i, lvl)
	}
	for _, q := range [][2]string{{"gateway", "storage"}, {"gateway", "ml-scoring"}, {"search", "users"}, {"orders", "ledger"}} {
		p := deps.ShortestPath(q[0], q[1])
		if p == nil {
			fmt.Printf("%s -> %s: unreachable\n", q[0], q[1])
			continue
		}
		fmt.Printf("%s -> %s: %d hops %s\n", q[0], q[1], len(p)-1, strings.Join(p, " > "))
	}
	rev := deps.Reverse()
	fmt.Println("blast radius if storage fails:")
	for i, lvl := range rev.Levels("storage")[1:] {
		fmt.Printf("  +%d: %v\n", i+1, lvl)
	}

	ints := NewGraph[int]()
	for i := range 10 {
		ints.AddEdge(i, (i*3)%10)
		ints.AddEdge(i, (i+1)%10)
	}
	fmt.Println("int path 0->9:", ints.ShortestPath(0, 9))
	fmt.Println("int path 5->4:", ints.ShortestPath(5, 4))
}
