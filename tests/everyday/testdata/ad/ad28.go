// Parallel matrix multiplication by row blocks; results compared to a sequential reference.
package main

import (
	"fmt"
	"sync"
)

type Matrix [][]int

func newMatrix(r, c int, f func(i, j int) int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]int, c)
		for j := range m[i] {
			m[i][j] = f(i, j)
		}
	}
	return m
}

func mulRows(a, b, out Matrix, lo, hi int) {
	for i := lo; i < hi; i++ {
		for j := range b[0] {
			s := 0
			for k := range b {
				s += a[i][k] * b[k][j]
			}
			out[i][j] = s
		}
	}
}

func mulParallel(a, b Matrix, workers int) Matrix {
	out := newMatrix(len(a), len(b[0]), func(int, int) int { return 0 })
	rowsPer := (len(a) + workers - 1) / workers
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		lo := w * rowsPer
		hi := min(lo+rowsPer, len(a))
		if lo >= hi {
			break
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			mulRows(a, b, out, lo, hi) // each goroutine writes disjoint rows
		}()
	}
	wg.Wait()
	return out
}

func equal(a, b Matrix) bool {
	for i := range a {
		for j := range a[i] {
			if a[i][j] != b[i][j] {
				return false
			}
		}
	}
	return true
}

func trace(m Matrix) int {
	t := 0
	for i := range m {
		if i < len(m[i]) {
			t += m[i][i]
		}
	}
	return t
}

func printM(name string, m Matrix) {
	fmt.Printf("%s (%dx%d):\n", name, len(m), len(m[0]))
	for _, row := range m {
		for _, v := range row {
			fmt.Printf("%6d", v)
		}
		fmt.Println()
	}
}

func main() {
	a := newMatrix(5, 4, func(i, j int) int { return (i+1)*(j+2) - 3*j })
	b := newMatrix(4, 6, func(i, j int) int { return (i*j)%5 - 2 + i })
	c := mulParallel(a, b, 3)
	printM("A", a)
	printM("B", b)
	printM("A*B", c)

	ref := newMatrix(5, 6, func(int, int) int { return 0 })
	mulRows(a, b, ref, 0, 5)
	fmt.Println("matches sequential:", equal(c, ref))

	// Larger square matrices: powers of a small integer matrix.
	n := 24
	m := newMatrix(n, n, func(i, j int) int {
		if i == j {
			return 1
		}
		if j == (i+1)%n {
			return 1
		}
		return 0
	})
	p := m
	for k := 2; k <= 5; k++ {
		p = mulParallel(p, m, 4)
		rowSum := 0
		for _, v := range p[0] {
			rowSum += v
		}
		fmt.Printf("M^%d: trace=%d row0 sum=%d p[0][0..5]=%v\n", k, trace(p), rowSum, p[0][:6])
	}
	for _, w := range []int{1, 2, 7, 30} {
		fmt.Printf("workers=%-2d consistent=%v\n", w, equal(mulParallel(a, b, w), ref))
	}
}
