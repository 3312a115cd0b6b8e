package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Matrix [][]float64

var ErrShape = errors.New("shape mismatch")

func NewMatrix(rows, cols int) Matrix {
	m := make(Matrix, rows)
	for i := range m {
		m[i] = make([]float64, cols)
	}
	return m
}

func Identity(n int) Matrix {
	m := NewMatrix(n, n)
	for i := range n {
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix) (Matrix, error) {
	if len(a) == 0 || len(a[0]) != len(b) {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", len(a), len(a[0]), len(b), len(b[0]), ErrShape)
	}
	out := NewMatrix(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			var s float64
			for k := range b {
				s += a[i][k] * b[k][j]
			}
			out[i][j] = s
		}
	}
	return out, nil
}

func (a Matrix) T() Matrix {
	out := NewMatrix(len(a[0]), len(a))
	for i, row := range a {
		for j, v := range row {
			out[j][i] = v
		}
	}
	return out
}

func (a Matrix) String() string {
	var sb strings.Builder
	for _, row := range a {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%7.2f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func lowerBound(xs []int, target int) int {
	lo, hi := 0, len(xs)
	for lo < hi {
		mid := lo + (hi-lo)/2
		if xs[mid] < target {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func isqrt(n int) int {
	return sort.Search(n+1, func(x int) bool { return x*x > n }) - 1
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	c, err := a.Mul(b)
	fmt.Print(c)
	fmt.Println("err:", err)
	_, err = a.Mul(a)
	fmt.Println("err:", err, errors.Is(err, ErrShape))
	fmt.Print(a.T())
	id, _ := c.Mul(Identity(2))
	fmt.Println("identity preserved:", fmt.Sprint(id) == fmt.Sprint(c))
	rot := Matrix{{0, -1}, {1, 0}}
	p := Identity(2)
	for range 4 {
		p, _ = p.Mul(rot)
	}
	fmt.Printf("rot^4:\n%v", p)

	xs := []int{1, 3, 3, 5, 8, 13, 21, 34}
	for _, t := range []int{0, 3, 4, 34, 40} {
		i := lowerBound(xs, t)
		j := sort.SearchInts(xs, t)
		found := i < len(xs) && xs[i] == t
		fmt.Printf("target=%2d lb=%d sort=%d found=%t\n", t, i, j, found)
	}
	for _, n := range []int{0, 1, 15, 16, 99, 1000000} {
		fmt.Print(isqrt(n), " ")
	}
	fmt.Println()
}
