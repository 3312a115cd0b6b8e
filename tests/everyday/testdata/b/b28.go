package main

import (
	"fmt"
	"math"
	"sort"
)

type Mat [][]float64
type Vec []float64

func (m Mat) MulVec(v Vec) Vec {
	out := make(Vec, len(m))
	for i, row := range m {
		for j, a := range row {
			out[i] += a * v[j]
		}
	}
	return out
}

func (v Vec) Norm() float64 { return math.Sqrt(v.Dot(v)) }

func (v Vec) Dot(w Vec) float64 {
	s := 0.0
	for i := range v {
		s += v[i] * w[i]
	}
	return s
}

func (v Vec) Scale(a float64) Vec {
	out := make(Vec, len(v))
	for i := range v {
		out[i] = v[i] * a
	}
	return out
}

// PowerIteration finds the dominant eigenpair.
func PowerIteration(m Mat, iters int) (float64, Vec, int) {
	v := make(Vec, len(m))
	for i := range v {
		v[i] = 1
	}
	v = v.Scale(1 / v.Norm())
	lambda := 0.0
	for k := 1; k <= iters; k++ {
		w := m.MulVec(v)
		next := v.Dot(w)
		v = w.Scale(1 / w.Norm())
		if math.Abs(next-lambda) < 1e-12 {
			return next, v, k
		}
		lambda = next
	}
	return lambda, v, iters
}

// Jacobi computes all eigenvalues/eigenvectors of a symmetric matrix.
func Jacobi(a Mat) (Vec, Mat, int) {
	n := len(a)
	A := make(Mat, n)
	V := make(Mat, n)
	for i := range a {
		A[i] = append([]float64(nil), a[i]...)
		V[i] = make([]float64, n)
		V[i][i] = 1
	}
	sweeps := 0
	for ; sweeps < 50; sweeps++ {
		off := 0.0
		for i := 0; i < n; i++ {
			for j := i + 1; j < n; j++ {
				off += A[i][j] * A[i][j]
			}
		}
		if off < 1e-22 {
			break
		}
		for p := 0; p < n; p++ {
			for q := p + 1; q < n; q++ {
				if math.Abs(A[p][q]) < 1e-300 {
					continue
				}
				theta := (A[q][q] - A[p][p]) / (2 * A[p][q])
				t := math.Copysign(1, theta) / (math.Abs(theta) + math.Sqrt(theta*theta+1))
				c := 1 / math.Sqrt(t*t+1)
				s := t * c
				for k := 0; k < n; k++ {
					akp, akq := A[k][p], A[k][q]
					A[k][p] = c*akp - s*akq
					A[k][q] = s*akp + c*akq
				}
				for k := 0; k < n; k++ {
					apk, aqk := A[p][k], A[q][k]
					A[p][k] = c*apk - s*aqk
					A[q][k] = s*apk + c*aqk
				}
				for k := 0; k < n; k++ {
					vkp, vkq := V[k][p], V[k][q]
					V[k][p] = c*vkp - s*vkq
					V[k][q] = s*vkp + c*vkq
				}
			}
		}
	}
	eig := make(Vec, n)
	for i := range eig {
		eig[i] = A[i][i]
	}
	return eig, V, sweeps
}

func column(m Mat, j int) Vec {
	v := make(Vec, len(m))
	for i := range m {
		v[i] = m[i][j]
	}
	return canon(v)
}

// canon fixes the sign so the largest component is positive.
func canon(v Vec) Vec {
	big := 0
	for i := range v {
		if math.Abs(v[i]) > math.Abs(v[big]) {
			big = i
		}
	}
	if v[big] < 0 {
		v = v.Scale(-1)
	}
	return v
}

func main() {
	// Covariance matrix of four exam subjects
	cov := Mat{
		{4.0, 2.0, 0.6, 1.2},
		{2.0, 3.0, 0.4, 0.8},
		{0.6, 0.4, 2.0, 0.5},
		{1.2, 0.8, 0.5, 1.5},
	}
	lam, v, it := PowerIteration(cov, 1000)
	fmt.Printf("Power iteration: lambda_max=%.10f after %d iterations\n", lam, it)
	fmt.Printf("  eigenvector: %.5f\n", canon(v))

	eig, vecs, sweeps := Jacobi(cov)
	idx := []int{0, 1, 2, 3}
	sort.Slice(idx, func(a, b int) bool { return eig[idx[a]] > eig[idx[b]] })
	total := 0.0
	for _, e := range eig {
		total += e
	}
	fmt.Printf("\nJacobi method converged in %d sweeps\n", sweeps)
	fmt.Println("  PC  eigenvalue  explained  cumulative  loadings")
	cum := 0.0
	for rank, i := range idx {
		cum += eig[i] / total
		vec := column(vecs, i)
		fmt.Printf("  %d   %9.5f   %6.2f%%    %6.2f%%   %+.4f\n", rank+1, eig[i], 100*eig[i]/total, 100*cum, vec)
		// verify A v = lambda v
		r := cov.MulVec(vec)
		res := 0.0
		for k := range r {
			res = math.Max(res, math.Abs(r[k]-eig[i]*vec[k]))
		}
		fmt.Printf("      residual |Av - lv|_inf = %.2e\n", res)
	}
	det := 1.0
	for _, e := range eig {
		det *= e
	}
	fmt.Printf("\ntrace = %.4f (sum of eigenvalues %.4f), det = %.6f\n", cov[0][0]+cov[1][1]+cov[2][2]+cov[3][3], total, det)

	// Markov chain stationary distribution via power iteration on the transpose
	P := Mat{
		{0.90, 0.07, 0.03},
		{0.15, 0.80, 0.05},
		{0.25, 0.25, 0.50},
	}
	PT := make(Mat, 3)
	for i := range PT {
		PT[i] = make([]float64, 3)
		for j := range PT[i] {
			PT[i][j] = P[j][i]
		}
	}
	_, pi, it := PowerIteration(PT, 1000)
	s := pi[0] + pi[1] + pi[2]
	fmt.Printf("\nMarkov chain (bull/bear/stagnant) stationary distribution after %d iters:\n", it)
	for i, name := range []string{"bull", "bear", "stagnant"} {
		fmt.Printf("  %-9s %.5f\n", name, pi[i]/s)
	}
}
