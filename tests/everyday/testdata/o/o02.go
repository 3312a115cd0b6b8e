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

type Named interface {
	Name() string
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Triangle struct{ A, B, C float64 }
type Square struct{ Rect }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) Name() string       { return "circle" }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }
func (s Square) Name() string    { return "square" }

func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

func describe(s Shape) string {
	switch v := s.(type) {
	case Circle:
		return fmt.Sprintf("circle r=%.1f", v.R)
	case Square:
		return fmt.Sprintf("square side=%.1f", v.W)
	case Rect:
		return fmt.Sprintf("rect %.1fx%.1f", v.W, v.H)
	case Triangle:
		kind := "scalene"
		if v.A == v.B && v.B == v.C {
			kind = "equilateral"
		} else if v.A == v.B || v.B == v.C || v.A == v.C {
			kind = "isosceles"
		}
		return fmt.Sprintf("%s triangle %.0f/%.0f/%.0f", kind, v.A, v.B, v.C)
	default:
		return fmt.Sprintf("unknown %T", v)
	}
}

func nameOf(s Shape) string {
	if n, ok := s.(Named); ok {
		return n.Name()
	}
	return strings.ToLower(fmt.Sprintf("%T", s))
}

func main() {
	shapes := []Shape{
		Circle{1},
		Rect{3, 4},
		NewSquare(2.5),
		Triangle{3, 4, 5},
		Triangle{2, 2, 2},
		Circle{0.5},
		Triangle{5, 5, 8},
		Rect{10, 0.5},
	}
	fmt.Println("== listing ==")
	for i, s := range shapes {
		fmt.Printf("%d %-14s %-28s area=%7.3f perim=%7.3f\n", i, nameOf(s), describe(s), s.Area(), s.Perimeter())
	}

	fmt.Println("== sorted by area desc ==")
	sorted := slices.Clone(shapes)
	slices.SortStableFunc(sorted, func(a, b Shape) int {
		if a.Area() > b.Area() {
			return -1
		} else if a.Area() < b.Area() {
			return 1
		}
		return 0
	})
	for _, s := range sorted {
		fmt.Printf("  %-30s %.3f\n", describe(s), s.Area())
	}

	fmt.Println("== totals by type ==")
	totals := map[string]float64{}
	counts := map[string]int{}
	for _, s := range shapes {
		totals[nameOf(s)] += s.Area()
		counts[nameOf(s)]++
	}
	keys := make([]string, 0, len(totals))
	for k := range totals {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Printf("  %-14s n=%d area=%.3f\n", k, counts[k], totals[k])
	}

	// compactness: 4*pi*A / P^2, 1.0 for a circle
	fmt.Println("== compactness ==")
	for _, s := range shapes[:5] {
		c := 4 * math.Pi * s.Area() / (s.Perimeter() * s.Perimeter())
		fmt.Printf("  %-10s %.4f\n", nameOf(s), c)
	}
	var sq Shape = NewSquare(1)
	_, isRect := sq.(Rect)
	fmt.Printf("Square is Rect via assertion? %v; embedded Rect area=%.1f\n", isRect, sq.(Square).Rect.Area())
}
