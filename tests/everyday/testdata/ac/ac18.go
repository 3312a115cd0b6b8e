// Union-find with path compression and union by rank; Kruskal MST and percolation.
package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
)

type DSU struct {
	parent, rank, size []int
	sets               int
}

func NewDSU(n int) *DSU {
	d := &DSU{parent: make([]int, n), rank: make([]int, n), size: make([]int, n), sets: n}
	for i := range d.parent {
		d.parent[i] = i
		d.size[i] = 1
	}
	return d
}

func (d *DSU) Find(x int) int {
	for d.parent[x] != x {
		d.parent[x] = d.parent[d.parent[x]]
		x = d.parent[x]
	}
	return x
}

func (d *DSU) Union(a, b int) bool {
	ra, rb := d.Find(a), d.Find(b)
	if ra == rb {
		return false
	}
	if d.rank[ra] < d.rank[rb] {
		ra, rb = rb, ra
	}
	d.parent[rb] = ra
	d.size[ra] += d.size[rb]
	if d.rank[ra] == d.rank[rb] {
		d.rank[ra]++
	}
	d.sets--
	return true
}

type Edge struct {
	U, V   string
	Weight int
}

type Graph struct {
	names []string
	index map[string]int
	edges []Edge
}

func (g *Graph) id(name string) int {
	if i, ok := g.index[name]; ok {
		return i
	}
	g.index[name] = len(g.names)
	g.names = append(g.names, name)
	return g.index[name]
}

func (g *Graph) Add(u, v string, w int) {
	g.id(u)
	g.id(v)
	g.edges = append(g.edges, Edge{u, v, w})
}

func (g *Graph) Kruskal() ([]Edge, int) {
	es := append([]Edge(nil), g.edges...)
	sort.SliceStable(es, func(i, j int) bool { return es[i].Weight < es[j].Weight })
	d := NewDSU(len(g.names))
	var mst []Edge
	total := 0
	for _, e := range es {
		if d.Union(g.index[e.U], g.index[e.V]) {
			mst = append(mst, e)
			total += e.Weight
		}
	}
	return mst, total
}

func percolate(n int, rng *rand.Rand) (opened int, grid []bool) {
	grid = make([]bool, n*n)
	top, bottom := n*n, n*n+1
	d := NewDSU(n*n + 2)
	for _, cell := range rng.Perm(n * n) {
		grid[cell] = true
		opened++
		r, c := cell/n, cell%n
		if r == 0 {
			d.Union(cell, top)
		}
		if r == n-1 {
			d.Union(cell, bottom)
		}
		for _, nb := range [][2]int{{r - 1, c}, {r + 1, c}, {r, c - 1}, {r, c + 1}} {
			if nb[0] >= 0 && nb[0] < n && nb[1] >= 0 && nb[1] < n && grid[nb[0]*n+nb[1]] {
				d.Union(cell, nb[0]*n+nb[1])
			}
		}
		if d.Find(top) == d.Find(bottom) {
			return opened, grid
		}
	}
	return opened, grid
}

func main() {
	g := &Graph{index: map[string]int{}}
	for _, e := range []Edge{
		{"Oslo", "Bergen", 7}, {"Oslo", "Trondheim", 9}, {"Bergen", "Stavanger", 3},
		{"Oslo", "Stavanger", 8}, {"Trondheim", "Bodo", 10}, {"Bergen", "Trondheim", 11},
		{"Bodo", "Tromso", 6}, {"Trondheim", "Tromso", 15}, {"Oslo", "Lillehammer", 2},
		{"Lillehammer", "Trondheim", 5}, {"Stavanger", "Kristiansand", 4}, {"Oslo", "Kristiansand", 5},
	} {
		g.Add(e.U, e.V, e.Weight)
	}
	mst, total := g.Kruskal()
	fmt.Printf("MST over %d cities uses %d edges, total %d\n", len(g.names), len(mst), total)
	for _, e := range mst {
		fmt.Printf("  %-12s - %-12s %2d\n", e.U, e.V, e.Weight)
	}
	d := NewDSU(10)
	for _, p := range [][2]int{{0, 1}, {2, 3}, {1, 3}, {4, 5}, {6, 7}, {5, 7}, {0, 2}, {8, 8}} {
		merged := d.Union(p[0], p[1])
		fmt.Printf("union(%d,%d) merged=%-5v sets=%d\n", p[0], p[1], merged, d.sets)
	}
	groups := map[int][]int{}
	for i := 0; i < 10; i++ {
		groups[d.Find(i)] = append(groups[d.Find(i)], i)
	}
	var gl [][]int
	for _, m := range groups {
		gl = append(gl, m)
	}
	sort.Slice(gl, func(i, j int) bool { return gl[i][0] < gl[j][0] })
	fmt.Println("groups:", gl)
	rng := rand.New(rand.NewPCG(3, 5))
	for trial := 1; trial <= 3; trial++ {
		opened, grid := percolate(8, rng)
		fmt.Printf("percolation trial %d: opened %d/64 (%.2f)\n", trial, opened, float64(opened)/64)
		if trial == 1 {
			for r := 0; r < 8; r++ {
				var sb strings.Builder
				for c := 0; c < 8; c++ {
					if grid[r*8+c] {
						sb.WriteByte('.')
					} else {
						sb.WriteByte('#')
					}
				}
				fmt.Println("   ", sb.String())
			}
		}
	}
}
