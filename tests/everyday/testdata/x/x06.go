package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Vec []float64

func (v Vec) Dot(w Vec) float64 {
	s := 0.0
	for i := range v {
		s += v[i] * w[i]
	}
	return s
}

func (v Vec) Norm() float64 { return math.Sqrt(v.Dot(v)) }

type Matrix struct {
	r, c int
	d    []float64
}

func NewMatrix(r, c int, vals ...float64) *Matrix {
	m := &Matrix{r: r, c: c, d: make([]float64, r*c)}
	copy(m.d, vals)
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.d[i*m.c+j] }
func (m *Matrix) Set(i, j int, v float64) { m.d[i*m.c+j] = v }

var ErrShape = errors.New("shape mismatch")

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.c != o.r {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.r, m.c, o.r, o.c, ErrShape)
	}
	res := NewMatrix(m.r, o.c)
	for i := 0; i < m.r; i++ {
		for j := 0; j < o.c; j++ {
			var s float64
			for k := 0; k < m.c; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			res.Set(i, j, s)
		}
	}
	return res, nil
}

func (m *Matrix) T() *Matrix {
	t := NewMatrix(m.c, m.r)
	for i := 0; i < m.r; i++ {
		for j := 0; j < m.c; j++ {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
}

func (m *Matrix) Det() float64 {
	if m.r == 1 {
		return m.d[0]
	}
	det := 0.0
	for j := 0; j < m.c; j++ {
		sub := NewMatrix(m.r-1, m.c-1)
		for i := 1; i < m.r; i++ {
			cc := 0
			for k := 0; k < m.c; k++ {
				if k == j {
					continue
				}
				sub.Set(i-1, cc, m.At(i, k))
				cc++
			}
		}
		sign := 1.0
		if j%2 == 1 {
			sign = -1
		}
		det += sign * m.At(0, j) * sub.Det()
	}
	return det
}

func (m *Matrix) String() string {
	var sb strings.Builder
	for i := 0; i < m.r; i++ {
		sb.WriteString("[")
		for j := 0; j < m.c; j++ {
			fmt.Fprintf(&sb, "%7.2f", m.At(i, j))
		}
		sb.WriteString(" ]\n")
	}
	return sb.String()
}

func main() {
	v, w := Vec{1, 2, 3}, Vec{4, -5, 6}
	fmt.Println("dot:", v.Dot(w), "norm:", fmt.Sprintf("%.5f", v.Norm()))
	cos := v.Dot(w) / (v.Norm() * w.Norm())
	fmt.Printf("angle: %.4f deg\n", math.Acos(cos)*180/math.Pi)

	a := NewMatrix(2, 3, 1, 2, 3, 4, 5, 6)
	b := NewMatrix(3, 2, 7, 8, 9, 10, 11, 12)
	p, err := a.Mul(b)
	fmt.Print(p, err, "\n")
	fmt.Print(a.T())
	if _, err := a.Mul(a); errors.Is(err, ErrShape) {
		fmt.Println("error:", err)
	}
	sq := NewMatrix(3, 3, 2, -3, 1, 2, 0, -1, 1, 4, 5)
	fmt.Println("det:", sq.Det())
}
