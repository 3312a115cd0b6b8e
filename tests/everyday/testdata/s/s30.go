package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sync"
)

// Parallel Monte Carlo with goroutines and a generic Matrix[T]; results are combined deterministically.

type Number interface{ ~int | ~float64 }

type Matrix[T Number] struct {
	Rows, Cols int
	Data       []T
}

func NewMatrix[T Number](r, c int, vals ...T) Matrix[T] {
	m := Matrix[T]{r, c, make([]T, r*c)}
	copy(m.Data, vals)
	return m
}

func (m Matrix[T]) At(i, j int) T { return m.Data[i*m.Cols+j] }

func (m Matrix[T]) Mul(o Matrix[T]) Matrix[T] {
	out := NewMatrix[T](m.Rows, o.Cols)
	for i := range m.Rows {
		for j := range o.Cols {
			var s T
			for k := range m.Cols {
				s += m.At(i, k) * o.At(k, j)
			}
			out.Data[i*out.Cols+j] = s
		}
	}
	return out
}

func (m Matrix[T]) Transpose() Matrix[T] {
	out := NewMatrix[T](m.Cols, m.Rows)
	for i := range m.Rows {
		for j := range m.Cols {
			out.Data[j*out.Cols+i] = m.At(i, j)
		}
	}
	return out
}

func (m Matrix[T]) String() string {
	s := ""
	for i := range m.Rows {
		s += fmt.Sprint(m.Data[i*m.Cols : (i+1)*m.Cols])
		s += "\n"
	}
	return s
}

type result struct {
	worker int
	inside int
}

func main() {
	a := NewMatrix(2, 3, 1, 2, 3, 4, 5, 6)
	fmt.Print("A:\n", a, "A^T:\n", a.Transpose(), "A*A^T:\n", a.Mul(a.Transpose()))
	f := NewMatrix(2, 2, 1.0, 1.0, 1.0, 0.0)
	p := f
	for range 9 {
		p = p.Mul(f)
	}
	fmt.Print("Fibonacci matrix ^10:\n", p)

	// Each worker has its own seeded generator; results are stored by index.
	const workers, perWorker = 8, 20000
	results := make([]result, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(11, 13+uint64(w)))
			in := 0
			for range perWorker {
				x, y := r.Float64(), r.Float64()
				if x*x+y*y < 1 {
					in++
				}
			}
			results[w] = result{w, in}
		}()
	}
	wg.Wait()

	total := 0
	for _, res := range results {
		est := 4 * float64(res.inside) / perWorker
		fmt.Printf("worker %d: inside=%5d pi~%.4f\n", res.worker, res.inside, est)
		total += res.inside
	}
	pi := 4 * float64(total) / (workers * perWorker)
	fmt.Printf("combined: pi~%.5f error=%.5f\n", pi, math.Abs(pi-math.Pi))
}
