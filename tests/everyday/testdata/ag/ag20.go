// ag20: generic Fenwick (binary indexed) tree over Number types with prefix sums and order statistics.
package main

import "fmt"

type Number interface {
	~int | ~int32 | ~int64 | ~float64
}

type Fenwick[T Number] struct {
	tree []T
}

func NewFenwick[T Number](n int) *Fenwick[T] { return &Fenwick[T]{tree: make([]T, n+1)} }

func FromSlice[T Number](xs []T) *Fenwick[T] {
	f := NewFenwick[T](len(xs))
	copy(f.tree[1:], xs)
	for i := 1; i < len(f.tree); i++ {
		if j := i + i&-i; j < len(f.tree) {
			f.tree[j] += f.tree[i]
		}
	}
	return f
}

func (f *Fenwick[T]) Add(i int, delta T) {
	for i++; i < len(f.tree); i += i & -i {
		f.tree[i] += delta
	}
}

// Prefix returns the sum of elements [0, i).
func (f *Fenwick[T]) Prefix(i int) T {
	var s T
	for ; i > 0; i -= i & -i {
		s += f.tree[i]
	}
	return s
}

func (f *Fenwick[T]) Range(l, r int) T { return f.Prefix(r) - f.Prefix(l) }

func (f *Fenwick[T]) At(i int) T { return f.Range(i, i+1) }

// LowerBound returns the smallest index i such that Prefix(i+1) >= target (non-negative values).
func (f *Fenwick[T]) LowerBound(target T) int {
	pos := 0
	step := 1
	for step*2 < len(f.tree) {
		step *= 2
	}
	for ; step > 0; step /= 2 {
		if pos+step < len(f.tree) && f.tree[pos+step] < target {
			pos += step
			target -= f.tree[pos]
		}
	}
	return pos
}

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", int64(c)/100, int64(c)%100) }

// countInversions counts pairs i<j with a[i] > a[j]; values must be in [0, maxV].
func countInversions(a []int, maxV int) int {
	f := NewFenwick[int](maxV + 1)
	inv := 0
	for i, v := range a {
		inv += i - f.Prefix(v+1)
		f.Add(v, 1)
	}
	return inv
}

func main() {
	daily := []Cents{1250, 899, 4300, 150, 2275, 0, 999, 3120, 560, 780, 1999, 45}
	sales := FromSlice(daily)
	fmt.Println("total:", sales.Prefix(len(daily)))
	fmt.Println("days 0-6:", sales.Range(0, 7))
	fmt.Println("days 7-11:", sales.Range(7, 12))
	sales.Add(5, 1500)
	fmt.Println("after refund adj day5:", sales.At(5), "total:", sales.Prefix(len(daily)))
	for _, target := range []Cents{1, 5000, 10000, 16000, 20000} {
		if d := sales.LowerBound(target); d < len(daily) {
			fmt.Printf("cumulative reaches %v on day %d\n", target, d)
		} else {
			fmt.Printf("cumulative never reaches %v\n", target)
		}
	}

	// order statistics: multiset of small integer scores
	scores := NewFenwick[int](101)
	for _, s := range []int{70, 85, 85, 92, 60, 77, 100, 85, 43, 92} {
		scores.Add(s, 1)
	}
	n := scores.Prefix(101)
	for _, k := range []int{1, n / 2, n} {
		fmt.Printf("%d-th smallest score: %d\n", k, scores.LowerBound(k))
	}
	fmt.Println("scores in [80,95]:", scores.Range(80, 96))
	fmt.Println("count of 85:", scores.At(85))

	fl := FromSlice([]float64{0.5, 1.25, 2.0, 0.25})
	fl.Add(2, -0.5)
	fmt.Printf("float prefix sums: %.2f %.2f %.2f %.2f\n", fl.Prefix(1), fl.Prefix(2), fl.Prefix(3), fl.Prefix(4))

	for _, a := range [][]int{{1, 2, 3, 4}, {4, 3, 2, 1}, {3, 1, 4, 1, 5, 9, 2, 6}, {2, 2, 2}} {
		fmt.Printf("inversions %v = %d\n", a, countInversions(a, 10))
	}
}
