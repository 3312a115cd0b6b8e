// Matrix operations on [][]float64: multiply, transpose, Gaussian elimination, inverse.
package main

import (
	"errors"
	"fmt"
	"math"
)

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := range n {
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Mul(o Matrix) Matrix {
	out := New(len(m), len(o[0]))
	for i := range m {
		for k := range o {
			for j := range o[0] {
				out[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return out
}

func (m Matrix) T() Matrix {
	out := New(len(m[0]), len(m))
	for i, row := range m {
		for j, v := range row {
			out[j][i] = v
		}
	}
	return out
}

func (m Matrix) Clone() Matrix {
	out := New(len(m), len(m[0]))
	for i := range m {
		copy(out[i], m[i])
	}
	return out
}

var ErrSingular = errors.New("matrix is singular")

// Inverse uses Gauss-Jordan elimination with partial pivoting; also returns determinant.
func (m Matrix) Inverse() (Matrix, float64, error) {
	n := len(m)
	a, inv := m.Clone(), Identity(n)
	det := 1.0
	for col := range n {
		p := col
		for r := col + 1; r < n; r++ {
			if math.Abs(a[r][col]) > math.Abs(a[p][col]) {
				p = r
			}
		}
		if math.Abs(a[p][col]) < 1e-12 {
			return nil, 0, ErrSingular
		}
		if p != col {
			a[p], a[col] = a[col], a[p]
			inv[p], inv[col] = inv[col], inv[p]
			det = -det
		}
		pv := a[col][col]
		det *= pv
		for j := range n {
			a[col][j] /= pv
			inv[col][j] /= pv
		}
		for r := range n {
			if r == col || a[r][col] == 0 {
				continue
			}
			f := a[r][col]
			for j := range n {
				a[r][j] -= f * a[col][j]
				inv[r][j] -= f * inv[col][j]
			}
		}
	}
	return inv, det, nil
}

func (m Matrix) String() string {
	s := ""
	for _, row := range m {
		for _, v := range row {
			if math.Abs(v) < 5e-10 {
				v = 0
			}
			s += fmt.Sprintf("%9.4f", v)
		}
		s += "\n"
	}
	return s
}

func main() {
	a := Matrix{{4, -2, 1}, {-2, 4, -2}, {1, -2, 4}}
	b := Matrix{{1, 2}, {0, 1}, {3, -1}}
	fmt.Print("A*B =\n", a.Mul(b))
	fmt.Print("B^T =\n", b.T())
	inv, det, err := a.Inverse()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("det(A) = %.4f\n", det)
	fmt.Print("A^-1 =\n", inv)
	fmt.Print("A * A^-1 =\n", a.Mul(inv))

	// Solve A x = y via the inverse.
	y := Matrix{{11}, {-16}, {17}}
	fmt.Print("x =\n", inv.Mul(y))

	sing := Matrix{{1, 2, 3}, {2, 4, 6}, {1, 0, 1}}
	if _, _, err := sing.Inverse(); errors.Is(err, ErrSingular) {
		fmt.Println("second matrix:", err)
	}
	h := New(4, 4)
	for i := range 4 {
		for j := range 4 {
			h[i][j] = 1 / float64(i+j+1)
		}
	}
	hinv, hdet, _ := h.Inverse()
	fmt.Printf("Hilbert(4) det = %.6e\n", hdet)
	fmt.Printf("Hilbert(4)^-1[0] = %.1f\n", hinv[0])
}
