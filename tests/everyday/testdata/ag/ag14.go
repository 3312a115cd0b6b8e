// ag14: generic union-find with path compression, used for Kruskal's MST and account merging.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type DSU[T comparable] struct {
	parent map[T]T
	rank   map[T]int
	size   map[T]int
	sets   int
}

func NewDSU[T comparable]() *DSU[T] {
	return &DSU[T]{parent: map[T]T{}, rank: map[T]int{}, size: map[T]int{}}
}

func (d *DSU[T]) Add(x T) {
	if _, ok := d.parent[x]; !ok {
		d.parent[x] = x
		d.size[x] = 1
		d.sets++
	}
}

func (d *DSU[T]) Find(x T) T {
	d.Add(x)
	root := x
	for d.parent[root] != root {
		root = d.parent[root]
	}
	for x != root {
		next := d.parent[x]
		d.parent[x] = root
		x = next
	}
	return root
}

func (d *DSU[T]) Union(a, b T) bool {
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

func (d *DSU[T]) Same(a, b T) bool { return d.Find(a) == d.Find(b) }

type WEdge[T any] struct {
	A, B T
	Cost int
}

func Kruskal[T cmp.Ordered](edges []WEdge[T]) ([]WEdge[T], int) {
	sorted := slices.Clone(edges)
	slices.SortStableFunc(sorted, func(x, y WEdge[T]) int { return cmp.Compare(x.Cost, y.Cost) })
	d := NewDSU[T]()
	var tree []WEdge[T]
	total := 0
	for _, e := range sorted {
		if d.Union(e.A, e.B) {
			tree = append(tree, e)
			total += e.Cost
		}
	}
	return tree, total
}

type Point struct{ X, Y int }

func main() {
	edges := []WEdge[string]{
		{"A", "B", 7}, {"A", "D", 5}, {"B", "C", 8}, {"B", "D", 9}, {"B", "E", 7},
		{"C", "E", 5}, {"D", "E", 15}, {"D", "F", 6}, {"E", "F", 8}, {"E", "G", 9}, {"F", "G", 11},
	}
	tree, total := Kruskal(edges)
	for _, e := range tree {
		fmt.Printf("MST edge %s-%s cost %d\n", e.A, e.B, e.Cost)
	}
	fmt.Println("MST total:", total)

	// Merge user accounts that share an email address.
	accounts := [][]string{
		{"ann", "ann@x.io", "a.smith@y.com"},
		{"bob", "bob@x.io"},
		{"ann2", "a.smith@y.com", "annie@z.org"},
		{"cat", "cat@x.io", "c@q.net"},
		{"ann3", "annie@z.org"},
		{"bob2", "bob@x.io", "robert@w.com"},
	}
	d := NewDSU[string]()
	owner := map[string]string{}
	for _, acc := range accounts {
		d.Add(acc[0])
		for _, email := range acc[1:] {
			if o, ok := owner[email]; ok {
				d.Union(o, acc[0])
			} else {
				owner[email] = acc[0]
			}
		}
	}
	groups := map[string][]string{}
	for _, acc := range accounts {
		r := d.Find(acc[0])
		groups[r] = append(groups[r], acc[0])
	}
	var lines []string
	for _, g := range groups {
		slices.Sort(g)
		lines = append(lines, strings.Join(g, "+"))
	}
	slices.Sort(lines)
	fmt.Println("merged accounts:", d.sets)
	for _, l := range lines {
		fmt.Println("  ", l)
	}

	// Connected regions of filled cells on a grid, using struct keys.
	grid := []string{
		"##..#",
		"#...#",
		"..#..",
		"###.#",
	}
	cells := NewDSU[Point]()
	for y, row := range grid {
		for x, ch := range row {
			if ch != '#' {
				continue
			}
			p := Point{x, y}
			cells.Add(p)
			if x > 0 && row[x-1] == '#' {
				cells.Union(p, Point{x - 1, y})
			}
			if y > 0 && grid[y-1][x] == '#' {
				cells.Union(p, Point{x, y - 1})
			}
		}
	}
	fmt.Println("regions:", cells.sets)
	fmt.Println("(0,0)~(1,0):", cells.Same(Point{0, 0}, Point{1, 0}), "(0,0)~(2,2):", cells.Same(Point{0, 0}, Point{2, 2}))
	fmt.Println("size of region containing (0,3):", cells.size[cells.Find(Point{0, 3})])
	fmt.Println("union again (4,0),(4,1):", cells.Union(Point{4, 0}, Point{4, 1}))
}
