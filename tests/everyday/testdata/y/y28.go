package main

import (
	"errors"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Matrix[T Number] struct {
	rows, cols int
	data       []T
}

func New[T Number](rows, cols int) *Matrix[T] {
	return &Matrix[T]{rows, cols, make([]T, rows*cols)}
}

func FromRows[T Number](rows [][]T) *Matrix[T] {
	m := New[T](len(rows), len(rows[0]))
	for i, r := range rows {
		copy(m.data[i*m.cols:], r)
	}
	return m
}

func (m *Matrix[T]) At(i, j int) T     { return m.data[i*m.cols+j] }
func (m *Matrix[T]) Set(i, j int, v T) { m.data[i*m.cols+j] = v }

func (m *Matrix[T]) T() *Matrix[T] {
	out := New[T](m.cols, m.rows)
	for i := range m.rows {
		for j := range m.cols {
			out.Set(j, i, m.At(i, j))
		}
	}
	return out
}

var ErrShape = errors.New("shape mismatch")

func (m *Matrix[T]) Mul(o *Matrix[T]) (*Matrix[T], error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	out := New[T](m.rows, o.cols)
	for i := range m.rows {
		for j := range o.cols {
			var s T
			for k := range m.cols {
				s += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out, nil
}

func (m *Matrix[T]) Apply(f func(T) T) *Matrix[T] {
	out := New[T](m.rows, m.cols)
	for i, v := range m.data {
		out.data[i] = f(v)
	}
	return out
}

func (m *Matrix[T]) String() string {
	var b strings.Builder
	for i := range m.rows {
		b.WriteString("[")
		for j := range m.cols {
			fmt.Fprintf(&b, "%8.2f", float64(m.At(i, j)))
		}
		b.WriteString(" ]\n")
	}
	return b.String()
}

func Dot[T Number](a, b []T) T {
	var s T
	for i := range min(len(a), len(b)) {
		s += a[i] * b[i]
	}
	return s
}

func main() {
	a := FromRows([][]float64{{1, 2, 3}, {4, 5, 6}})
	b := FromRows([][]float64{{7, 8}, {9, 10}, {11, 12}})
	c, err := a.Mul(b)
	fmt.Print("a*b =\n", c, "err=", err, "\n")
	fmt.Print("a^T =\n", a.T())
	_, err = a.Mul(a)
	fmt.Println("a*a:", err, errors.Is(err, ErrShape))

	id := New[int](3, 3)
	for i := range 3 {
		id.Set(i, i, 1)
	}
	m := FromRows([][]int{{2, 0, 1}, {1, 3, 2}, {1, 1, 1}})
	p, _ := m.Mul(id)
	fmt.Println("m*I == m:", fmt.Sprint(p.data) == fmt.Sprint(m.data), p.data)
	sq := m.Apply(func(v int) int { return v * v })
	fmt.Printf("%v %T\n", sq.data, sq)

	fmt.Println("dot:", Dot([]int{1, 2, 3}, []int{4, 5, 6}), Dot([]float32{0.5, 1.5}, []float32{2, 4, 100}))
	half := a.Apply(func(v float64) float64 { return v / 2 })
	fmt.Print(half)
	var total float64
	for _, v := range half.data {
		total += v
	}
	fmt.Printf("sum=%.2f mean=%.3f\n", total, total/float64(len(half.data)))
}
