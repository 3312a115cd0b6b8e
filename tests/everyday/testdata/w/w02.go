package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (zero T, ok bool) {
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("(%v: %v)", p.Key, p.Val) }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, pred func(T) bool) (out []T) {
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func MaxOf[T cmp.Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		m = max(m, x)
	}
	return m
}

type Number interface{ ~int | ~int64 | ~float64 }

func Sum[T Number](xs []T) T {
	return Reduce(xs, T(0), func(a, b T) T { return a + b })
}

type Celsius float64

func Zip[K comparable, V any](ks []K, vs []V) []Pair[K, V] {
	n := min(len(ks), len(vs))
	out := make([]Pair[K, V], n)
	for i := range n {
		out[i] = Pair[K, V]{ks[i], vs[i]}
	}
	return out
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	squares := Map(nums, func(n int) int { return n * n })
	evens := Filter(squares, func(n int) bool { return n%2 == 0 })
	total := Reduce(evens, 0, func(a, b int) int { return a + b })
	fmt.Println("squares:", squares)
	fmt.Println("even squares:", evens, "sum:", total)

	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	fmt.Println(Filter(words, func(w string) bool { return len(w) > 4 }))
	lens := Map(words, func(s string) int { return len(s) })
	joined := Reduce(words, "", func(acc string, w string) string {
		if acc == "" {
			return strings.ToUpper(w[:1]) + w[1:]
		}
		return acc + "-" + w
	})
	fmt.Println(lens, joined)
	fmt.Println("max:", MaxOf(words...), MaxOf(3.5, 2.25, 9.0), MaxOf(lens...))

	temps := []Celsius{21.5, 19.0, 23.25}
	fmt.Printf("%.2f %T\n", Sum(temps), Sum(temps))

	var st Stack[string]
	for _, w := range words[:4] {
		st.Push(w)
	}
	fmt.Println("stack len:", st.Len())
	for v, ok := st.Pop(); ok; v, ok = st.Pop() {
		fmt.Print(v, " ")
	}
	fmt.Println()

	pairs := Zip([]string{"a", "b", "c"}, []float64{1.5, 2.5})
	fmt.Printf("%v %+v %T\n", pairs, pairs[0], pairs[1])
}
