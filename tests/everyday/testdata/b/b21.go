package main

import (
	"fmt"
	"math"
)

type Dense struct {
	r, c int
	data []float64
}

func NewDense(r, c int) *Dense { return &Dense{r, c, make([]float64, r*c)} }

func (m *Dense) At(i, j int) float64     { return m.data[i*m.c+j] }
func (m *Dense) Set(i, j int, v float64) { m.data[i*m.c+j] = v }

// AtA computes the Gram matrix m^T m.
func (m *Dense) AtA() *Dense {
	g := NewDense(m.c, m.c)
	for i := 0; i < m.c; i++ {
		for j := i; j < m.c; j++ {
			s := 0.0
			for k := 0; k < m.r; k++ {
				s += m.At(k, i) * m.At(k, j)
			}
			g.Set(i, j, s)
			g.Set(j, i, s)
		}
	}
	return g
}

func (m *Dense) AtVec(y []float64) []float64 {
	out := make([]float64, m.c)
	for j := 0; j < m.c; j++ {
		for k := 0; k < m.r; k++ {
			out[j] += m.At(k, j) * y[k]
		}
	}
	return out
}

func (m *Dense) MulVec(x []float64) []float64 {
	out := make([]float64, m.r)
	for i := 0; i < m.r; i++ {
		for j := 0; j < m.c; j++ {
			out[i] += m.At(i, j) * x[j]
		}
	}
	return out
}

// Cholesky returns lower-triangular L with A = L L^T.
func (m *Dense) Cholesky() (*Dense, bool) {
	n := m.r
	L := NewDense(n, n)
	for i := 0; i < n; i++ {
		for j := 0; j <= i; j++ {
			s := m.At(i, j)
			for k := 0; k < j; k++ {
				s -= L.At(i, k) * L.At(j, k)
			}
			if i == j {
				if s <= 0 {
					return nil, false
				}
				L.Set(i, i, math.Sqrt(s))
			} else {
				L.Set(i, j, s/L.At(j, j))
			}
		}
	}
	return L, true
}

func (L *Dense) SolveCholesky(b []float64) []float64 {
	n := L.r
	z := make([]float64, n)
	for i := 0; i < n; i++ {
		s := b[i]
		for k := 0; k < i; k++ {
			s -= L.At(i, k) * z[k]
		}
		z[i] = s / L.At(i, i)
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		s := z[i]
		for k := i + 1; k < n; k++ {
			s -= L.At(k, i) * x[k]
		}
		x[i] = s / L.At(i, i)
	}
	return x
}

type Car struct {
	Weight, Horsepower, Displacement, MPG float64
}

var cars = []Car{
	{2.62, 110, 160, 21.0}, {2.875, 110, 160, 21.0}, {2.32, 93, 108, 22.8},
	{3.215, 110, 258, 21.4}, {3.44, 175, 360, 18.7}, {3.46, 105, 225, 18.1},
	{3.57, 245, 360, 14.3}, {3.19, 62, 146.7, 24.4}, {3.15, 95, 140.8, 22.8},
	{3.44, 123, 167.6, 19.2}, {4.07, 180, 275.8, 16.4}, {5.25, 205, 472, 10.4},
	{2.2, 66, 78.7, 32.4}, {1.615, 52, 75.7, 30.4}, {1.835, 65, 71.1, 33.9},
	{2.465, 97, 120.1, 21.5}, {3.52, 150, 318, 15.5}, {3.435, 150, 304, 15.2},
	{3.84, 245, 350, 13.3}, {1.935, 66, 79, 27.3},
}

func main() {
	names := []string{"intercept", "weight", "hp", "disp"}
	X := NewDense(len(cars), 4)
	y := make([]float64, len(cars))
	for i, c := range cars {
		X.Set(i, 0, 1)
		X.Set(i, 1, c.Weight)
		X.Set(i, 2, c.Horsepower)
		X.Set(i, 3, c.Displacement)
		y[i] = c.MPG
	}
	G := X.AtA()
	L, ok := G.Cholesky()
	if !ok {
		fmt.Println("Gram matrix not positive definite")
		return
	}
	beta := L.SolveCholesky(X.AtVec(y))
	fmt.Println("Multiple regression: mpg ~ weight + hp + disp")
	for i, b := range beta {
		fmt.Printf("  %-10s %+10.5f\n", names[i], b)
	}

	pred := X.MulVec(beta)
	var sse, sst, mean float64
	for _, v := range y {
		mean += v
	}
	mean /= float64(len(y))
	for i := range y {
		sse += (y[i] - pred[i]) * (y[i] - pred[i])
		sst += (y[i] - mean) * (y[i] - mean)
	}
	n, p := float64(len(y)), float64(len(beta))
	r2 := 1 - sse/sst
	adj := 1 - (1-r2)*(n-1)/(n-p)
	fmt.Printf("  R^2=%.4f adjR^2=%.4f RMSE=%.4f\n\n", r2, adj, math.Sqrt(sse/n))

	fmt.Printf("%6s %5s %6s %6s %7s %7s\n", "weight", "hp", "disp", "mpg", "fitted", "resid")
	for i, c := range cars {
		fmt.Printf("%6.3f %5.0f %6.1f %6.1f %7.2f %+7.2f\n", c.Weight, c.Horsepower, c.Displacement, c.MPG, pred[i], y[i]-pred[i])
	}

	fmt.Println("\nCholesky factor of X^T X (diagonal):")
	for i := 0; i < L.r; i++ {
		fmt.Printf("  L[%d][%d] = %.5f\n", i, i, L.At(i, i))
	}
	newCar := []float64{1, 3.0, 130, 200}
	fmt.Printf("\nPredicted mpg for 3.0t/130hp/200ci: %.2f\n", dot(newCar, beta))
}

func dot(row, beta []float64) float64 {
	s := 0.0
	for j := range row {
		s += row[j] * beta[j]
	}
	return s
}
