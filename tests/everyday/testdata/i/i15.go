package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// SortBy sorts a copy of xs by the key extracted by key.
func SortBy[T any, K cmp.Ordered](xs []T, key func(T) K) []T {
	out := slices.Clone(xs)
	slices.SortStableFunc(out, func(a, b T) int { return cmp.Compare(key(a), key(b)) })
	return out
}

func MinBy[T any, K cmp.Ordered](xs []T, key func(T) K) (best T, ok bool) {
	for i, x := range xs {
		if i == 0 || key(x) < key(best) {
			best, ok = x, true
		}
	}
	return
}

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (best T, ok bool) {
	for i, x := range xs {
		if i == 0 || key(x) > key(best) {
			best, ok = x, true
		}
	}
	return
}

// Comparator chaining helper.
func ThenBy[T any](fns ...func(a, b T) int) func(a, b T) int {
	return func(a, b T) int {
		for _, f := range fns {
			if c := f(a, b); c != 0 {
				return c
			}
		}
		return 0
	}
}

type Kelvin float64

func (k Kelvin) String() string { return fmt.Sprintf("%.2fK", float64(k)) }

type Planet struct {
	Name    string
	MassE   float64 // earth masses
	Surface Kelvin
	Moons   int
}

func main() {
	planets := []Planet{
		{"Mercury", 0.055, 440, 0},
		{"Venus", 0.815, 737, 0},
		{"Earth", 1, 288, 1},
		{"Mars", 0.107, 210, 2},
		{"Jupiter", 317.8, 165, 95},
		{"Saturn", 95.2, 134, 146},
		{"Uranus", 14.5, 76, 28},
		{"Neptune", 17.1, 72, 16},
	}
	name := func(p Planet) string { return p.Name }

	fmt.Println("by name:", slices.Collect(func(y func(string) bool) {
		for _, p := range SortBy(planets, name) {
			if !y(p.Name) {
				return
			}
		}
	}))
	for _, p := range SortBy(planets, func(p Planet) Kelvin { return p.Surface }) {
		fmt.Printf("  %-8s %v\n", p.Name, p.Surface)
	}
	if p, ok := MinBy(planets, func(p Planet) float64 { return p.MassE }); ok {
		fmt.Println("lightest:", p.Name)
	}
	if p, ok := MaxBy(planets, func(p Planet) int { return p.Moons }); ok {
		fmt.Println("most moons:", p.Name, p.Moons)
	}
	if p, ok := MaxBy(planets, func(p Planet) Kelvin { return p.Surface }); ok {
		fmt.Println("hottest:", p.Name, p.Surface)
	}
	_, ok := MinBy([]Planet{}, name)
	fmt.Println("min of empty ok:", ok)

	moonless := func(a, b Planet) int { return cmp.Compare(min(a.Moons, 1), min(b.Moons, 1)) }
	byLen := func(a, b Planet) int { return cmp.Compare(len(a.Name), len(b.Name)) }
	byName := func(a, b Planet) int { return strings.Compare(a.Name, b.Name) }
	sorted := slices.Clone(planets)
	slices.SortFunc(sorted, ThenBy(moonless, byLen, byName))
	for _, p := range sorted {
		fmt.Print(p.Name, " ")
	}
	fmt.Println()

	i, found := slices.BinarySearchFunc(SortBy(planets, name), "Mars", func(p Planet, t string) int {
		return strings.Compare(p.Name, t)
	})
	fmt.Println("Mars at", i, found)
	longest, _ := MaxBy(strings.Fields("a quick brownish fox"), func(s string) int { return len(s) })
	fmt.Println("longest word:", longest)
}
