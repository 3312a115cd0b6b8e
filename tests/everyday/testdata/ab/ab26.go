package main

import (
	"fmt"
	"math"
	"strings"
)

type Store struct {
	Name        string
	Footfall    float64
	AvgBasket   float64
	StaffHours  float64
	Promo       float64 // promo spend in k$
	Sales       float64 // k$
	Competitors float64
}

var stores = []Store{
	{"A", 1200, 34.5, 410, 5.0, 41.2, 3},
	{"B", 860, 29.1, 320, 2.5, 25.6, 5},
	{"C", 1510, 38.0, 520, 7.5, 57.9, 2},
	{"D", 640, 31.2, 250, 1.0, 19.8, 6},
	{"E", 1330, 36.8, 470, 6.0, 49.0, 3},
	{"F", 980, 27.5, 360, 3.5, 27.1, 4},
	{"G", 1720, 40.2, 600, 8.0, 69.5, 1},
	{"H", 720, 33.0, 280, 1.5, 23.9, 5},
	{"I", 1100, 30.4, 390, 4.0, 33.2, 4},
	{"J", 1450, 35.9, 500, 5.5, 52.3, 2},
}

type Col struct {
	Name string
	Vals []float64
}

func columns() []Col {
	get := []struct {
		n string
		f func(Store) float64
	}{
		{"footfall", func(s Store) float64 { return s.Footfall }},
		{"basket", func(s Store) float64 { return s.AvgBasket }},
		{"staff_h", func(s Store) float64 { return s.StaffHours }},
		{"promo", func(s Store) float64 { return s.Promo }},
		{"sales", func(s Store) float64 { return s.Sales }},
		{"compet", func(s Store) float64 { return s.Competitors }},
	}
	out := make([]Col, len(get))
	for i, g := range get {
		out[i].Name = g.n
		for _, s := range stores {
			out[i].Vals = append(out[i].Vals, g.f(s))
		}
	}
	return out
}

func pearson(x, y []float64) float64 {
	n := float64(len(x))
	var sx, sy float64
	for i := range x {
		sx += x[i]
		sy += y[i]
	}
	mx, my := sx/n, sy/n
	var cov, vx, vy float64
	for i := range x {
		dx, dy := x[i]-mx, y[i]-my
		cov += dx * dy
		vx += dx * dx
		vy += dy * dy
	}
	return cov / math.Sqrt(vx*vy)
}

// ranks gives average ranks for ties (for Spearman).
func ranks(x []float64) []float64 {
	r := make([]float64, len(x))
	for i := range x {
		less, equal := 0, 0
		for j := range x {
			if x[j] < x[i] {
				less++
			} else if x[j] == x[i] {
				equal++
			}
		}
		r[i] = float64(less) + float64(equal+1)/2
	}
	return r
}

func shade(r float64) string {
	switch a := math.Abs(r); {
	case a > 0.9:
		return "@"
	case a > 0.7:
		return "#"
	case a > 0.4:
		return "+"
	default:
		return "."
	}
}

func printMatrix(title string, cols []Col, f func(a, b []float64) float64) {
	fmt.Println(title)
	fmt.Printf("%-9s", "")
	for _, c := range cols {
		fmt.Printf("%9s", c.Name)
	}
	fmt.Println()
	for _, a := range cols {
		fmt.Printf("%-9s", a.Name)
		var heat strings.Builder
		for _, b := range cols {
			r := f(a.Vals, b.Vals)
			fmt.Printf("%9.3f", r)
			heat.WriteString(shade(r))
		}
		fmt.Printf("   %s\n", heat.String())
	}
	fmt.Println()
}

func main() {
	cols := columns()
	printMatrix("pearson correlation:", cols, pearson)
	printMatrix("spearman correlation:", cols, func(a, b []float64) float64 { return pearson(ranks(a), ranks(b)) })

	// strongest pairs, upper triangle only, sorted by |r|
	type pair struct {
		a, b string
		r    float64
	}
	var pairs []pair
	for i := range cols {
		for j := i + 1; j < len(cols); j++ {
			pairs = append(pairs, pair{cols[i].Name, cols[j].Name, pearson(cols[i].Vals, cols[j].Vals)})
		}
	}
	for i := 1; i < len(pairs); i++ { // insertion sort, stable
		for j := i; j > 0 && math.Abs(pairs[j].r) > math.Abs(pairs[j-1].r); j-- {
			pairs[j], pairs[j-1] = pairs[j-1], pairs[j]
		}
	}
	fmt.Println("top 5 |r| pairs:")
	for _, p := range pairs[:5] {
		fmt.Printf("  %-8s ~ %-8s r=%+.3f\n", p.a, p.b, p.r)
	}
}
