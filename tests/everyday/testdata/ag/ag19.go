// ag19: generic segment tree with a monoid (identity + combine) supporting point updates and range queries.
package main

import (
	"fmt"
	"math"
	"strings"
)

type Monoid[T any] struct {
	Identity T
	Combine  func(a, b T) T
}

type SegTree[T any] struct {
	n    int
	tree []T
	m    Monoid[T]
}

func NewSegTree[T any](vals []T, m Monoid[T]) *SegTree[T] {
	n := 1
	for n < len(vals) {
		n *= 2
	}
	t := &SegTree[T]{n: n, tree: make([]T, 2*n), m: m}
	for i := range t.tree {
		t.tree[i] = m.Identity
	}
	copy(t.tree[n:], vals)
	for i := n - 1; i >= 1; i-- {
		t.tree[i] = m.Combine(t.tree[2*i], t.tree[2*i+1])
	}
	return t
}

func (t *SegTree[T]) Set(i int, v T) {
	i += t.n
	t.tree[i] = v
	for i /= 2; i >= 1; i /= 2 {
		t.tree[i] = t.m.Combine(t.tree[2*i], t.tree[2*i+1])
	}
}

// Query combines values in [l, r), preserving left-to-right order.
func (t *SegTree[T]) Query(l, r int) T {
	left, right := t.m.Identity, t.m.Identity
	for l, r = l+t.n, r+t.n; l < r; l, r = l/2, r/2 {
		if l&1 == 1 {
			left = t.m.Combine(left, t.tree[l])
			l++
		}
		if r&1 == 1 {
			r--
			right = t.m.Combine(t.tree[r], right)
		}
	}
	return t.m.Combine(left, right)
}

type Stats struct {
	Min, Max, Sum float64
	Count         int
}

func (s Stats) String() string {
	if s.Count == 0 {
		return "{empty}"
	}
	return fmt.Sprintf("{n=%d min=%.1f max=%.1f mean=%.2f}", s.Count, s.Min, s.Max, s.Sum/float64(s.Count))
}

var statsMonoid = Monoid[Stats]{
	Identity: Stats{Min: math.Inf(1), Max: math.Inf(-1)},
	Combine: func(a, b Stats) Stats {
		return Stats{min(a.Min, b.Min), max(a.Max, b.Max), a.Sum + b.Sum, a.Count + b.Count}
	},
}

func one(v float64) Stats { return Stats{v, v, v, 1} }

// Affine maps x -> a*x + b; composition is order-sensitive.
type Affine struct{ A, B int }

func main() {
	sum := NewSegTree([]int{5, 3, 8, 6, 1, 4, 7, 2}, Monoid[int]{0, func(a, b int) int { return a + b }})
	fmt.Println("sum[0,8):", sum.Query(0, 8), "sum[2,5):", sum.Query(2, 5), "sum[3,3):", sum.Query(3, 3))
	sum.Set(4, 10)
	fmt.Println("after a[4]=10, sum[2,5):", sum.Query(2, 5))

	mn := NewSegTree([]int{9, 4, 7, 1, 8, 2, 6}, Monoid[int]{math.MaxInt, func(a, b int) int { return min(a, b) }})
	for _, q := range [][2]int{{0, 3}, {2, 7}, {4, 7}, {0, 7}} {
		fmt.Printf("min[%d,%d) = %d\n", q[0], q[1], mn.Query(q[0], q[1]))
	}

	temps := []float64{12.1, 14.3, 9.8, 17.6, 21.0, 19.4, 15.5, 11.2, 8.9, 13.7}
	st := make([]Stats, len(temps))
	for i, v := range temps {
		st[i] = one(v)
	}
	ts := NewSegTree(st, statsMonoid)
	fmt.Println("all days:", ts.Query(0, len(temps)))
	fmt.Println("days 3-6:", ts.Query(3, 7))
	fmt.Println("empty:   ", ts.Query(5, 5))
	ts.Set(4, one(25.5))
	fmt.Println("after correcting day 4:", ts.Query(0, 5))

	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	cat := NewSegTree(words, Monoid[string]{"", func(a, b string) string {
		if a == "" || b == "" {
			return a + b
		}
		return a + " " + b
	}})
	fmt.Printf("words[1,4): %q\n", cat.Query(1, 4))
	cat.Set(2, "red")
	fmt.Printf("words[0,9): %q\n", cat.Query(0, 9))

	ops := []Affine{{2, 1}, {1, 3}, {3, 0}, {1, -4}, {2, 2}}
	comp := NewSegTree(ops, Monoid[Affine]{Affine{1, 0}, func(f, g Affine) Affine {
		// apply f first, then g: g(f(x)) = g.A*(f.A*x+f.B)+g.B
		return Affine{g.A * f.A, g.A*f.B + g.B}
	}})
	for _, q := range [][2]int{{0, 5}, {1, 3}, {2, 4}} {
		f := comp.Query(q[0], q[1])
		fmt.Printf("ops[%d,%d) = %dx%+d, applied to 5 -> %d\n", q[0], q[1], f.A, f.B, f.A*5+f.B)
	}
}
