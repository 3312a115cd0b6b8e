package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Matrix [][]float64

var ErrShape = errors.New("shape mismatch")

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

func (m Matrix) Rows() int { return len(m) }
func (m Matrix) Cols() int { return len(m[0]) }
func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if m.Cols() != o.Rows() {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.Rows(), m.Cols(), o.Rows(), o.Cols(), ErrShape)
	}
	out := New(m.Rows(), o.Cols())
	for i := range m.Rows() {
		for j := range o.Cols() {
			for k := range m.Cols() {
				out[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return out, nil
}

func (m Matrix) T() Matrix {
	out := New(m.Cols(), m.Rows())
	for i, row := range m {
		for j, v := range row {
			out[j][i] = v
		}
	}
	return out
}

func (m Matrix) Det() float64 {
	n := m.Rows()
	a := New(n, n)
	for i := range m {
		copy(a[i], m[i])
	}
	det := 1.0
	for col := 0; col < n; col++ {
		pivot := col
		for r := col + 1; r < n; r++ {
			if math.Abs(a[r][col]) > math.Abs(a[pivot][col]) {
				pivot = r
			}
		}
		if a[pivot][col] == 0 {
			return 0
		}
		if pivot != col {
			a[pivot], a[col] = a[col], a[pivot]
			det = -det
		}
		det *= a[col][col]
		for r := col + 1; r < n; r++ {
			f := a[r][col] / a[col][col]
			for c := col; c < n; c++ {
				a[r][c] -= f * a[col][c]
			}
		}
	}
	return det
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		for _, v := range row {
			fmt.Fprintf(&sb, "%8.2f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	a, b := Matrix{{1, 2, 3}, {4, 5, 6}}, Matrix{{7, 8}, {9, 10}, {11, 12}}
	c, err := a.Mul(b)
	fmt.Print("A*B =\n", c, err, "\n")
	_, err = a.Mul(a)
	fmt.Println("A*A:", err, errors.Is(err, ErrShape))
	fmt.Print("A^T =\n", a.T())
	sq := Matrix{{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}}
	id, _ := sq.Mul(Identity(3))
	fmt.Print("S*I =\n", id)
	fmt.Printf("det(S)=%.4f det(I4)=%.1f det(sing)=%.1f det(swap)=%.1f\n",
		sq.Det(), Identity(4).Det(), Matrix{{1, 2}, {2, 4}}.Det(), Matrix{{0, 1}, {1, 0}}.Det())
	var grid [3][3]int
	g2 := grid
	g2[1][1] = 5
	for i := range 3 {
		grid[i][i] = i + 1
	}
	fmt.Println(grid, g2, grid == g2, len(grid))
}
