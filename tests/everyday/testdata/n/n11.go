// Linear regression by least squares: simple and multiple (normal equations).
package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

type House struct {
	SqFt  float64
	Beds  float64
	Age   float64
	Price float64 // thousands
}

func simpleOLS(x, y []float64) (slope, intercept, r2 float64) {
	n := float64(len(x))
	var sx, sy, sxx, sxy float64
	for i := range x {
		sx += x[i]
		sy += y[i]
		sxx += x[i] * x[i]
		sxy += x[i] * y[i]
	}
	slope = (n*sxy - sx*sy) / (n*sxx - sx*sx)
	intercept = (sy - slope*sx) / n
	my := sy / n
	var ssTot, ssRes float64
	for i := range x {
		pred := intercept + slope*x[i]
		ssRes += (y[i] - pred) * (y[i] - pred)
		ssTot += (y[i] - my) * (y[i] - my)
	}
	return slope, intercept, 1 - ssRes/ssTot
}

// solve solves A x = b by Gaussian elimination with partial pivoting.
func solve(a [][]float64, b []float64) []float64 {
	n := len(b)
	m := make([][]float64, n)
	for i := range a {
		m[i] = append(append([]float64{}, a[i]...), b[i])
	}
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(m[r][c]) > math.Abs(m[p][c]) {
				p = r
			}
		}
		m[c], m[p] = m[p], m[c]
		for r := c + 1; r < n; r++ {
			f := m[r][c] / m[c][c]
			for k := c; k <= n; k++ {
				m[r][k] -= f * m[c][k]
			}
		}
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		s := m[i][n]
		for k := i + 1; k < n; k++ {
			s -= m[i][k] * x[k]
		}
		x[i] = s / m[i][i]
	}
	return x
}

func main() {
	r := rand.New(rand.NewPCG(5, 8))
	var hs []House
	for i := 0; i < 80; i++ {
		sq := 800 + r.Float64()*2200
		beds := float64(1 + r.IntN(5))
		age := float64(r.IntN(60))
		price := 50 + 0.12*sq + 15*beds - 0.9*age + 20*r.NormFloat64()
		hs = append(hs, House{sq, beds, age, price})
	}
	fmt.Printf("n=%d sample: sqft=%.0f beds=%.0f age=%.0f price=%.1f\n", len(hs), hs[0].SqFt, hs[0].Beds, hs[0].Age, hs[0].Price)

	x := make([]float64, len(hs))
	y := make([]float64, len(hs))
	for i, h := range hs {
		x[i], y[i] = h.SqFt, h.Price
	}
	b1, b0, r2 := simpleOLS(x, y)
	fmt.Printf("\nsimple: price = %.3f + %.5f*sqft   R^2=%.4f\n", b0, b1, r2)

	// Multiple regression: X'X beta = X'y with intercept column.
	feats := func(h House) []float64 { return []float64{1, h.SqFt, h.Beds, h.Age} }
	names := []string{"intercept", "sqft", "beds", "age"}
	k := len(names)
	xtx := make([][]float64, k)
	for i := range xtx {
		xtx[i] = make([]float64, k)
	}
	xty := make([]float64, k)
	for _, h := range hs {
		f := feats(h)
		for i := 0; i < k; i++ {
			xty[i] += f[i] * h.Price
			for j := 0; j < k; j++ {
				xtx[i][j] += f[i] * f[j]
			}
		}
	}
	beta := solve(xtx, xty)
	var ssRes, ssTot, my float64
	for _, h := range hs {
		my += h.Price
	}
	my /= float64(len(hs))
	for _, h := range hs {
		pred := 0.0
		for i, f := range feats(h) {
			pred += beta[i] * f
		}
		ssRes += (h.Price - pred) * (h.Price - pred)
		ssTot += (h.Price - my) * (h.Price - my)
	}
	n, p := float64(len(hs)), float64(k-1)
	mr2 := 1 - ssRes/ssTot
	adj := 1 - (1-mr2)*(n-1)/(n-p-1)
	fmt.Println("\nmultiple regression coefficients:")
	truth := []float64{50, 0.12, 15, -0.9}
	for i, nm := range names {
		fmt.Printf("  %-10s %10.4f   (true %7.2f)\n", nm, beta[i], truth[i])
	}
	fmt.Printf("R^2=%.4f adjR^2=%.4f RMSE=%.3f\n", mr2, adj, math.Sqrt(ssRes/n))

	fmt.Println("\npredictions:")
	for _, q := range []House{{1200, 2, 10, 0}, {2000, 3, 30, 0}, {2800, 5, 5, 0}} {
		pred := 0.0
		for i, f := range feats(q) {
			pred += beta[i] * f
		}
		fmt.Printf("  sqft=%4.0f beds=%.0f age=%2.0f -> $%.1fk\n", q.SqFt, q.Beds, q.Age, pred)
	}
}
