// Generic dense matrices over numeric types: Fibonacci by fast exponentiation,
// a weather Markov chain, and a small least-squares fit.
package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Matrix[T Number] struct {
	rows, cols int
	data       []T
}

func New[T Number](rows, cols int) Matrix[T] {
	return Matrix[T]{rows, cols, make([]T, rows*cols)}
}

func FromRows[T Number](rows ...[]T) Matrix[T] {
	m := New[T](len(rows), len(rows[0]))
	for i, r := range rows {
		copy(m.data[i*m.cols:], r)
	}
	return m
}

func Identity[T Number](n int) Matrix[T] {
	m := New[T](n, n)
	for i := range n {
		m.Set(i, i, 1)
	}
	return m
}

func (m Matrix[T]) At(i, j int) T     { return m.data[i*m.cols+j] }
func (m Matrix[T]) Set(i, j int, v T) { m.data[i*m.cols+j] = v }

var ErrShape = errors.New("shape mismatch")

func (m Matrix[T]) Mul(o Matrix[T]) (Matrix[T], error) {
	if m.cols != o.rows {
		return Matrix[T]{}, fmt.Errorf("%w: %dx%d * %dx%d", ErrShape, m.rows, m.cols, o.rows, o.cols)
	}
	out := New[T](m.rows, o.cols)
	for i := range m.rows {
		for j := range o.cols {
			var sum T
			for k := range m.cols {
				sum += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, sum)
		}
	}
	return out, nil
}

func (m Matrix[T]) T() Matrix[T] {
	out := New[T](m.cols, m.rows)
	for i := range m.rows {
		for j := range m.cols {
			out.Set(j, i, m.At(i, j))
		}
	}
	return out
}

func (m Matrix[T]) Pow(n int) Matrix[T] {
	result, base := Identity[T](m.rows), m
	for n > 0 {
		if n&1 == 1 {
			result, _ = result.Mul(base)
		}
		base, _ = base.Mul(base)
		n >>= 1
	}
	return result
}

func (m Matrix[T]) String() string {
	var sb strings.Builder
	for i := range m.rows {
		sb.WriteString("  [")
		for j := range m.cols {
			if j > 0 {
				sb.WriteString(" ")
			}
			switch v := any(m.At(i, j)).(type) {
			case float64:
				fmt.Fprintf(&sb, "%8.4f", v)
			default:
				fmt.Fprintf(&sb, "%v", v)
			}
		}
		sb.WriteString("]\n")
	}
	return sb.String()
}

// Solve solves A x = b by Gaussian elimination with partial pivoting.
func Solve(a Matrix[float64], b []float64) ([]float64, error) {
	n := a.rows
	aug := New[float64](n, n+1)
	for i := range n {
		for j := range n {
			aug.Set(i, j, a.At(i, j))
		}
		aug.Set(i, n, b[i])
	}
	for col := range n {
		pivot := col
		for r := col + 1; r < n; r++ {
			if math.Abs(aug.At(r, col)) > math.Abs(aug.At(pivot, col)) {
				pivot = r
			}
		}
		if math.Abs(aug.At(pivot, col)) < 1e-12 {
			return nil, errors.New("singular matrix")
		}
		for j := range n + 1 {
			x, y := aug.At(col, j), aug.At(pivot, j)
			aug.Set(col, j, y)
			aug.Set(pivot, j, x)
		}
		for r := range n {
			if r == col {
				continue
			}
			f := aug.At(r, col) / aug.At(col, col)
			for j := col; j <= n; j++ {
				aug.Set(r, j, aug.At(r, j)-f*aug.At(col, j))
			}
		}
	}
	x := make([]float64, n)
	for i := range n {
		x[i] = aug.At(i, n) / aug.At(i, i)
	}
	return x, nil
}

func main() {
	fib := FromRows([]int64{1, 1}, []int64{1, 0})
	fmt.Print("Fibonacci via matrix power:")
	for _, n := range []int{1, 2, 10, 30, 50, 90} {
		fmt.Printf(" F(%d)=%d", n, fib.Pow(n).At(0, 1))
	}
	fmt.Println()

	weather := FromRows(
		[]float64{0.7, 0.2, 0.1}, // sunny -> sunny, cloudy, rainy
		[]float64{0.3, 0.4, 0.3},
		[]float64{0.2, 0.4, 0.4},
	)
	fmt.Print("transition matrix:\n", weather)
	for _, days := range []int{2, 7, 30} {
		fmt.Printf("after %d days:\n%v", days, weather.Pow(days))
	}

	// Fit y = a + b*x + c*x^2 with normal equations (XᵀX) β = Xᵀy.
	xs := []float64{0, 1, 2, 3, 4, 5, 6}
	ys := []float64{1.1, 2.9, 7.2, 13.1, 20.8, 31.2, 43.0}
	X := New[float64](len(xs), 3)
	Y := New[float64](len(ys), 1)
	for i, x := range xs {
		X.Set(i, 0, 1)
		X.Set(i, 1, x)
		X.Set(i, 2, x*x)
		Y.Set(i, 0, ys[i])
	}
	xtx, _ := X.T().Mul(X)
	xty, _ := X.T().Mul(Y)
	beta, err := Solve(xtx, xty.data)
	if err != nil {
		fmt.Println("solve:", err)
		return
	}
	fmt.Printf("fit: y = %.3f + %.3f x + %.3f x²\n", beta[0], beta[1], beta[2])
	var sse float64
	for i, x := range xs {
		pred := beta[0] + beta[1]*x + beta[2]*x*x
		sse += (ys[i] - pred) * (ys[i] - pred)
		fmt.Printf("  x=%.0f y=%5.1f pred=%6.2f\n", x, ys[i], pred)
	}
	fmt.Printf("  SSE=%.4f\n", sse)

	_, err = X.Mul(X)
	fmt.Println("bad multiply:", err, errors.Is(err, ErrShape))
	_, err = Solve(FromRows([]float64{1, 2}, []float64{2, 4}), []float64{1, 2})
	fmt.Println("singular system:", err)
}
