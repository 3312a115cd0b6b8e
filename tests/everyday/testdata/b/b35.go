package main

import (
	"fmt"
	"math"
	"sort"
)

// COO accumulates entries before compression.
type COO struct {
	n       int
	entries map[[2]int]float64
}

func NewCOO(n int) *COO { return &COO{n: n, entries: map[[2]int]float64{}} }

func (c *COO) Add(i, j int, v float64) { c.entries[[2]int{i, j}] += v }

// CSR is compressed sparse row storage.
type CSR struct {
	n      int
	rowPtr []int
	colIdx []int
	vals   []float64
}

func (c *COO) ToCSR() *CSR {
	keys := make([][2]int, 0, len(c.entries))
	for k := range c.entries {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool {
		if keys[a][0] != keys[b][0] {
			return keys[a][0] < keys[b][0]
		}
		return keys[a][1] < keys[b][1]
	})
	m := &CSR{n: c.n, rowPtr: make([]int, c.n+1)}
	for _, k := range keys {
		m.colIdx = append(m.colIdx, k[1])
		m.vals = append(m.vals, c.entries[k])
		m.rowPtr[k[0]+1]++
	}
	for i := 0; i < c.n; i++ {
		m.rowPtr[i+1] += m.rowPtr[i]
	}
	return m
}

func (m *CSR) MulVec(x, y []float64) {
	for i := 0; i < m.n; i++ {
		s := 0.0
		for k := m.rowPtr[i]; k < m.rowPtr[i+1]; k++ {
			s += m.vals[k] * x[m.colIdx[k]]
		}
		y[i] = s
	}
}

func (m *CSR) NNZ() int { return len(m.vals) }

func dot(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// CG solves A x = b for symmetric positive definite A.
func CG(A *CSR, b []float64, tol float64, maxIter int, trace func(int, float64)) ([]float64, int) {
	n := len(b)
	x := make([]float64, n)
	r := append([]float64(nil), b...)
	p := append([]float64(nil), b...)
	Ap := make([]float64, n)
	rs := dot(r, r)
	bnorm := math.Sqrt(rs)
	for k := 1; k <= maxIter; k++ {
		A.MulVec(p, Ap)
		alpha := rs / dot(p, Ap)
		for i := range x {
			x[i] += alpha * p[i]
			r[i] -= alpha * Ap[i]
		}
		rsNew := dot(r, r)
		rel := math.Sqrt(rsNew) / bnorm
		trace(k, rel)
		if rel < tol {
			return x, k
		}
		for i := range p {
			p[i] = r[i] + rsNew/rs*p[i]
		}
		rs = rsNew
	}
	return x, maxIter
}

func exact(x, y float64) float64 { return x * (1 - x) * math.Sin(math.Pi*y) }

func main() {
	// 2-D Poisson equation -Δu = f on the unit square, zero boundary,
	// with f chosen so the exact solution is u = x(1-x) sin(pi y).
	for _, m := range []int{8, 16, 32} {
		h := 1.0 / float64(m+1)
		n := m * m
		idx := func(i, j int) int { return i*m + j }
		coo := NewCOO(n)
		b := make([]float64, n)
		for i := 0; i < m; i++ {
			for j := 0; j < m; j++ {
				k := idx(i, j)
				coo.Add(k, k, 4)
				for _, d := range [][2]int{{-1, 0}, {1, 0}, {0, -1}, {0, 1}} {
					ii, jj := i+d[0], j+d[1]
					if ii >= 0 && ii < m && jj >= 0 && jj < m {
						coo.Add(k, idx(ii, jj), -1)
					}
				}
				x, y := float64(i+1)*h, float64(j+1)*h
				b[k] = h * h * (2 + math.Pi*math.Pi*x*(1-x)) * math.Sin(math.Pi*y)
			}
		}
		A := coo.ToCSR()
		fmt.Printf("grid %dx%d: n=%d nnz=%d density=%.3f%%\n", m, m, n, A.NNZ(), 100*float64(A.NNZ())/float64(n*n))
		u, iters := CG(A, b, 1e-10, 1000, func(k int, rel float64) {
			if m == 8 && (k <= 3 || k%4 == 0) {
				fmt.Printf("  iter %2d  rel residual %.3e\n", k, rel)
			}
		})
		maxErr := 0.0
		for i := 0; i < m; i++ {
			for j := 0; j < m; j++ {
				x, y := float64(i+1)*h, float64(j+1)*h
				maxErr = math.Max(maxErr, math.Abs(u[idx(i, j)]-exact(x, y)))
			}
		}
		fmt.Printf("  converged in %d iterations, max error vs exact %.4e, u(center)=%.6f\n\n", iters, maxErr, u[idx(m/2, m/2)])
	}

	// Small tridiagonal example printed in full
	coo := NewCOO(5)
	for i := 0; i < 5; i++ {
		coo.Add(i, i, 2)
		if i > 0 {
			coo.Add(i, i-1, -1)
		}
		if i < 4 {
			coo.Add(i, i+1, -1)
		}
	}
	T := coo.ToCSR()
	fmt.Println("tridiagonal CSR:")
	fmt.Println("  rowPtr:", T.rowPtr)
	fmt.Println("  colIdx:", T.colIdx)
	fmt.Println("  vals:  ", T.vals)
	x, it := CG(T, []float64{1, 0, 0, 0, 1}, 1e-12, 10, func(int, float64) {})
	fmt.Printf("  solution of T x = [1 0 0 0 1] in %d iters: %.6f\n", it, x)
}
