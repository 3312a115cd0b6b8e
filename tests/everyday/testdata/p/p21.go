// Convex hull (Andrew's monotone chain) and closest pair of points (divide and conquer).
package main

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

type Point struct{ X, Y int }

func cross(o, a, b Point) int {
	return (a.X-o.X)*(b.Y-o.Y) - (a.Y-o.Y)*(b.X-o.X)
}

func byXY(a, b Point) int { return cmp.Or(cmp.Compare(a.X, b.X), cmp.Compare(a.Y, b.Y)) }

func ConvexHull(pts []Point) []Point {
	p := slices.Clone(pts)
	slices.SortFunc(p, byXY)
	p = slices.Compact(p)
	if len(p) < 3 {
		return p
	}
	hull := make([]Point, 0, 2*len(p))
	for _, pass := range [2]bool{false, true} {
		start := len(hull)
		for i := range p {
			pt := p[i]
			if pass {
				pt = p[len(p)-1-i]
			}
			for len(hull) >= start+2 && cross(hull[len(hull)-2], hull[len(hull)-1], pt) <= 0 {
				hull = hull[:len(hull)-1]
			}
			hull = append(hull, pt)
		}
		hull = hull[:len(hull)-1] // last point repeats as first of next pass
	}
	return hull
}

func dist2(a, b Point) int { dx, dy := a.X-b.X, a.Y-b.Y; return dx*dx + dy*dy }

func closestPair(pts []Point) (Point, Point, int) {
	p := slices.Clone(pts)
	slices.SortFunc(p, byXY)
	var rec func(p []Point) (Point, Point, int)
	rec = func(p []Point) (Point, Point, int) {
		if len(p) <= 3 {
			best, a, b := math.MaxInt, Point{}, Point{}
			for i := range p {
				for j := i + 1; j < len(p); j++ {
					if d := dist2(p[i], p[j]); d < best {
						best, a, b = d, p[i], p[j]
					}
				}
			}
			return a, b, best
		}
		mid := len(p) / 2
		midX := p[mid].X
		a1, b1, d1 := rec(p[:mid])
		a2, b2, d2 := rec(p[mid:])
		a, b, d := a1, b1, d1
		if d2 < d {
			a, b, d = a2, b2, d2
		}
		var strip []Point
		for _, q := range p {
			if dx := q.X - midX; dx*dx < d {
				strip = append(strip, q)
			}
		}
		slices.SortFunc(strip, func(u, v Point) int { return cmp.Compare(u.Y, v.Y) })
		for i := range strip {
			for j := i + 1; j < len(strip) && (strip[j].Y-strip[i].Y)*(strip[j].Y-strip[i].Y) < d; j++ {
				if dd := dist2(strip[i], strip[j]); dd < d {
					a, b, d = strip[i], strip[j], dd
				}
			}
		}
		return a, b, d
	}
	return rec(p)
}

func hullArea2(h []Point) int {
	s := 0
	for i := range h {
		j := (i + 1) % len(h)
		s += h[i].X*h[j].Y - h[j].X*h[i].Y
	}
	return s
}

func main() {
	small := []Point{{0, 0}, {2, 1}, {4, 0}, {3, 2}, {4, 4}, {2, 3}, {0, 4}, {1, 2}, {2, 2}, {4, 0}, {2, 4}}
	h := ConvexHull(small)
	fmt.Println("hull:", h)
	fmt.Println("hull area:", float64(hullArea2(h))/2)

	r := rand.New(rand.NewPCG(1, 2))
	cloud := make([]Point, 2000)
	for i := range cloud {
		cloud[i] = Point{r.IntN(10000), r.IntN(10000)}
	}
	h = ConvexHull(cloud)
	fmt.Printf("random cloud: %d points, hull has %d vertices, area %.1f\n", len(cloud), len(h), float64(hullArea2(h))/2)
	fmt.Println("leftmost hull vertex:", h[0])

	a, b, d := closestPair(cloud)
	fmt.Printf("closest pair: %v %v dist=%.4f\n", a, b, math.Sqrt(float64(d)))
	brute := math.MaxInt
	for i := range cloud {
		for j := i + 1; j < len(cloud); j++ {
			brute = min(brute, dist2(cloud[i], cloud[j]))
		}
	}
	fmt.Println("brute force agrees:", brute == d)
}
