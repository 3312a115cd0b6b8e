// PCA by power iteration with deflation on standardized store metrics.
package main

import (
	"fmt"
	"math"
)

type Store struct {
	Name   string
	Values []float64
}

func matVec(m [][]float64, v []float64) []float64 {
	out := make([]float64, len(m))
	for i := range m {
		for j := range v {
			out[i] += m[i][j] * v[j]
		}
	}
	return out
}

func norm(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s += x * x
	}
	return math.Sqrt(s)
}

func dot(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func powerIter(m [][]float64, iters int) (float64, []float64) {
	v := make([]float64, len(m))
	for i := range v {
		v[i] = 1 / math.Sqrt(float64(len(v)))
	}
	var lambda float64
	for it := 0; it < iters; it++ {
		w := matVec(m, v)
		n := norm(w)
		for i := range w {
			w[i] /= n
		}
		v = w
		lambda = dot(v, matVec(m, v))
	}
	// Sign convention: largest-magnitude component positive.
	big := 0
	for i := range v {
		if math.Abs(v[i]) > math.Abs(v[big]) {
			big = i
		}
	}
	if v[big] < 0 {
		for i := range v {
			v[i] = -v[i]
		}
	}
	return lambda, v
}

func main() {
	feats := []string{"sqm", "staff", "footfall", "revenue", "returns%"}
	stores := []Store{
		{"north-1", []float64{420, 12, 5200, 310, 4.1}}, {"north-2", []float64{380, 10, 4700, 280, 4.5}},
		{"city-1", []float64{250, 14, 9100, 420, 6.2}}, {"city-2", []float64{230, 13, 8800, 400, 6.8}},
		{"mall-1", []float64{600, 18, 7600, 520, 3.2}}, {"mall-2", []float64{650, 20, 8100, 560, 3.0}},
		{"out-1", []float64{900, 9, 2600, 240, 2.1}}, {"out-2", []float64{850, 8, 2400, 220, 2.4}},
		{"air-1", []float64{120, 7, 11000, 350, 7.9}}, {"sub-1", []float64{400, 11, 4300, 260, 4.0}},
	}
	n, p := len(stores), len(feats)
	mean, sd := make([]float64, p), make([]float64, p)
	for _, s := range stores {
		for j, v := range s.Values {
			mean[j] += v / float64(n)
		}
	}
	for _, s := range stores {
		for j, v := range s.Values {
			sd[j] += (v - mean[j]) * (v - mean[j]) / float64(n-1)
		}
	}
	Z := make([][]float64, n)
	for i, s := range stores {
		Z[i] = make([]float64, p)
		for j, v := range s.Values {
			Z[i][j] = (v - mean[j]) / math.Sqrt(sd[j])
		}
	}
	C := make([][]float64, p)
	for a := range C {
		C[a] = make([]float64, p)
		for b := range C[a] {
			for i := range Z {
				C[a][b] += Z[i][a] * Z[i][b] / float64(n-1)
			}
		}
	}
	totalVar := 0.0
	for i := range C {
		totalVar += C[i][i]
	}
	var comps [][]float64
	var eig []float64
	M := C
	for c := 0; c < 3; c++ {
		l, v := powerIter(M, 500)
		eig = append(eig, l)
		comps = append(comps, v)
		// Deflate: M = M - l v v^T
		next := make([][]float64, p)
		for a := range next {
			next[a] = make([]float64, p)
			for b := range next[a] {
				next[a][b] = M[a][b] - l*v[a]*v[b]
			}
		}
		M = next
	}
	fmt.Println("component  eigenvalue  explained  cumulative")
	cum := 0.0
	for c, l := range eig {
		cum += l / totalVar
		fmt.Printf("PC%d        %10.4f  %8.2f%%  %9.2f%%\n", c+1, l, 100*l/totalVar, 100*cum)
	}
	fmt.Println("\nloadings:")
	fmt.Printf("%-10s %8s %8s %8s\n", "feature", "PC1", "PC2", "PC3")
	for j, f := range feats {
		fmt.Printf("%-10s %+8.3f %+8.3f %+8.3f\n", f, comps[0][j], comps[1][j], comps[2][j])
	}
	fmt.Printf("PC1.PC2 orthogonality: %.2e\n", math.Abs(dot(comps[0], comps[1])))
	fmt.Println("\nstore scores:")
	for i, s := range stores {
		fmt.Printf("  %-8s PC1=%+6.3f PC2=%+6.3f\n", s.Name, dot(Z[i], comps[0]), dot(Z[i], comps[1]))
	}
}
