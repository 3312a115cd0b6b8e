package main

import (
	"errors"
	"fmt"
	"math"
)

type Matrix [][]float64

func NewMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if len(m[0]) != len(o) {
		return nil, fmt.Errorf("shape mismatch: %dx%d * %dx%d", len(m), len(m[0]), len(o), len(o[0]))
	}
	out := NewMatrix(len(m), len(o[0]))
	for i := range m {
		for j := range o[0] {
			for k := range o {
				out[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return out, nil
}

func (m Matrix) T() Matrix {
	out := NewMatrix(len(m[0]), len(m))
	for i, row := range m {
		for j, v := range row {
			out[j][i] = v
		}
	}
	return out
}

func (m Matrix) Print(name string) {
	fmt.Printf("%s (%dx%d):\n", name, len(m), len(m[0]))
	for _, row := range m {
		for _, v := range row {
			fmt.Printf("%9.3f", v)
		}
		fmt.Println()
	}
}

var ErrSingular = errors.New("matrix is singular")

// Solve uses Gaussian elimination with partial pivoting.
func Solve(a Matrix, b []float64) ([]float64, error) {
	n := len(a)
	aug := NewMatrix(n, n+1)
	for i := range a {
		copy(aug[i], a[i])
		aug[i][n] = b[i]
	}
	for col := 0; col < n; col++ {
		piv := col
		for r := col + 1; r < n; r++ {
			if math.Abs(aug[r][col]) > math.Abs(aug[piv][col]) {
				piv = r
			}
		}
		if math.Abs(aug[piv][col]) < 1e-12 {
			return nil, ErrSingular
		}
		aug[col], aug[piv] = aug[piv], aug[col]
		for r := col + 1; r < n; r++ {
			f := aug[r][col] / aug[col][col]
			for c := col; c <= n; c++ {
				aug[r][c] -= f * aug[col][c]
			}
		}
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		s := aug[i][n]
		for j := i + 1; j < n; j++ {
			s -= aug[i][j] * x[j]
		}
		x[i] = s / aug[i][i]
	}
	return x, nil
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	c, err := a.Mul(b)
	if err != nil {
		fmt.Println(err)
	}
	c.Print("A*B")
	a.T().Print("A^T")
	if _, err := a.Mul(a); err != nil {
		fmt.Println("error:", err)
	}

	sys := Matrix{{2, 1, -1}, {-3, -1, 2}, {-2, 1, 2}}
	rhs := []float64{8, -11, -3}
	x, err := Solve(sys, rhs)
	fmt.Printf("solution: %.4f err=%v\n", x, err)

	sing := Matrix{{1, 2}, {2, 4}}
	_, err = Solve(sing, []float64{1, 2})
	fmt.Println("singular:", err, errors.Is(err, ErrSingular))

	// Gram matrix X^T X
	X := Matrix{{1, 0.5}, {1, 1.5}, {1, 2.0}, {1, 3.5}}
	g, _ := X.T().Mul(X)
	g.Print("XtX")
	fmt.Printf("%v\n", g)
}
