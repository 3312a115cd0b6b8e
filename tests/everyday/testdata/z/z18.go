package main

import (
	"cmp"
	"fmt"
	"slices"
)

type UnionFind struct {
	parent []int
	rank   []int
	count  int
}

func NewUnionFind(n int) *UnionFind {
	uf := &UnionFind{parent: make([]int, n), rank: make([]int, n), count: n}
	for i := range uf.parent {
		uf.parent[i] = i
	}
	return uf
}

func (uf *UnionFind) Find(x int) int {
	for uf.parent[x] != x {
		uf.parent[x] = uf.parent[uf.parent[x]]
		x = uf.parent[x]
	}
	return x
}

func (uf *UnionFind) Union(a, b int) bool {
	ra, rb := uf.Find(a), uf.Find(b)
	if ra == rb {
		return false
	}
	switch {
	case uf.rank[ra] < uf.rank[rb]:
		uf.parent[ra] = rb
	case uf.rank[ra] > uf.rank[rb]:
		uf.parent[rb] = ra
	default:
		uf.parent[rb] = ra
		uf.rank[ra]++
	}
	uf.count--
	return true
}

type Edge struct {
	U, V, W int
}

func Kruskal(n int, edges []Edge) ([]Edge, int) {
	sorted := slices.Clone(edges)
	slices.SortFunc(sorted, func(a, b Edge) int {
		return cmp.Or(cmp.Compare(a.W, b.W), cmp.Compare(a.U, b.U), cmp.Compare(a.V, b.V))
	})
	uf := NewUnionFind(n)
	var mst []Edge
	total := 0
	for _, e := range sorted {
		if uf.Union(e.U, e.V) {
			mst = append(mst, e)
			total += e.W
		}
	}
	return mst, total
}

func main() {
	uf := NewUnionFind(10)
	pairs := [][2]int{{0, 1}, {2, 3}, {1, 3}, {4, 5}, {0, 2}, {7, 8}, {8, 9}, {9, 7}}
	for _, p := range pairs {
		merged := uf.Union(p[0], p[1])
		fmt.Printf("union%v merged=%-5t components=%d\n", p, merged, uf.count)
	}
	groups := map[int][]int{}
	for i := range 10 {
		r := uf.Find(i)
		groups[r] = append(groups[r], i)
	}
	var comps [][]int
	for _, g := range groups {
		comps = append(comps, g)
	}
	slices.SortFunc(comps, func(a, b []int) int { return cmp.Compare(a[0], b[0]) })
	fmt.Println("components:", comps)
	fmt.Println("0~3:", uf.Find(0) == uf.Find(3), "0~4:", uf.Find(0) == uf.Find(4))

	edges := []Edge{
		{0, 1, 7}, {0, 3, 5}, {1, 2, 8}, {1, 3, 9}, {1, 4, 7},
		{2, 4, 5}, {3, 4, 15}, {3, 5, 6}, {4, 5, 8}, {4, 6, 9}, {5, 6, 11},
	}
	mst, total := Kruskal(7, edges)
	for _, e := range mst {
		fmt.Printf("%c-%c %2d\n", 'A'+e.U, 'A'+e.V, e.W)
	}
	fmt.Printf("MST weight=%d edges=%d\n", total, len(mst))
	fmt.Printf("%v %+v\n", mst[0], mst[len(mst)-1])
}
