// Matrix operations with [][]float64: covariance, correlation, multiply, inverse.
package main

import (
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

func (m Matrix) T() Matrix {
	t := New(len(m[0]), len(m))
	for i := range m {
		for j := range m[i] {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func (m Matrix) Mul(o Matrix) Matrix {
	out := New(len(m), len(o[0]))
	for i := range m {
		for j := range o[0] {
			for k := range o {
				out[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return out
}

func (m Matrix) Inverse() (Matrix, bool) {
	n := len(m)
	a := New(n, 2*n)
	for i := range m {
		copy(a[i], m[i])
		a[i][n+i] = 1
	}
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		if math.Abs(a[p][c]) < 1e-12 {
			return nil, false
		}
		a[c], a[p] = a[p], a[c]
		piv := a[c][c]
		for k := range a[c] {
			a[c][k] /= piv
		}
		for r := 0; r < n; r++ {
			if r == c {
				continue
			}
			f := a[r][c]
			for k := range a[r] {
				a[r][k] -= f * a[c][k]
			}
		}
	}
	inv := New(n, n)
	for i := range inv {
		copy(inv[i], a[i][n:])
	}
	return inv, true
}

func (m Matrix) Print(title string, cols []string) {
	fmt.Printf("%s\n%10s", title, "")
	for _, c := range cols {
		fmt.Printf("%12s", c)
	}
	fmt.Println()
	for i, row := range m {
		fmt.Printf("%10s", cols[i])
		for _, v := range row {
			fmt.Printf("%12.4f", v)
		}
		fmt.Println()
	}
}

func main() {
	cols := []string{"ad_spend", "visits", "signups", "revenue"}
	data := Matrix{
		{1.0, 120, 12, 340}, {1.5, 150, 14, 380}, {2.0, 210, 20, 520}, {2.2, 205, 19, 505},
		{3.0, 260, 25, 640}, {3.1, 300, 27, 700}, {4.0, 330, 30, 760}, {4.5, 390, 33, 850},
		{5.0, 420, 36, 905}, {5.2, 410, 38, 950},
	}
	n := float64(len(data))
	means := make([]float64, len(cols))
	centered := New(len(data), len(cols))
	for _, row := range data {
		for j, v := range row {
			means[j] += v / n
		}
	}
	for i, row := range data {
		for j, v := range row {
			centered[i][j] = v - means[j]
		}
	}
	cov := centered.T().Mul(centered)
	for i := range cov {
		for j := range cov[i] {
			cov[i][j] /= n - 1
		}
	}
	fmt.Printf("means: %.2f\n\n", means)
	cov.Print("covariance:", cols)
	corr := New(len(cols), len(cols))
	for i := range corr {
		for j := range corr[i] {
			corr[i][j] = cov[i][j] / math.Sqrt(cov[i][i]*cov[j][j])
		}
	}
	corr.Print("\ncorrelation:", cols)

	inv, ok := corr.Inverse()
	fmt.Printf("\ncorrelation invertible: %t\n", ok)
	if ok {
		// Variance inflation factors are the diagonal of the inverse correlation matrix.
		for i, c := range cols {
			fmt.Printf("  VIF %-9s %8.2f\n", c, inv[i][i])
		}
		id := corr.Mul(inv)
		maxErr := 0.0
		for i := range id {
			id[i][i]--
			for j := range id[i] {
				maxErr = max(maxErr, math.Abs(id[i][j]))
			}
		}
		fmt.Printf("max |C*C^-1 - I| < 1e-9: %t\n", maxErr < 1e-9)
	}
	_, ok = Matrix{{1, 2}, {2, 4}}.Inverse()
	fmt.Printf("singular [[1 2] [2 4]] invertible: %t\n", ok)
}
