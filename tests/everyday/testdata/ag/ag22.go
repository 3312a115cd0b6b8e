// ag22: a small generic collection pipeline: Map, Filter, Reduce, FlatMap, Uniq and Scan over slices and iter.Seq.
package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
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

func FlatMap[T, U any](xs []T, f func(T) []U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x)...)
	}
	return out
}

func Uniq[T comparable](xs []T) []T {
	seen := make(map[T]struct{}, len(xs))
	var out []T
	for _, x := range xs {
		if _, ok := seen[x]; !ok {
			seen[x] = struct{}{}
			out = append(out, x)
		}
	}
	return out
}

func Scan[T, A any](xs []T, init A, f func(A, T) A) []A {
	out := make([]A, 0, len(xs))
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
		out = append(out, acc)
	}
	return out
}

// Lazy variants over iter.Seq.
func MapSeq[T, U any](s iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range s {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func FilterSeq[T any](s iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range s {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Take[T any](s iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range s {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

type Order struct {
	ID       int
	Customer string
	Items    []string
	Total    float64
	Paid     bool
}

func main() {
	orders := []Order{
		{1, "ann", []string{"pen", "ink"}, 12.50, true},
		{2, "bob", []string{"paper"}, 4.99, false},
		{3, "ann", []string{"stapler", "pen"}, 18.00, true},
		{4, "cy", []string{"ink", "paper", "clips"}, 22.75, true},
		{5, "bob", []string{"pen"}, 2.25, true},
		{6, "dee", []string{"binder"}, 9.40, false},
	}
	paid := Filter(orders, func(o Order) bool { return o.Paid })
	fmt.Println("paid ids:", Map(paid, func(o Order) int { return o.ID }))
	revenue := Reduce(paid, 0.0, func(a float64, o Order) float64 { return a + o.Total })
	fmt.Printf("revenue: %.2f\n", revenue)
	products := FlatMap(orders, func(o Order) []string { return o.Items })
	fmt.Println("all items:", products)
	u := Uniq(products)
	fmt.Println("unique items:", u)
	slices.Sort(u)
	fmt.Println("sorted unique:", u)
	fmt.Println("customers:", Uniq(Map(orders, func(o Order) string { return o.Customer })))
	running := Scan(orders, 0.0, func(a float64, o Order) float64 { return a + o.Total })
	fmt.Println("running totals:", Map(running, func(f float64) string { return fmt.Sprintf("%.2f", f) }))
	longest := Reduce(orders, "", func(best string, o Order) string {
		for _, it := range o.Items {
			if len(it) > len(best) {
				best = it
			}
		}
		return best
	})
	fmt.Println("longest item name:", longest)

	squaresOfOdd := Take(MapSeq(FilterSeq(Naturals(), func(n int) bool { return n%2 == 1 }), func(n int) int { return n * n }), 8)
	fmt.Println("first 8 odd squares:", slices.Collect(squaresOfOdd))
	fizz := MapSeq(Take(Naturals(), 15), func(n int) string {
		switch {
		case n%15 == 0:
			return "FizzBuzz"
		case n%3 == 0:
			return "Fizz"
		case n%5 == 0:
			return "Buzz"
		}
		return fmt.Sprint(n)
	})
	fmt.Println(strings.Join(slices.Collect(fizz), " "))
	words := strings.Fields("go is a fun language and go is fast")
	fmt.Println("caps of long words:", Map(Filter(words, func(w string) bool { return len(w) > 2 }), strings.ToUpper))
	fmt.Println("char count:", Reduce(words, 0, func(n int, w string) int { return n + len(w) }))
}
