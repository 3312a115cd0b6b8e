package main

import (
	"errors"
	"fmt"
	"math"
)

// Gaussian elimination with partial pivoting, determinant and inverse on [][]float64.

type Matrix [][]float64

func Identity(n int) Matrix {
	m := make(Matrix, n)
	for i := range m {
		m[i] = make([]float64, n)
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Clone() Matrix {
	c := make(Matrix, len(m))
	for i, row := range m {
		c[i] = append([]float64(nil), row...)
	}
	return c
}

var ErrSingular = errors.New("matrix is singular")

// Solve returns x with A x = b, and det(A).
func Solve(A Matrix, b []float64) ([]float64, float64, error) {
	n := len(A)
	a := A.Clone()
	x := append([]float64(nil), b...)
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
			x[p], x[col] = x[col], x[p]
			det = -det
		}
		det *= a[col][col]
		for r := col + 1; r < n; r++ {
			f := a[r][col] / a[col][col]
			for c := col; c < n; c++ {
				a[r][c] -= f * a[col][c]
			}
			x[r] -= f * x[col]
		}
	}
	for i := n - 1; i >= 0; i-- {
		for j := i + 1; j < n; j++ {
			x[i] -= a[i][j] * x[j]
		}
		x[i] /= a[i][i]
	}
	return x, det, nil
}

func main() {
	A := Matrix{{2, 1, -1}, {-3, -1, 2}, {-2, 1, 2}}
	b := []float64{8, -11, -3}
	x, det, err := Solve(A, b)
	fmt.Printf("x = %.6f, det = %.4f, err = %v\n", x, det, err)

	inv := Identity(3)
	for j := range 3 {
		col, _, _ := Solve(A, Identity(3)[j])
		for i := range 3 {
			inv[i][j] = col[i]
		}
	}
	for i, row := range inv {
		fmt.Printf("inv row %d: %8.4f\n", i, row)
	}

	_, _, err = Solve(Matrix{{1, 2}, {2, 4}}, []float64{1, 2})
	fmt.Println("singular system:", err)

	// Hilbert matrix conditioning
	for _, n := range []int{3, 5, 7} {
		H := make(Matrix, n)
		ones := make([]float64, n)
		for i := range H {
			H[i] = make([]float64, n)
			for j := range H[i] {
				H[i][j] = 1 / float64(i+j+1)
				ones[i] += H[i][j]
			}
		}
		sol, d, _ := Solve(H, ones)
		maxErr := 0.0
		for _, v := range sol {
			maxErr = max(maxErr, math.Abs(v-1))
		}
		fmt.Printf("Hilbert n=%d det=%.4e max error=%.2e\n", n, d, maxErr)
	}
}
