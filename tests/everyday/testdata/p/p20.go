// 2D geometry: Point/Vector methods, polygon area (shoelace), centroid, point-in-polygon.
package main

import (
	"fmt"
	"math"
)

type Point struct{ X, Y float64 }
type Vector struct{ X, Y float64 }

func (p Point) Sub(q Point) Vector      { return Vector{p.X - q.X, p.Y - q.Y} }
func (p Point) Add(v Vector) Point      { return Point{p.X + v.X, p.Y + v.Y} }
func (p Point) Dist(q Point) float64    { return p.Sub(q).Len() }
func (v Vector) Len() float64           { return math.Hypot(v.X, v.Y) }
func (v Vector) Dot(w Vector) float64   { return v.X*w.X + v.Y*w.Y }
func (v Vector) Cross(w Vector) float64 { return v.X*w.Y - v.Y*w.X }
func (v Vector) Scale(k float64) Vector { return Vector{v.X * k, v.Y * k} }
func (v Vector) Angle(w Vector) float64 {
	return math.Atan2(v.Cross(w), v.Dot(w))
}
func (p Point) String() string { return fmt.Sprintf("(%g, %g)", p.X, p.Y) }

type Polygon []Point

func (pg Polygon) SignedArea() float64 {
	a := 0.0
	for i, p := range pg {
		q := pg[(i+1)%len(pg)]
		a += p.X*q.Y - q.X*p.Y
	}
	return a / 2
}

func (pg Polygon) Area() float64 { return math.Abs(pg.SignedArea()) }

func (pg Polygon) Perimeter() float64 {
	s := 0.0
	for i, p := range pg {
		s += p.Dist(pg[(i+1)%len(pg)])
	}
	return s
}

func (pg Polygon) Centroid() Point {
	var cx, cy float64
	for i, p := range pg {
		q := pg[(i+1)%len(pg)]
		w := p.X*q.Y - q.X*p.Y
		cx += (p.X + q.X) * w
		cy += (p.Y + q.Y) * w
	}
	a := pg.SignedArea()
	return Point{cx / (6 * a), cy / (6 * a)}
}

// Contains uses the winding number, robust for non-convex polygons.
func (pg Polygon) Contains(pt Point) bool {
	wn := 0
	for i, a := range pg {
		b := pg[(i+1)%len(pg)]
		side := b.Sub(a).Cross(pt.Sub(a))
		if a.Y <= pt.Y {
			if b.Y > pt.Y && side > 0 {
				wn++
			}
		} else if b.Y <= pt.Y && side < 0 {
			wn--
		}
	}
	return wn != 0
}

func (pg Polygon) IsConvex() bool {
	sign := 0
	for i := range pg {
		a, b, c := pg[i], pg[(i+1)%len(pg)], pg[(i+2)%len(pg)]
		cr := b.Sub(a).Cross(c.Sub(b))
		s := 0
		if cr > 0 {
			s = 1
		} else if cr < 0 {
			s = -1
		}
		if s != 0 && sign != 0 && s != sign {
			return false
		}
		if s != 0 {
			sign = s
		}
	}
	return true
}

func main() {
	shapes := map[string]Polygon{
		"square":   {{0, 0}, {4, 0}, {4, 4}, {0, 4}},
		"triangle": {{0, 0}, {6, 0}, {3, 5}},
		"L-shape":  {{0, 0}, {6, 0}, {6, 2}, {2, 2}, {2, 6}, {0, 6}},
		"cw-quad":  {{0, 0}, {0, 3}, {5, 3}, {5, 0}},
	}
	order := []string{"square", "triangle", "L-shape", "cw-quad"}
	probes := []Point{{1, 1}, {3, 3}, {5, 1}, {1, 5}}
	for _, name := range order {
		pg := shapes[name]
		c := pg.Centroid()
		fmt.Printf("%-8s area=%6.2f signed=%+6.2f perim=%6.3f convex=%-5v centroid=(%.3f, %.3f)\n",
			name, pg.Area(), pg.SignedArea(), pg.Perimeter(), pg.IsConvex(), c.X, c.Y)
		fmt.Print("         contains:")
		for _, p := range probes {
			fmt.Printf(" %v=%v", p, pg.Contains(p))
		}
		fmt.Println()
	}
	u, v := Vector{1, 0}, Vector{1, 1}
	fmt.Printf("angle(u,v)=%.4f rad = %.1f deg, cross=%g dot=%g\n",
		u.Angle(v), u.Angle(v)*180/math.Pi, u.Cross(v), u.Dot(v))
	p := Point{1, 2}.Add(v.Scale(2.5))
	fmt.Println("(1,2) + 2.5*(1,1) =", p, "dist from origin:", fmt.Sprintf("%.4f", p.Dist(Point{})))
	fmt.Println("points equal:", Point{1, 2} == Point{1, 2}, Point{1, 2} == Point{2, 1})
}
