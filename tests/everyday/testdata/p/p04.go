// Union-find with path compression and union by rank; Kruskal's MST.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type DSU struct {
	parent, rank []int
	sets         int
}

func NewDSU(n int) *DSU {
	d := &DSU{parent: make([]int, n), rank: make([]int, n), sets: n}
	for i := range d.parent {
		d.parent[i] = i
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
	switch {
	case d.rank[ra] < d.rank[rb]:
		ra, rb = rb, ra
	case d.rank[ra] == d.rank[rb]:
		d.rank[ra]++
	}
	d.parent[rb] = ra
	d.sets--
	return true
}

type Edge struct{ U, V, W int }

func kruskal(n int, edges []Edge) ([]Edge, int) {
	sorted := slices.Clone(edges)
	slices.SortStableFunc(sorted, func(a, b Edge) int {
		return cmp.Or(cmp.Compare(a.W, b.W), cmp.Compare(a.U, b.U), cmp.Compare(a.V, b.V))
	})
	d := NewDSU(n)
	var mst []Edge
	total := 0
	for _, e := range sorted {
		if d.Union(e.U, e.V) {
			mst = append(mst, e)
			total += e.W
			if len(mst) == n-1 {
				break
			}
		}
	}
	return mst, total
}

func main() {
	edges := []Edge{
		{0, 1, 7}, {0, 3, 5}, {1, 2, 8}, {1, 3, 9}, {1, 4, 7},
		{2, 4, 5}, {3, 4, 15}, {3, 5, 6}, {4, 5, 8}, {4, 6, 9}, {5, 6, 11},
	}
	mst, total := kruskal(7, edges)
	fmt.Println("MST edges:")
	for _, e := range mst {
		fmt.Printf("  %c - %c  (%d)\n", 'A'+e.U, 'A'+e.V, e.W)
	}
	fmt.Println("total weight:", total)

	// Connected components of a sparse friendship graph.
	d := NewDSU(12)
	pairs := [][2]int{{0, 1}, {1, 2}, {3, 4}, {5, 6}, {6, 7}, {7, 5}, {8, 9}, {2, 0}, {10, 3}}
	redundant := 0
	for _, p := range pairs {
		if !d.Union(p[0], p[1]) {
			redundant++
		}
	}
	groups := map[int][]int{}
	for i := range 12 {
		r := d.Find(i)
		groups[r] = append(groups[r], i)
	}
	comps := make([][]int, 0, len(groups))
	for _, g := range groups {
		comps = append(comps, g)
	}
	slices.SortFunc(comps, func(a, b []int) int {
		return cmp.Or(cmp.Compare(len(b), len(a)), cmp.Compare(a[0], b[0]))
	})
	fmt.Println("components:", d.sets, "redundant edges:", redundant)
	for _, c := range comps {
		fmt.Println("  ", c)
	}
}
