package main

import (
	"cmp"
	"errors"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
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

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func MaxOf[T cmp.Ordered](xs ...T) (T, error) {
	var zero T
	if len(xs) == 0 {
		return zero, errors.New("empty input")
	}
	m := xs[0]
	for _, x := range xs[1:] {
		m = max(m, x)
	}
	return m, nil
}

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s *Stack[T]) Len() int { return len(s.items) }

type Meters float64

func main() {
	nums := []int{3, 8, 1, 9, 4, 12, 7}
	sq := Map(nums, func(n int) int { return n * n })
	fmt.Println("squares:", sq)
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println("evens:", evens)
	csv := Reduce(nums, "", func(acc string, n int) string {
		if acc == "" {
			return fmt.Sprint(n)
		}
		return acc + "," + fmt.Sprint(n)
	})
	fmt.Printf("joined: %q\n", csv)
	fmt.Println("sum ints:", Sum(nums))
	dists := []Meters{1.5, 2.25, 3.0}
	total := Sum(dists)
	fmt.Printf("sum meters: %v (%T)\n", total, total)

	m, err := MaxOf("pear", "apple", "zucchini", "fig")
	fmt.Println("max string:", m, err)
	_, err = MaxOf[float64]()
	fmt.Println("max empty:", err)

	var st Stack[string]
	for _, w := range strings.Fields("to be or not to be") {
		st.Push(w)
	}
	fmt.Println("stack len:", st.Len())
	var rev []string
	for {
		v, ok := st.Pop()
		if !ok {
			break
		}
		rev = append(rev, v)
	}
	fmt.Println("reversed:", strings.Join(rev, " "))
	lens := Map(rev, func(s string) int { return len(s) })
	fmt.Printf("%v %T\n", lens, lens)

	ps := Stack[[2]int]{}
	ps.Push([2]int{1, 2})
	ps.Push([2]int{3, 4})
	top, _ := ps.Pop()
	fmt.Printf("%+v %v\n", ps, top)
}
