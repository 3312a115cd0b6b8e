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

func NewMatrix[T Number](rows, cols int, vals ...T) *Matrix[T] {
	m := &Matrix[T]{rows: rows, cols: cols, data: make([]T, rows*cols)}
	copy(m.data, vals)
	return m
}

func Identity[T Number](n int) *Matrix[T] {
	m := NewMatrix[T](n, n)
	for i := range n {
		m.Set(i, i, 1)
	}
	return m
}

func (m *Matrix[T]) At(r, c int) T     { return m.data[r*m.cols+c] }
func (m *Matrix[T]) Set(r, c int, v T) { m.data[r*m.cols+c] = v }

var ErrShape = errors.New("shape mismatch")

func (m *Matrix[T]) Mul(o *Matrix[T]) (*Matrix[T], error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	out := NewMatrix[T](m.rows, o.cols)
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

func (m *Matrix[T]) Transpose() *Matrix[T] {
	out := NewMatrix[T](m.cols, m.rows)
	for i := range m.rows {
		for j := range m.cols {
			out.Set(j, i, m.At(i, j))
		}
	}
	return out
}

// MapMatrix converts element type, e.g. int -> float64.
func MapMatrix[T, U Number](m *Matrix[T], f func(T) U) *Matrix[U] {
	out := NewMatrix[U](m.rows, m.cols)
	for i, v := range m.data {
		out.data[i] = f(v)
	}
	return out
}

func (m *Matrix[T]) String() string {
	var sb strings.Builder
	for i := range m.rows {
		sb.WriteString("[")
		for j := range m.cols {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprintf(&sb, "%6v", m.At(i, j))
		}
		sb.WriteString("]\n")
	}
	return sb.String()
}

type Cents int64

func main() {
	a := NewMatrix(2, 3, 1, 2, 3, 4, 5, 6)
	b := NewMatrix(3, 2, 7, 8, 9, 10, 11, 12)
	p, err := a.Mul(b)
	fmt.Print("A*B=\n", p, "err=", err, "\n")

	_, err = a.Mul(a)
	fmt.Println("A*A error:", err, "| is ErrShape:", errors.Is(err, ErrShape))

	fmt.Print("A^T=\n", a.Transpose())

	f := MapMatrix(a, func(v int) float64 { return float64(v) / 4 })
	id := Identity[float64](3)
	fi, _ := f.Mul(id)
	fmt.Print("A/4 * I=\n", fi)

	// Fibonacci by matrix power with a named integer type.
	fib := NewMatrix[Cents](2, 2, 1, 1, 1, 0)
	acc := Identity[Cents](2)
	for range 30 {
		acc, _ = acc.Mul(fib)
	}
	fmt.Println("fib(30) via matrix:", acc.At(0, 1))

	prices := NewMatrix[Cents](1, 3, 199, 250, 1099)
	qty := NewMatrix[Cents](3, 1, 3, 2, 1)
	total, _ := prices.Mul(qty)
	fmt.Printf("order total: $%d.%02d\n", total.At(0, 0)/100, total.At(0, 0)%100)
}
