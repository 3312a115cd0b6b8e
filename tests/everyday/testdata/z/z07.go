package main

import (
	"fmt"
	"iter"
	"slices"
)

type OrderedMap[K comparable, V any] struct {
	keys []K
	vals map[K]V
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{vals: map[K]V{}}
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := m.vals[k]; !ok {
		m.keys = append(m.keys, k)
	}
	m.vals[k] = v
}

func (m *OrderedMap[K, V]) Delete(k K) bool {
	if _, ok := m.vals[k]; !ok {
		return false
	}
	delete(m.vals, k)
	i := slices.Index(m.keys, k)
	m.keys = slices.Delete(m.keys, i, i+1)
	return true
}

func (m *OrderedMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range m.keys {
			if !yield(k, m.vals[k]) {
				return
			}
		}
	}
}

func (m *OrderedMap[K, V]) Len() int { return len(m.keys) }

func Merge(a, b iter.Seq[int]) iter.Seq[int] {
	return func(yield func(int) bool) {
		nextA, stopA := iter.Pull(a)
		defer stopA()
		nextB, stopB := iter.Pull(b)
		defer stopB()
		va, okA := nextA()
		vb, okB := nextB()
		for okA || okB {
			if okA && (!okB || va <= vb) {
				if !yield(va) {
					return
				}
				va, okA = nextA()
			} else {
				if !yield(vb) {
					return
				}
				vb, okB = nextB()
			}
		}
	}
}

func Countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i >= 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	om := NewOrderedMap[string, int]()
	for i, w := range []string{"zeta", "alpha", "mu", "beta", "alpha", "omega"} {
		om.Set(w, i)
	}
	fmt.Println("deleted mu:", om.Delete("mu"), "deleted xi:", om.Delete("xi"))
	for k, v := range om.All() {
		fmt.Printf("%-6s=%d\n", k, v)
	}
	fmt.Println("len", om.Len())

	merged := slices.Collect(Merge(slices.Values([]int{1, 4, 9, 12}), slices.Values([]int{2, 3, 10, 15, 20})))
	fmt.Println("merged:", merged)

	next, stop := iter.Pull(Countdown(5))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print(v, " ")
		if v == 2 {
			stop()
		}
	}
	fmt.Println()
	v, ok := next()
	fmt.Println("after stop:", v, ok)

	next2, stop2 := iter.Pull2(om.All())
	defer stop2()
	k1, v1, _ := next2()
	k2, v2, _ := next2()
	fmt.Printf("pulled %q=%d %q=%d\n", k1, v1, k2, v2)

	for i, x := range slices.Backward(merged) {
		if i < 6 {
			break
		}
		fmt.Printf("[%d]=%d ", i, x)
	}
	fmt.Println()
}
