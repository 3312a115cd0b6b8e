// Command j29 uses interfaces with methods as generic constraints: a
// Shape constraint, a self-referential Lesser[T] constraint, and a
// constraint combining comparable with fmt.Stringer.
package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

// Largest works on a homogeneous slice of any Shape type and returns that
// concrete type (no interface boxing, no type assertion needed).
func Largest[S Shape](shapes []S) (best S) {
	for i, s := range shapes {
		if i == 0 || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

// Compactness is 4πA/P², 1.0 for a circle.
func Compactness[S Shape](s S) float64 {
	return 4 * math.Pi * s.Area() / (s.Perimeter() * s.Perimeter())
}

// Lesser is satisfied by types that can compare themselves to their own kind.
type Lesser[T any] interface {
	Less(T) bool
}

func SortLess[T Lesser[T]](xs []T) {
	slices.SortFunc(xs, func(a, b T) int {
		switch {
		case a.Less(b):
			return -1
		case b.Less(a):
			return 1
		}
		return 0
	})
}

type Version struct{ Major, Minor, Patch int }

func (v Version) Less(o Version) bool {
	if v.Major != o.Major {
		return v.Major < o.Major
	}
	if v.Minor != o.Minor {
		return v.Minor < o.Minor
	}
	return v.Patch < o.Patch
}

func (v Version) String() string { return fmt.Sprintf("v%d.%d.%d", v.Major, v.Minor, v.Patch) }

// Key combines a type-set style requirement (comparable) with a method.
type Key interface {
	comparable
	fmt.Stringer
}

func Index[K Key, V any](items []V, key func(V) K) (map[K]V, string) {
	m := make(map[K]V, len(items))
	var names []string
	for _, it := range items {
		k := key(it)
		if _, dup := m[k]; dup {
			names = append(names, "dup:"+k.String())
			continue
		}
		m[k] = it
		names = append(names, k.String())
	}
	return m, strings.Join(names, ",")
}

type Release struct {
	V     Version
	Notes string
}

func main() {
	rects := []Rect{{3, 4}, {10, 1}, {5, 5}, {2, 8}}
	circles := []Circle{{1}, {2.5}, {0.5}}
	br, bc := Largest(rects), Largest(circles)
	fmt.Printf("largest rect %+v area=%.1f (%T)\n", br, br.Area(), br)
	fmt.Printf("largest circle %+v area=%.2f (%T)\n", bc, bc.Area(), bc)
	for _, r := range rects {
		fmt.Printf("  compactness %v = %.3f\n", r, Compactness(r))
	}
	fmt.Printf("  compactness circle = %.3f\n", Compactness(Circle{7}))

	// A mixed slice needs the interface type itself as the type argument.
	mixed := []Shape{Rect{6, 6}, Circle{3.5}, Rect{1, 30}}
	fmt.Printf("largest mixed: %#v\n", Largest(mixed))

	vs := []Version{{1, 10, 0}, {1, 2, 3}, {0, 9, 9}, {1, 2, 10}, {2, 0, 0}}
	SortLess(vs)
	fmt.Println("sorted versions:", vs)

	rels := []Release{{Version{1, 0, 0}, "initial"}, {Version{1, 1, 0}, "iterators"}, {Version{1, 0, 0}, "again"}}
	idx, order := Index(rels, func(r Release) Version { return r.V })
	fmt.Println("indexed:", order, "->", len(idx), "entries; v1.1.0 notes:", idx[Version{1, 1, 0}].Notes)
}
