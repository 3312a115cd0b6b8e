// ag05: heap utilities: top-k selection, k-way merge of sorted slices, and running median.
package main

import (
	"cmp"
	"fmt"
)

type PQ[T any] struct {
	xs   []T
	less func(a, b T) bool
}

func (q *PQ[T]) Len() int { return len(q.xs) }

func (q *PQ[T]) Push(x T) {
	q.xs = append(q.xs, x)
	for i := len(q.xs) - 1; i > 0; {
		p := (i - 1) / 2
		if !q.less(q.xs[i], q.xs[p]) {
			break
		}
		q.xs[i], q.xs[p] = q.xs[p], q.xs[i]
		i = p
	}
}

func (q *PQ[T]) Top() T { return q.xs[0] }

func (q *PQ[T]) Pop() T {
	top := q.xs[0]
	last := len(q.xs) - 1
	q.xs[0] = q.xs[last]
	q.xs = q.xs[:last]
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(q.xs) && q.less(q.xs[l], q.xs[m]) {
			m = l
		}
		if r < len(q.xs) && q.less(q.xs[r], q.xs[m]) {
			m = r
		}
		if m == i {
			break
		}
		q.xs[i], q.xs[m] = q.xs[m], q.xs[i]
		i = m
	}
	return top
}

// TopK returns the k largest elements by key, in descending order.
func TopK[T any, K cmp.Ordered](items []T, k int, key func(T) K) []T {
	q := &PQ[T]{less: func(a, b T) bool { return key(a) < key(b) }}
	for _, it := range items {
		q.Push(it)
		if q.Len() > k {
			q.Pop()
		}
	}
	out := make([]T, q.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = q.Pop()
	}
	return out
}

type cursor[T any] struct {
	list, idx int
	val       T
}

func MergeK[T cmp.Ordered](lists ...[]T) []T {
	q := &PQ[cursor[T]]{less: func(a, b cursor[T]) bool {
		if a.val != b.val {
			return a.val < b.val
		}
		return a.list < b.list
	}}
	for i, l := range lists {
		if len(l) > 0 {
			q.Push(cursor[T]{i, 0, l[0]})
		}
	}
	var out []T
	for q.Len() > 0 {
		c := q.Pop()
		out = append(out, c.val)
		if n := c.idx + 1; n < len(lists[c.list]) {
			q.Push(cursor[T]{c.list, n, lists[c.list][n]})
		}
	}
	return out
}

type Median[T ~int | ~float64] struct {
	lo, hi *PQ[T]
}

func NewMedian[T ~int | ~float64]() *Median[T] {
	return &Median[T]{
		lo: &PQ[T]{less: func(a, b T) bool { return a > b }},
		hi: &PQ[T]{less: func(a, b T) bool { return a < b }},
	}
}

func (m *Median[T]) Add(x T) {
	if m.lo.Len() == 0 || x <= m.lo.Top() {
		m.lo.Push(x)
	} else {
		m.hi.Push(x)
	}
	if m.lo.Len() > m.hi.Len()+1 {
		m.hi.Push(m.lo.Pop())
	} else if m.hi.Len() > m.lo.Len() {
		m.lo.Push(m.hi.Pop())
	}
}

func (m *Median[T]) Value() float64 {
	if m.lo.Len() > m.hi.Len() {
		return float64(m.lo.Top())
	}
	return (float64(m.lo.Top()) + float64(m.hi.Top())) / 2
}

type Repo struct {
	Name  string
	Stars int
}

func main() {
	repos := []Repo{{"fastjson", 1200}, {"tinyhttp", 340}, {"gokv", 5600}, {"lexi", 89},
		{"fluxdb", 2300}, {"qpack", 4100}, {"zstdx", 760}}
	for i, r := range TopK(repos, 3, func(r Repo) int { return r.Stars }) {
		fmt.Printf("top%d %-8s %5d\n", i+1, r.Name, r.Stars)
	}
	words := []string{"delta", "alpha", "omega", "beta", "kappa"}
	fmt.Println("top2 by length then alpha:", TopK(words, 2, func(s string) string { return fmt.Sprintf("%02d%s", len(s), s) }))

	merged := MergeK([]int{1, 4, 9, 12}, []int{2, 3, 10}, nil, []int{0, 4, 5, 20})
	fmt.Println("merged ints:", merged)
	fmt.Println("merged strs:", MergeK([]string{"ant", "cat"}, []string{"bee", "dog", "eel"}, []string{"ape"}))

	type Kelvin float64
	med := NewMedian[Kelvin]()
	for _, v := range []Kelvin{290.5, 301.2, 288.0, 295.5, 310.0, 285.1, 299.9} {
		med.Add(v)
		fmt.Printf("add %.1f -> median %.2f\n", float64(v), med.Value())
	}
	mi := NewMedian[int]()
	for _, v := range []int{5, 15, 1, 3, 8, 7, 9, 10} {
		mi.Add(v)
	}
	fmt.Println("int median:", mi.Value())
}
