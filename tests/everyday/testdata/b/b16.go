package main

import (
	"fmt"
	"math"
	"sort"
)

type Point struct{ X, Y float64 }

type Interpolator interface {
	At(x float64) float64
}

type Linear struct{ pts []Point }

func (l Linear) At(x float64) float64 {
	p := l.pts
	i := sort.Search(len(p), func(i int) bool { return p[i].X >= x })
	switch {
	case i == 0:
		i = 1
	case i == len(p):
		i = len(p) - 1
	}
	a, b := p[i-1], p[i]
	t := (x - a.X) / (b.X - a.X)
	return a.Y + t*(b.Y-a.Y)
}

type Lagrange struct{ pts []Point }

func (l Lagrange) At(x float64) float64 {
	sum := 0.0
	for i, pi := range l.pts {
		term := pi.Y
		for j, pj := range l.pts {
			if i != j {
				term *= (x - pj.X) / (pi.X - pj.X)
			}
		}
		sum += term
	}
	return sum
}

// NaturalSpline is a cubic spline with zero second derivative at the ends.
type NaturalSpline struct {
	pts []Point
	m   []float64 // second derivatives at knots
}

func NewNaturalSpline(pts []Point) *NaturalSpline {
	n := len(pts)
	h := make([]float64, n-1)
	for i := range h {
		h[i] = pts[i+1].X - pts[i].X
	}
	// tridiagonal system for interior second derivatives (Thomas algorithm)
	a := make([]float64, n)
	b := make([]float64, n)
	c := make([]float64, n)
	d := make([]float64, n)
	b[0], b[n-1] = 1, 1
	for i := 1; i < n-1; i++ {
		a[i] = h[i-1]
		b[i] = 2 * (h[i-1] + h[i])
		c[i] = h[i]
		d[i] = 6 * ((pts[i+1].Y-pts[i].Y)/h[i] - (pts[i].Y-pts[i-1].Y)/h[i-1])
	}
	for i := 1; i < n; i++ {
		w := a[i] / b[i-1]
		b[i] -= w * c[i-1]
		d[i] -= w * d[i-1]
	}
	m := make([]float64, n)
	m[n-1] = d[n-1] / b[n-1]
	for i := n - 2; i >= 0; i-- {
		m[i] = (d[i] - c[i]*m[i+1]) / b[i]
	}
	return &NaturalSpline{pts: pts, m: m}
}

func (s *NaturalSpline) At(x float64) float64 {
	p := s.pts
	i := sort.Search(len(p), func(i int) bool { return p[i].X >= x })
	i = max(1, min(i, len(p)-1))
	x0, x1 := p[i-1].X, p[i].X
	h := x1 - x0
	A := (x1 - x) / h
	B := (x - x0) / h
	return A*p[i-1].Y + B*p[i].Y + ((A*A*A-A)*s.m[i-1]+(B*B*B-B)*s.m[i])*h*h/6
}

func sample(f func(float64) float64, xs []float64) []Point {
	pts := make([]Point, len(xs))
	for i, x := range xs {
		pts[i] = Point{x, f(x)}
	}
	return pts
}

func main() {
	runge := func(x float64) float64 { return 1 / (1 + 25*x*x) }
	var xs []float64
	for i := 0; i <= 10; i++ {
		xs = append(xs, -1+0.2*float64(i))
	}
	pts := sample(runge, xs)
	methods := []struct {
		name string
		ip   Interpolator
	}{
		{"linear", Linear{pts}},
		{"lagrange", Lagrange{pts}},
		{"spline", NewNaturalSpline(pts)},
	}

	fmt.Println("Runge function 1/(1+25x^2), 11 equispaced knots")
	fmt.Printf("%7s %10s", "x", "true")
	for _, m := range methods {
		fmt.Printf(" %10s", m.name)
	}
	fmt.Println()
	maxErr := make([]float64, len(methods))
	for i := 0; i <= 40; i++ {
		x := -1 + 0.05*float64(i)
		y := runge(x)
		if i%4 == 1 || i == 20 {
			fmt.Printf("%7.3f %10.5f", x, y)
		}
		for k, m := range methods {
			v := m.ip.At(x)
			maxErr[k] = math.Max(maxErr[k], math.Abs(v-y))
			if i%4 == 1 || i == 20 {
				fmt.Printf(" %10.5f", v)
			}
		}
		if i%4 == 1 || i == 20 {
			fmt.Println()
		}
	}
	fmt.Println("\nMax abs error on fine grid:")
	for k, m := range methods {
		fmt.Printf("  %-9s %.5e\n", m.name, maxErr[k])
	}

	// Table lookup: air density vs altitude
	table := []Point{{0, 1.225}, {1000, 1.112}, {2000, 1.007}, {3000, 0.9093}, {5000, 0.7364}, {8000, 0.5258}, {10000, 0.4135}}
	lin := Linear{table}
	spl := NewNaturalSpline(table)
	fmt.Println("\nAir density (kg/m^3) by altitude:")
	for _, alt := range []float64{500, 1500, 2500, 4000, 6500, 9000, 11000} {
		fmt.Printf("  %6.0f m  linear=%.4f  spline=%.4f\n", alt, lin.At(alt), spl.At(alt))
	}
}
