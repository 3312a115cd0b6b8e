// Command j11 defines a generic Matrix[T Number] with arithmetic methods and
// uses it for integer path counting and float linear transforms.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Matrix[T Number] struct {
	rows, cols int
	data       []T
}

var ErrShape = errors.New("shape mismatch")

func New[T Number](rows, cols int, vals ...T) Matrix[T] {
	m := Matrix[T]{rows, cols, make([]T, rows*cols)}
	copy(m.data, vals)
	return m
}

func Identity[T Number](n int) Matrix[T] {
	m := New[T](n, n)
	for i := range n {
		m.Set(i, i, 1)
	}
	return m
}

func (m Matrix[T]) At(r, c int) T     { return m.data[r*m.cols+c] }
func (m Matrix[T]) Set(r, c int, v T) { m.data[r*m.cols+c] = v }

func (m Matrix[T]) Mul(o Matrix[T]) (Matrix[T], error) {
	if m.cols != o.rows {
		return Matrix[T]{}, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
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

func (m Matrix[T]) Transpose() Matrix[T] {
	out := New[T](m.cols, m.rows)
	for i := range m.rows {
		for j := range m.cols {
			out.Set(j, i, m.At(i, j))
		}
	}
	return out
}

// Pow uses repeated squaring; only meaningful for square matrices.
func (m Matrix[T]) Pow(n int) Matrix[T] {
	result, base := Identity[T](m.rows), m
	for ; n > 0; n >>= 1 {
		if n&1 == 1 {
			result, _ = result.Mul(base)
		}
		base, _ = base.Mul(base)
	}
	return result
}

func (m Matrix[T]) String() string {
	var sb strings.Builder
	for i := range m.rows {
		sb.WriteString("  [")
		for j := range m.cols {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%6v", m.At(i, j))
		}
		sb.WriteString(" ]\n")
	}
	return sb.String()
}

// Map applies f elementwise and may change the element type.
func Map[T, U Number](m Matrix[T], f func(T) U) Matrix[U] {
	out := New[U](m.rows, m.cols)
	for i, v := range m.data {
		out.data[i] = f(v)
	}
	return out
}

func main() {
	// Adjacency matrix of a 4-node directed graph; A^k counts walks of length k.
	adj := New(4, 4,
		0, 1, 1, 0,
		0, 0, 1, 1,
		1, 0, 0, 1,
		1, 0, 0, 0)
	fmt.Printf("adjacency %T:\n%v", adj, adj)
	fmt.Printf("walks of length 5:\n%v", adj.Pow(5))

	fib := New(2, 2, int64(1), 1, 1, 0).Pow(90)
	fmt.Println("fib(90) via matrix power:", fib.At(0, 1))

	rot := New(2, 2, 0.0, -1, 1, 0) // 90 degree rotation
	pts := New(2, 3, 1.0, 0, 2, 0, 1, 2)
	moved, _ := rot.Mul(pts)
	fmt.Printf("rotated points (columns):\n%v", moved)
	fmt.Printf("transpose:\n%v", moved.Transpose())

	half := Map(adj, func(v int) float64 { return float64(v) / 2 })
	fmt.Printf("halved %T:\n%v", half, half)

	if _, err := pts.Mul(rot); err != nil {
		fmt.Println("error:", err, "| is ErrShape:", errors.Is(err, ErrShape))
	}
}
