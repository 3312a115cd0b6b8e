// ag25: Matrix[T Number] with generic arithmetic, transpose, identity, power and instantiation on named types.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float32 | ~float64
}

type Matrix[T Number] struct {
	rows, cols int
	data       []T
}

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

var ErrShape = errors.New("shape mismatch")

func (m Matrix[T]) Mul(o Matrix[T]) (Matrix[T], error) {
	if m.cols != o.rows {
		return Matrix[T]{}, fmt.Errorf("%dx%d * %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
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

func (m Matrix[T]) Add(o Matrix[T]) (Matrix[T], error) {
	if m.rows != o.rows || m.cols != o.cols {
		return Matrix[T]{}, ErrShape
	}
	out := New[T](m.rows, m.cols)
	for i := range m.data {
		out.data[i] = m.data[i] + o.data[i]
	}
	return out, nil
}

func (m Matrix[T]) Scale(k T) Matrix[T] {
	out := New[T](m.rows, m.cols)
	for i, v := range m.data {
		out.data[i] = v * k
	}
	return out
}

func (m Matrix[T]) T() Matrix[T] {
	out := New[T](m.cols, m.rows)
	for i := range m.rows {
		for j := range m.cols {
			out.Set(j, i, m.At(i, j))
		}
	}
	return out
}

func (m Matrix[T]) Pow(n int) Matrix[T] {
	result, base := Identity[T](m.rows), m
	for n > 0 {
		if n&1 == 1 {
			result, _ = result.Mul(base)
		}
		base, _ = base.Mul(base)
		n >>= 1
	}
	return result
}

func (m Matrix[T]) Trace() T {
	var s T
	for i := range min(m.rows, m.cols) {
		s += m.At(i, i)
	}
	return s
}

func (m Matrix[T]) String() string {
	var b strings.Builder
	for i := range m.rows {
		b.WriteString("[")
		for j := range m.cols {
			if j > 0 {
				b.WriteString(" ")
			}
			fmt.Fprintf(&b, "%6v", m.At(i, j))
		}
		b.WriteString("]\n")
	}
	return b.String()
}

type Meters float64

func (m Meters) String() string { return fmt.Sprintf("%.1fm", float64(m)) }

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := New(3, 2, 7, 8, 9, 10, 11, 12)
	ab, _ := a.Mul(b)
	fmt.Print("A =\n", a, "B =\n", b, "A*B =\n", ab)
	fmt.Print("A^T =\n", a.T())
	if _, err := a.Mul(a); err != nil {
		fmt.Println("error:", err, "| is ErrShape:", errors.Is(err, ErrShape))
	}
	fib := New(2, 2, 1, 1, 1, 0)
	for _, n := range []int{1, 10, 30, 50} {
		fmt.Printf("fib(%d) = %d\n", n, fib.Pow(n).At(0, 1))
	}

	rot := New(2, 2, 0.0, -1.0, 1.0, 0.0)
	p := New(2, 1, 3.0, 4.0)
	r1, _ := rot.Mul(p)
	r4, _ := rot.Pow(4).Mul(p)
	fmt.Printf("rotate (3,4) by 90: (%g,%g); by 360: (%g,%g)\n", r1.At(0, 0), r1.At(1, 0), r4.At(0, 0), r4.At(1, 0))

	room := New[Meters](2, 2, 3.5, 4.0, 2.5, 6.25)
	sum, _ := room.Add(room.Scale(2))
	fmt.Print("room dims x3 =\n", sum)
	fmt.Println("trace:", sum.Trace())

	adj := New(4, 4,
		0, 1, 1, 0,
		0, 0, 1, 1,
		0, 0, 0, 1,
		1, 0, 0, 0)
	paths3 := adj.Pow(3)
	fmt.Print("walks of length 3 =\n", paths3)
	fmt.Println("closed walks of length 3:", paths3.Trace())
	fmt.Print("I3 =\n", Identity[float32](3))
}
