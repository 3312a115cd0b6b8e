package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

// Matrix is a dense row-major matrix.
type Matrix [][]float64

var ErrSingular = errors.New("matrix is singular")

func NewMatrix(rows, cols int) Matrix {
	m := make(Matrix, rows)
	for i := range m {
		m[i] = make([]float64, cols)
	}
	return m
}

func Identity(n int) Matrix {
	m := NewMatrix(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Rows() int { return len(m) }
func (m Matrix) Cols() int {
	if len(m) == 0 {
		return 0
	}
	return len(m[0])
}

func (m Matrix) Clone() Matrix {
	c := NewMatrix(m.Rows(), m.Cols())
	for i := range m {
		copy(c[i], m[i])
	}
	return c
}

func (m Matrix) T() Matrix {
	t := NewMatrix(m.Cols(), m.Rows())
	for i := range m {
		for j := range m[i] {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if m.Cols() != o.Rows() {
		return nil, fmt.Errorf("dimension mismatch: %dx%d * %dx%d", m.Rows(), m.Cols(), o.Rows(), o.Cols())
	}
	r := NewMatrix(m.Rows(), o.Cols())
	for i := 0; i < m.Rows(); i++ {
		for k := 0; k < m.Cols(); k++ {
			a := m[i][k]
			for j := 0; j < o.Cols(); j++ {
				r[i][j] += a * o[k][j]
			}
		}
	}
	return r, nil
}

// Det computes the determinant by Gaussian elimination with partial pivoting.
func (m Matrix) Det() float64 {
	a := m.Clone()
	n := a.Rows()
	det := 1.0
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		if a[p][c] == 0 {
			return 0
		}
		if p != c {
			a[p], a[c] = a[c], a[p]
			det = -det
		}
		det *= a[c][c]
		for r := c + 1; r < n; r++ {
			f := a[r][c] / a[c][c]
			for k := c; k < n; k++ {
				a[r][k] -= f * a[c][k]
			}
		}
	}
	return det
}

// Inverse uses Gauss-Jordan elimination on an augmented matrix.
func (m Matrix) Inverse() (Matrix, error) {
	n := m.Rows()
	a := m.Clone()
	inv := Identity(n)
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		if math.Abs(a[p][c]) < 1e-12 {
			return nil, ErrSingular
		}
		a[p], a[c] = a[c], a[p]
		inv[p], inv[c] = inv[c], inv[p]
		piv := a[c][c]
		for k := 0; k < n; k++ {
			a[c][k] /= piv
			inv[c][k] /= piv
		}
		for r := 0; r < n; r++ {
			if r == c {
				continue
			}
			f := a[r][c]
			for k := 0; k < n; k++ {
				a[r][k] -= f * a[c][k]
				inv[r][k] -= f * inv[c][k]
			}
		}
	}
	return inv, nil
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		sb.WriteString("[")
		for j, v := range row {
			if j > 0 {
				sb.WriteString(" ")
			}
			if math.Abs(v) < 1e-10 {
				v = 0
			}
			fmt.Fprintf(&sb, "%9.4f", v)
		}
		sb.WriteString(" ]\n")
	}
	return sb.String()
}

func main() {
	a := Matrix{
		{4, -2, 1},
		{3, 6, -4},
		{2, 1, 8},
	}
	b := Matrix{
		{1, 0},
		{2, 1},
		{0, 3},
	}
	fmt.Printf("A (%dx%d):\n%v", a.Rows(), a.Cols(), a)
	fmt.Printf("A^T:\n%v", a.T())

	ab, err := a.Mul(b)
	if err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("A*B:\n%v", ab)

	if _, err := b.Mul(b); err != nil {
		fmt.Println("B*B error:", err)
	}

	fmt.Printf("det(A) = %.6f\n", a.Det())
	inv, err := a.Inverse()
	if err != nil {
		fmt.Println("inverse error:", err)
		return
	}
	fmt.Printf("A^-1:\n%v", inv)
	check, _ := a.Mul(inv)
	fmt.Printf("A*A^-1:\n%v", check)

	sing := Matrix{{1, 2, 3}, {2, 4, 6}, {1, 0, 1}}
	fmt.Printf("det(S) = %.6f\n", sing.Det())
	if _, err := sing.Inverse(); errors.Is(err, ErrSingular) {
		fmt.Println("S inverse:", err)
	}
}
