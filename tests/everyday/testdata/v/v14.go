package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

type Numeric interface {
	~int | ~int64 | ~float64
}

type Series[T Numeric] struct {
	Name   string
	Values []T
}

func NewSeries[T Numeric](name string, vals ...T) *Series[T] {
	return &Series[T]{Name: name, Values: vals}
}

func (s *Series[T]) Len() int { return len(s.Values) }

func (s *Series[T]) Sum() T {
	var t T
	for _, v := range s.Values {
		t += v
	}
	return t
}

func (s *Series[T]) Mean() float64 { return float64(s.Sum()) / float64(s.Len()) }

func (s *Series[T]) Std() float64 {
	m := s.Mean()
	var ss float64
	for _, v := range s.Values {
		d := float64(v) - m
		ss += d * d
	}
	return math.Sqrt(ss / float64(s.Len()))
}

func (s *Series[T]) Apply(f func(T) T) *Series[T] {
	out := make([]T, len(s.Values))
	for i, v := range s.Values {
		out[i] = f(v)
	}
	return &Series[T]{Name: s.Name, Values: out}
}

func (s *Series[T]) Diff() *Series[T] {
	out := make([]T, 0, len(s.Values))
	for i := 1; i < len(s.Values); i++ {
		out = append(out, s.Values[i]-s.Values[i-1])
	}
	return &Series[T]{Name: s.Name + "_diff", Values: out}
}

func (s *Series[T]) ArgSort() []int {
	idx := make([]int, s.Len())
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(s.Values[a], s.Values[b]) })
	return idx
}

func (s *Series[T]) String() string {
	parts := make([]string, len(s.Values))
	for i, v := range s.Values {
		parts[i] = fmt.Sprint(v)
	}
	return fmt.Sprintf("Series[%s](%s)", s.Name, strings.Join(parts, ", "))
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("(%v: %v)", p.Key, p.Val) }

func Zip[K comparable, V any](ks []K, vs []V) []Pair[K, V] {
	n := min(len(ks), len(vs))
	out := make([]Pair[K, V], n)
	for i := range n {
		out[i] = Pair[K, V]{ks[i], vs[i]}
	}
	return out
}

type Celsius float64

func main() {
	visits := NewSeries("visits", 120, 135, 128, 160, 172, 158, 190)
	fmt.Println(visits)
	fmt.Printf("len=%d sum=%d mean=%.3f std=%.3f\n", visits.Len(), visits.Sum(), visits.Mean(), visits.Std())
	fmt.Println(visits.Diff())
	fmt.Println("argsort:", visits.ArgSort())
	doubled := visits.Apply(func(v int) int { return v * 2 })
	fmt.Printf("%v %T\n", doubled.Values, doubled)

	temps := NewSeries[Celsius]("temp", 21.5, 19.0, 23.25, 22.0, 18.75)
	fmt.Println(temps, temps.Sum())
	fmt.Printf("mean=%.2f std=%.4f\n", temps.Mean(), temps.Std())
	f := temps.Apply(func(c Celsius) Celsius { return c*9/5 + 32 })
	fmt.Printf("%s -> %v\n", f.Name, f.Values)

	days := []string{"mon", "tue", "wed", "thu", "fri"}
	pairs := Zip(days, temps.Values)
	fmt.Println(pairs)
	slices.SortFunc(pairs, func(a, b Pair[string, Celsius]) int { return cmp.Compare(b.Val, a.Val) })
	fmt.Printf("hottest: %v, coldest: %v\n", pairs[0], pairs[len(pairs)-1])
	fmt.Printf("%+v\n", pairs[0])

	big := NewSeries[int64]("bytes", 1<<40, 1<<41, 3<<40)
	fmt.Println(big.Sum(), big.Mean(), big.Diff().Values)
}
