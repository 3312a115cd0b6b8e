package main

import (
	"errors"
	"fmt"
	"math"
)

// LU holds a PA = LU factorization packed in one matrix.
type LU struct {
	lu   [][]float64
	perm []int
	sign float64
}

var errSingular = errors.New("singular matrix")

func Factor(a [][]float64) (*LU, error) {
	n := len(a)
	lu := make([][]float64, n)
	for i := range a {
		lu[i] = append([]float64(nil), a[i]...)
	}
	perm := make([]int, n)
	for i := range perm {
		perm[i] = i
	}
	sign := 1.0
	for k := 0; k < n; k++ {
		p := k
		for i := k + 1; i < n; i++ {
			if math.Abs(lu[i][k]) > math.Abs(lu[p][k]) {
				p = i
			}
		}
		if math.Abs(lu[p][k]) < 1e-14 {
			return nil, fmt.Errorf("column %d: %w", k, errSingular)
		}
		if p != k {
			lu[p], lu[k] = lu[k], lu[p]
			perm[p], perm[k] = perm[k], perm[p]
			sign = -sign
		}
		for i := k + 1; i < n; i++ {
			lu[i][k] /= lu[k][k]
			for j := k + 1; j < n; j++ {
				lu[i][j] -= lu[i][k] * lu[k][j]
			}
		}
	}
	return &LU{lu, perm, sign}, nil
}

func (f *LU) Solve(b []float64) []float64 {
	n := len(f.lu)
	x := make([]float64, n)
	for i := 0; i < n; i++ {
		x[i] = b[f.perm[i]]
		for j := 0; j < i; j++ {
			x[i] -= f.lu[i][j] * x[j]
		}
	}
	for i := n - 1; i >= 0; i-- {
		for j := i + 1; j < n; j++ {
			x[i] -= f.lu[i][j] * x[j]
		}
		x[i] /= f.lu[i][i]
	}
	return x
}

func (f *LU) Det() float64 {
	d := f.sign
	for i := range f.lu {
		d *= f.lu[i][i]
	}
	return d
}

func (f *LU) Print() {
	n := len(f.lu)
	fmt.Println("  L:")
	for i := 0; i < n; i++ {
		fmt.Print("   ")
		for j := 0; j < n; j++ {
			v := 0.0
			switch {
			case j < i:
				v = f.lu[i][j]
			case j == i:
				v = 1
			}
			fmt.Printf(" %8.4f", v)
		}
		fmt.Println()
	}
	fmt.Println("  U:")
	for i := 0; i < n; i++ {
		fmt.Print("   ")
		for j := 0; j < n; j++ {
			v := 0.0
			if j >= i {
				v = f.lu[i][j]
			}
			fmt.Printf(" %8.4f", v)
		}
		fmt.Println()
	}
	fmt.Println("  perm:", f.perm)
}

func residual(a [][]float64, x, b []float64) float64 {
	worst := 0.0
	for i := range a {
		s := -b[i]
		for j := range x {
			s += a[i][j] * x[j]
		}
		worst = math.Max(worst, math.Abs(s))
	}
	return worst
}

func hilbert(n int) [][]float64 {
	h := make([][]float64, n)
	for i := range h {
		h[i] = make([]float64, n)
		for j := range h[i] {
			h[i][j] = 1 / float64(i+j+1)
		}
	}
	return h
}

func main() {
	// Circuit mesh currents: resistances in ohms, sources in volts
	a := [][]float64{
		{15, -5, 0, -10},
		{-5, 20, -8, 0},
		{0, -8, 18, -4},
		{-10, 0, -4, 24},
	}
	fmt.Println("Mesh analysis system:")
	f, err := Factor(a)
	if err != nil {
		fmt.Println(err)
		return
	}
	f.Print()
	fmt.Printf("  det = %.4f\n", f.Det())
	for _, b := range [][]float64{{12, 0, 0, 0}, {0, 9, 0, 5}, {24, -6, 3, 0}} {
		x := f.Solve(b)
		fmt.Printf("  V=%v -> I=[", b)
		for i, v := range x {
			if i > 0 {
				fmt.Print(" ")
			}
			fmt.Printf("%.5f", v)
		}
		fmt.Printf("] A  residual=%.1e\n", residual(a, x, b))
	}

	fmt.Println("\nHilbert matrices (ill-conditioned), solving H x = H*ones:")
	for _, n := range []int{3, 6, 9, 12} {
		h := hilbert(n)
		b := make([]float64, n)
		for i := range h {
			for j := range h[i] {
				b[i] += h[i][j]
			}
		}
		hf, err := Factor(h)
		if err != nil {
			fmt.Printf("  n=%2d %v\n", n, err)
			continue
		}
		x := hf.Solve(b)
		maxErr := 0.0
		for _, v := range x {
			maxErr = math.Max(maxErr, math.Abs(v-1))
		}
		fmt.Printf("  n=%2d det=%.3e max|x-1|=%.3e\n", n, hf.Det(), maxErr)
	}

	_, err = Factor([][]float64{{1, 2}, {2, 4}})
	fmt.Println("\nsingular case:", err, errors.Is(err, errSingular))
}
