package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

// DisjointSet is union-find with path compression and union by size.
type DisjointSet[T comparable] struct {
	parent map[T]T
	size   map[T]int
}

func NewDisjointSet[T comparable](items ...T) *DisjointSet[T] {
	d := &DisjointSet[T]{parent: map[T]T{}, size: map[T]int{}}
	for _, it := range items {
		d.Add(it)
	}
	return d
}

func (d *DisjointSet[T]) Add(x T) {
	if _, ok := d.parent[x]; !ok {
		d.parent[x] = x
		d.size[x] = 1
	}
}

func (d *DisjointSet[T]) Find(x T) T {
	d.Add(x)
	root := x
	for d.parent[root] != root {
		root = d.parent[root]
	}
	for x != root {
		x, d.parent[x] = d.parent[x], root
	}
	return root
}

func (d *DisjointSet[T]) Union(a, b T) bool {
	ra, rb := d.Find(a), d.Find(b)
	if ra == rb {
		return false
	}
	if d.size[ra] < d.size[rb] {
		ra, rb = rb, ra
	}
	d.parent[rb] = ra
	d.size[ra] += d.size[rb]
	return true
}

// Groups returns the components, each sorted, ordered by their first element.
func Groups[T cmp.Ordered](d *DisjointSet[T]) [][]T {
	byRoot := map[T][]T{}
	for _, x := range slices.Sorted(maps.Keys(d.parent)) {
		r := d.Find(x)
		byRoot[r] = append(byRoot[r], x)
	}
	out := slices.Collect(maps.Values(byRoot))
	slices.SortFunc(out, func(a, b []T) int { return cmp.Compare(a[0], b[0]) })
	return out
}

type Account string

type Edge[T any] struct {
	A, B T
	W    int
}

func main() {
	// Merge accounts that share an email.
	ds := NewDisjointSet[Account]()
	shared := [][2]Account{{"alice", "al"}, {"bob", "robert"}, {"al", "a.smith"}, {"carol", "carol"}, {"robert", "bobby"}}
	for _, p := range shared {
		fmt.Printf("union(%s,%s)=%t\n", p[0], p[1], ds.Union(p[0], p[1]))
	}
	ds.Add("dave")
	fmt.Println("groups:", Groups(ds))
	fmt.Println("same(alice,a.smith):", ds.Find("alice") == ds.Find("a.smith"))
	fmt.Println("same(alice,bob):", ds.Find("alice") == ds.Find("bob"))

	// Kruskal's minimum spanning tree on city codes.
	edges := []Edge[string]{
		{"AMS", "BRU", 2}, {"AMS", "BER", 6}, {"BRU", "PAR", 3}, {"PAR", "BER", 9},
		{"BER", "PRG", 3}, {"PRG", "VIE", 3}, {"VIE", "BER", 7}, {"PAR", "VIE", 12}, {"AMS", "PAR", 5},
	}
	slices.SortStableFunc(edges, func(a, b Edge[string]) int { return cmp.Compare(a.W, b.W) })
	mst := NewDisjointSet[string]()
	total := 0
	var picked []Edge[string]
	for _, e := range edges {
		if mst.Union(e.A, e.B) {
			picked = append(picked, e)
			total += e.W
		}
	}
	fmt.Println("mst edges:", picked)
	fmt.Println("mst weight:", total, "components:", len(Groups(mst)))

	grid := NewDisjointSet[[2]int]()
	cells := [][2]int{{0, 0}, {0, 1}, {1, 1}, {3, 3}, {3, 4}, {5, 0}}
	for _, c := range cells {
		grid.Add(c)
		for _, o := range cells {
			if abs(c[0]-o[0])+abs(c[1]-o[1]) == 1 {
				grid.Union(c, o)
			}
		}
	}
	fmt.Println("islands:", grid.size[grid.Find([2]int{0, 0})], grid.size[grid.Find([2]int{3, 4})], grid.size[grid.Find([2]int{5, 0})])
}

func abs(x int) int { return max(x, -x) }
