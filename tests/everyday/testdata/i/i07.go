package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
)

// Graph is a directed graph over any comparable node type.
type Graph[N comparable] struct {
	adj map[N][]N
}

func NewGraph[N comparable]() *Graph[N] { return &Graph[N]{adj: map[N][]N{}} }

func (g *Graph[N]) AddEdge(from, to N) {
	g.adj[from] = append(g.adj[from], to)
	if _, ok := g.adj[to]; !ok {
		g.adj[to] = nil
	}
}

func (g *Graph[N]) Neighbors(n N) iter.Seq[N] { return slices.Values(g.adj[n]) }

// BFS yields (node, depth) pairs reachable from start.
func (g *Graph[N]) BFS(start N) iter.Seq2[N, int] {
	return func(yield func(N, int) bool) {
		seen := map[N]bool{start: true}
		type item struct {
			n N
			d int
		}
		q := []item{{start, 0}}
		for len(q) > 0 {
			it := q[0]
			q = q[1:]
			if !yield(it.n, it.d) {
				return
			}
			for nb := range g.Neighbors(it.n) {
				if !seen[nb] {
					seen[nb] = true
					q = append(q, item{nb, it.d + 1})
				}
			}
		}
	}
}

// TopoSort returns a topological order (Kahn), breaking ties with cmpFn.
func TopoSort[N comparable](g *Graph[N], cmpFn func(a, b N) int) ([]N, error) {
	indeg := map[N]int{}
	for n, outs := range g.adj {
		indeg[n] += 0
		for _, o := range outs {
			indeg[o]++
		}
	}
	var ready []N
	for n, d := range indeg {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	var order []N
	for len(ready) > 0 {
		slices.SortFunc(ready, cmpFn)
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for _, o := range g.adj[n] {
			indeg[o]--
			if indeg[o] == 0 {
				ready = append(ready, o)
			}
		}
	}
	if len(order) != len(g.adj) {
		return order, fmt.Errorf("cycle detected: %d of %d nodes sorted", len(order), len(g.adj))
	}
	return order, nil
}

type Pkg string

type Cell struct{ R, C int }

func (c Cell) String() string { return fmt.Sprintf("(%d,%d)", c.R, c.C) }

func main() {
	deps := NewGraph[Pkg]()
	for _, e := range [][2]Pkg{{"fmt", "app"}, {"io", "fmt"}, {"errors", "io"}, {"strings", "app"}, {"io", "strings"}, {"unsafe", "errors"}, {"slices", "app"}} {
		deps.AddEdge(e[0], e[1])
	}
	order, err := TopoSort(deps, cmp.Compare[Pkg])
	fmt.Println("build order:", order, "err:", err)
	for n, d := range deps.BFS("unsafe") {
		fmt.Printf("  depth %d: %s\n", d, n)
	}
	deps.AddEdge("app", "io")
	_, err = TopoSort(deps, cmp.Compare[Pkg])
	fmt.Println("after cycle:", err)

	grid := NewGraph[Cell]()
	for r := range 3 {
		for c := range 3 {
			if c+1 < 3 {
				grid.AddEdge(Cell{r, c}, Cell{r, c + 1})
			}
			if r+1 < 3 {
				grid.AddEdge(Cell{r, c}, Cell{r + 1, c})
			}
		}
	}
	for n, d := range grid.BFS(Cell{0, 0}) {
		if d > 2 {
			break
		}
		fmt.Printf("%v@%d ", n, d)
	}
	fmt.Println()
	byRC := func(a, b Cell) int { return cmp.Or(cmp.Compare(a.R, b.R), cmp.Compare(a.C, b.C)) }
	topo, _ := TopoSort(grid, byRC)
	fmt.Println("grid topo:", topo)
	fmt.Println("nodes:", slices.SortedFunc(maps.Keys(grid.adj), byRC)[:4])
}
