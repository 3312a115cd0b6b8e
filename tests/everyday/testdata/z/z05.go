package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Map[T, U any](s []T, f func(T) U) []U {
	out := make([]U, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func Filter[T any](s []T, pred func(T) bool) []T {
	var out []T
	for _, v := range s {
		if pred(v) {
			out = append(out, v)
		}
	}
	return out
}

func Reduce[T, A any](s []T, init A, f func(A, T) A) A {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

func GroupBy[T any, K comparable](s []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, v := range s {
		k := key(v)
		out[k] = append(out[k], v)
	}
	return out
}

func Chunk[T any](s []T, n int) [][]T {
	var out [][]T
	for n < len(s) {
		s, out = s[n:], append(out, s[:n:n])
	}
	return append(out, s)
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := range n {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

func SortedKeys[K interface{ ~string | ~int }, V any](m map[K]V) iter.Seq[K] {
	return slices.Values(slices.Sorted(maps.Keys(m)))
}

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

func main() {
	staff := []Employee{
		{"Ann", "eng", 120}, {"Bob", "ops", 90}, {"Cid", "eng", 135},
		{"Dee", "sales", 80}, {"Eve", "ops", 95}, {"Fay", "eng", 110}, {"Gus", "sales", 70},
	}
	names := Map(staff, func(e Employee) string { return strings.ToUpper(e.Name) })
	fmt.Println(names)
	rich := Filter(staff, func(e Employee) bool { return e.Salary >= 100 })
	fmt.Printf("%+v\n", rich)
	total := Reduce(staff, 0, func(acc int, e Employee) int { return acc + e.Salary })
	fmt.Println("total payroll:", total)

	byDept := GroupBy(staff, func(e Employee) string { return e.Dept })
	for dept := range SortedKeys(byDept) {
		emps := byDept[dept]
		sum := Reduce(emps, 0, func(a int, e Employee) int { return a + e.Salary })
		fmt.Printf("%-6s n=%d avg=%6.2f %v\n", dept, len(emps), float64(sum)/float64(len(emps)),
			Map(emps, func(e Employee) string { return e.Name }))
	}

	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}
	for i, ch := range Chunk(nums, 4) {
		fmt.Println("chunk", i, ch, len(ch), cap(ch))
	}
	pairs := Zip(names, []float64{1.5, 2.5, 3.5})
	fmt.Printf("%v\n%+v\n", pairs, pairs[0])
	fmt.Printf("%#v\n", pairs[1])
	evensSquared := Map(Filter(nums, func(n int) bool { return n%2 == 0 }), func(n int) int { return n * n })
	fmt.Println(evensSquared, Reduce(evensSquared, "", func(a string, n int) string { return a + fmt.Sprint(n%10) }))
}
