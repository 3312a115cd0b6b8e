package main

import (
	"cmp"
	"fmt"
	"strings"
)

// Generic helpers: Map, Filter, Reduce, GroupBy, and a generic Vector type.

type Number interface {
	~int | ~int64 | ~float32 | ~float64
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (best T) {
	for i, x := range xs {
		if i == 0 || key(x) > key(best) {
			best = x
		}
	}
	return best
}

type Vector[T Number] []T

func (v Vector[T]) Dot(w Vector[T]) T {
	var s T
	for i := range v {
		s += v[i] * w[i]
	}
	return s
}

func (v Vector[T]) Add(w Vector[T]) Vector[T] {
	out := make(Vector[T], len(v))
	for i := range v {
		out[i] = v[i] + w[i]
	}
	return out
}

func (v Vector[T]) Scale(k T) Vector[T] { return Map(v, func(x T) T { return x * k }) }

func Sum[T Number](xs []T) T { return Reduce(xs, T(0), func(a, x T) T { return a + x }) }

type Planet struct {
	Name   string
	Mass   float64 // Earth masses
	Radius float64 // Earth radii
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	squares := Map(nums, func(x int) int { return x * x })
	evens := Filter(squares, func(x int) bool { return x%2 == 0 })
	fmt.Println("squares:", squares)
	fmt.Println("even squares:", evens, "sum:", Sum(evens))
	fmt.Println("joined:", strings.Join(Map(nums, func(x int) string { return fmt.Sprint(x) }), ","))

	v := Vector[float64]{1, 2, 3}
	w := Vector[float64]{4, -5, 6}
	fmt.Printf("v.w=%.1f v+w=%v 2.5v=%v\n", v.Dot(w), v.Add(w), v.Scale(2.5))
	iv := Vector[int]{3, 4}
	fmt.Println("int vector dot:", iv.Dot(iv), "sum:", Sum(iv))

	planets := []Planet{
		{"Mercury", 0.055, 0.383}, {"Venus", 0.815, 0.949}, {"Earth", 1, 1},
		{"Mars", 0.107, 0.532}, {"Jupiter", 317.8, 11.21}, {"Saturn", 95.2, 9.45},
		{"Uranus", 14.5, 4.01}, {"Neptune", 17.1, 3.88},
	}
	density := func(p Planet) float64 { return p.Mass / (p.Radius * p.Radius * p.Radius) }
	fmt.Printf("\n%-8s %8s %8s %8s\n", "planet", "mass", "radius", "density")
	for _, p := range planets {
		fmt.Printf("%-8s %8.3f %8.3f %8.3f\n", p.Name, p.Mass, p.Radius, density(p))
	}
	giants := Filter(planets, func(p Planet) bool { return p.Radius > 3 })
	fmt.Println("giants:", strings.Join(Map(giants, func(p Planet) string { return p.Name }), ", "))
	fmt.Println("densest:", MaxBy(planets, density).Name, "| longest name:", MaxBy(planets, func(p Planet) int { return len(p.Name) }).Name)
	total := Sum(Map(planets, func(p Planet) float64 { return p.Mass }))
	fmt.Printf("total mass: %.3f Earth masses\n", total)
}
