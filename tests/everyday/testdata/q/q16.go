// q16: generic union-find for grouping duplicate customer records into clusters.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type DisjointSet[T cmp.Ordered] struct {
	parent map[T]T
	rank   map[T]int
	sets   int
}

func NewDisjointSet[T cmp.Ordered]() *DisjointSet[T] {
	return &DisjointSet[T]{parent: map[T]T{}, rank: map[T]int{}}
}

func (d *DisjointSet[T]) Add(x T) {
	if _, ok := d.parent[x]; !ok {
		d.parent[x] = x
		d.sets++
	}
}

func (d *DisjointSet[T]) Find(x T) T {
	d.Add(x)
	for d.parent[x] != x {
		d.parent[x] = d.parent[d.parent[x]] // path halving
		x = d.parent[x]
	}
	return x
}

// Union merges the sets of a and b, reporting whether they were separate.
func (d *DisjointSet[T]) Union(a, b T) bool {
	ra, rb := d.Find(a), d.Find(b)
	if ra == rb {
		return false
	}
	if d.rank[ra] < d.rank[rb] {
		ra, rb = rb, ra
	}
	d.parent[rb] = ra
	if d.rank[ra] == d.rank[rb] {
		d.rank[ra]++
	}
	d.sets--
	return true
}

// Groups returns each set sorted, and the groups sorted by their smallest member.
func (d *DisjointSet[T]) Groups() [][]T {
	byRoot := map[T][]T{}
	for _, x := range slices.Sorted(maps.Keys(d.parent)) {
		r := d.Find(x)
		byRoot[r] = append(byRoot[r], x)
	}
	groups := slices.Collect(maps.Values(byRoot))
	slices.SortFunc(groups, func(a, b []T) int { return cmp.Compare(a[0], b[0]) })
	return groups
}

type Record struct {
	ID    string
	Email string
	Phone string
	Name  string
}

func main() {
	records := []Record{
		{"r01", "ana@example.com", "555-0101", "Ana Lima"},
		{"r02", "ANA@example.com", "", "A. Lima"},
		{"r03", "bob@corp.io", "555-0199", "Bob Stone"},
		{"r04", "", "555-0101", "Ana L."},
		{"r05", "carla@mail.net", "555-0400", "Carla Diaz"},
		{"r06", "robert@corp.io", "555-0199", "Robert Stone"},
		{"r07", "dee@mail.net", "", "Dee Park"},
		{"r08", "carla.d@mail.net", "555-0400", "C. Diaz"},
		{"r09", "robert@corp.io", "", "Rob S"},
		{"r10", "eve@x.org", "555-0777", "Eve Moss"},
	}
	ds := NewDisjointSet[string]()
	firstByKey := map[string]string{}
	merges := 0
	for _, r := range records {
		ds.Add(r.ID)
		for _, key := range []string{"email:" + strings.ToLower(r.Email), "phone:" + r.Phone} {
			if strings.HasSuffix(key, ":") {
				continue
			}
			if other, ok := firstByKey[key]; ok {
				if ds.Union(other, r.ID) {
					merges++
					fmt.Printf("merge %s + %s via %s\n", other, r.ID, key)
				}
				continue
			}
			firstByKey[key] = r.ID
		}
	}
	byID := map[string]Record{}
	for _, r := range records {
		byID[r.ID] = r
	}
	fmt.Printf("records=%d merges=%d customers=%d\n", len(records), merges, ds.sets)
	for i, g := range ds.Groups() {
		names := make([]string, len(g))
		for j, id := range g {
			names[j] = byID[id].Name
		}
		fmt.Printf("customer %d: %v %q\n", i+1, g, names)
	}

	grid := NewDisjointSet[int]()
	for i := range 12 {
		grid.Add(i)
	}
	for _, e := range [][2]int{{0, 1}, {1, 2}, {3, 4}, {5, 6}, {6, 7}, {7, 5}, {9, 10}, {2, 0}} {
		fmt.Printf("union(%d,%d) new=%v\n", e[0], e[1], grid.Union(e[0], e[1]))
	}
	fmt.Println("components:", grid.sets, grid.Groups())
}
