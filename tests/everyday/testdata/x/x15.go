package main

import (
	"fmt"
	"sort"
)

type DSU struct {
	parent, rank, size []int
	sets               int
}

func NewDSU(n int) *DSU {
	d := &DSU{parent: make([]int, n), rank: make([]int, n), size: make([]int, n), sets: n}
	for i := range n {
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

type Interval struct{ Lo, Hi int }

func merge(iv []Interval) []Interval {
	if len(iv) == 0 {
		return nil
	}
	s := append([]Interval(nil), iv...)
	sort.Slice(s, func(i, j int) bool { return s[i].Lo < s[j].Lo || s[i].Lo == s[j].Lo && s[i].Hi < s[j].Hi })
	out := []Interval{s[0]}
	for _, x := range s[1:] {
		last := &out[len(out)-1]
		if x.Lo <= last.Hi {
			last.Hi = max(last.Hi, x.Hi)
		} else {
			out = append(out, x)
		}
	}
	return out
}

type edge struct{ u, v, w int }

func main() {
	d := NewDSU(10)
	pairs := [][2]int{{0, 1}, {2, 3}, {1, 3}, {4, 5}, {0, 2}, {7, 8}, {8, 9}, {9, 7}}
	for _, p := range pairs {
		fmt.Printf("union(%d,%d)=%v sets=%d\n", p[0], p[1], d.Union(p[0], p[1]), d.sets)
	}
	groups := map[int][]int{}
	for i := range 10 {
		r := d.Find(i)
		groups[r] = append(groups[r], i)
	}
	var gs [][]int
	for _, g := range groups {
		gs = append(gs, g)
	}
	sort.Slice(gs, func(i, j int) bool { return gs[i][0] < gs[j][0] })
	fmt.Println("groups:", gs)

	// Kruskal MST
	edges := []edge{{0, 1, 7}, {0, 3, 5}, {1, 2, 8}, {1, 3, 9}, {1, 4, 7}, {2, 4, 5}, {3, 4, 15}, {3, 5, 6}, {4, 5, 8}, {4, 6, 9}, {5, 6, 11}}
	sort.SliceStable(edges, func(i, j int) bool { return edges[i].w < edges[j].w })
	m := NewDSU(7)
	total := 0
	for _, e := range edges {
		if m.Union(e.u, e.v) {
			total += e.w
			fmt.Printf("mst edge %c-%c %d\n", 'A'+e.u, 'A'+e.v, e.w)
		}
	}
	fmt.Println("mst weight:", total)

	ivs := []Interval{{1, 3}, {8, 10}, {2, 6}, {15, 18}, {17, 20}, {6, 7}, {-5, -1}}
	fmt.Printf("%+v\n", merge(ivs))
	fmt.Println(merge(nil), merge([]Interval{{1, 1}}))
	fmt.Println("original untouched:", ivs[0], ivs[1])
}
