// Command j20 tracks delivery routes on a city grid using comparable
// structs and arrays: == comparisons, struct map keys and deduplication.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

type Edge struct{ From, To Point } // comparable because Point is

type Stop struct {
	At   Point
	Tags [2]string // arrays are comparable, slices are not
}

var moves = map[byte]Point{'N': {0, 1}, 'S': {0, -1}, 'E': {1, 0}, 'W': {-1, 0}}

func walk(start Point, path string) []Point {
	pts := []Point{start}
	for i := range len(path) {
		pts = append(pts, pts[len(pts)-1].Add(moves[path[i]]))
	}
	return pts
}

func main() {
	routes := map[string]string{
		"alpha": "NNEESSWW",
		"bravo": "EENNWWSS",
		"delta": "NENENE",
	}
	visits := map[Point]int{}
	edges := map[Edge]bool{}
	for _, name := range slices.Sorted(maps.Keys(routes)) {
		pts := walk(Point{}, routes[name])
		for i, p := range pts {
			visits[p]++
			if i > 0 {
				// Normalise direction so A->B and B->A count as one street.
				a, b := pts[i-1], p
				if cmp.Or(cmp.Compare(a.X, b.X), cmp.Compare(a.Y, b.Y)) > 0 {
					a, b = b, a
				}
				edges[Edge{a, b}] = true
			}
		}
		last := pts[len(pts)-1]
		fmt.Printf("%-5s ends at %+v, returns home: %t\n", name, last, last == Point{})
	}

	busiest := slices.SortedFunc(maps.Keys(visits), func(a, b Point) int {
		return cmp.Or(-cmp.Compare(visits[a], visits[b]), cmp.Compare(a.X, b.X), cmp.Compare(a.Y, b.Y))
	})
	fmt.Println("distinct points:", len(visits), "distinct streets:", len(edges))
	for _, p := range busiest[:4] {
		fmt.Printf("  %v visited %d times\n", p, visits[p])
	}

	// Struct equality compares field by field, including array fields.
	s1 := Stop{Point{1, 2}, [2]string{"fragile", "express"}}
	s2 := Stop{Point{1, 2}, [2]string{"fragile", "express"}}
	s3 := s1
	s3.Tags[1] = "standard" // s3 has its own copy of the array
	fmt.Println("s1==s2:", s1 == s2, "s1==s3:", s1 == s3, "s1.Tags:", s1.Tags)

	// Deduplicate stops with a set keyed by the struct itself.
	stops := []Stop{s1, s3, s2, {Point{0, 0}, [2]string{}}, s3}
	seen := map[Stop]struct{}{}
	var unique []Stop
	for _, s := range stops {
		if _, dup := seen[s]; !dup {
			seen[s] = struct{}{}
			unique = append(unique, s)
		}
	}
	fmt.Printf("unique stops (%d): %v\n", len(unique), unique)

	// Anonymous struct keys and array keys work too.
	pairCount := map[struct{ a, b string }]int{}
	for _, pr := range [][2]string{{"x", "y"}, {"y", "x"}, {"x", "y"}} {
		pairCount[struct{ a, b string }{pr[0], pr[1]}]++
	}
	fmt.Println("pair counts:", pairCount)
	grid := map[[2]int]rune{{0, 0}: 'H', {3, 1}: 'W'}
	fmt.Printf("grid[{3,1}]=%c missing=%q\n", grid[[2]int{3, 1}], grid[[2]int{9, 9}])

	// Comparing interface values compares dynamic type and value.
	var i1, i2 any = Point{1, 1}, Point{1, 1}
	var i3 any = [2]int{1, 1}
	fmt.Println("iface equal:", i1 == i2, "different types:", i1 == i3)
}
