// ag27: generic memoization with comparable keys (ints, strings, structs) and call statistics.
package main

import (
	"fmt"
	"strings"
)

type Memo[K comparable, V any] struct {
	cache map[K]V
	calls int
	hits  int
	fn    func(self *Memo[K, V], k K) V
}

func NewMemo[K comparable, V any](fn func(self *Memo[K, V], k K) V) *Memo[K, V] {
	return &Memo[K, V]{cache: map[K]V{}, fn: fn}
}

func (m *Memo[K, V]) Get(k K) V {
	m.calls++
	if v, ok := m.cache[k]; ok {
		m.hits++
		return v
	}
	v := m.fn(m, k)
	m.cache[k] = v
	return v
}

func (m *Memo[K, V]) Stats() string {
	return fmt.Sprintf("calls=%d hits=%d entries=%d", m.calls, m.hits, len(m.cache))
}

// Memoize wraps a plain non-recursive function.
func Memoize[K comparable, V any](f func(K) V) (func(K) V, *int) {
	cache := map[K]V{}
	computed := 0
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		computed++
		v := f(k)
		cache[k] = v
		return v
	}, &computed
}

type GridKey struct{ R, C int }

type EditKey struct{ I, J int }

type Item struct {
	Weight, Value int
}

type KnapKey struct{ Idx, Cap int }

func main() {
	fib := NewMemo(func(self *Memo[int, uint64], n int) uint64 {
		if n < 2 {
			return uint64(n)
		}
		return self.Get(n-1) + self.Get(n-2)
	})
	for _, n := range []int{10, 50, 90} {
		fmt.Printf("fib(%d) = %d\n", n, fib.Get(n))
	}
	fmt.Println("fib memo:", fib.Stats())

	blocked := map[GridKey]bool{{1, 1}: true, {2, 3}: true, {3, 0}: true}
	paths := NewMemo(func(self *Memo[GridKey, int], k GridKey) int {
		if k.R < 0 || k.C < 0 || blocked[k] {
			return 0
		}
		if k.R == 0 && k.C == 0 {
			return 1
		}
		return self.Get(GridKey{k.R - 1, k.C}) + self.Get(GridKey{k.R, k.C - 1})
	})
	fmt.Println("grid paths to (4,5):", paths.Get(GridKey{4, 5}))
	fmt.Println("grid paths to (2,2):", paths.Get(GridKey{2, 2}))
	fmt.Println("grid memo:", paths.Stats())

	editDist := func(a, b string) (int, string) {
		m := NewMemo(func(self *Memo[EditKey, int], k EditKey) int {
			switch {
			case k.I == len(a):
				return len(b) - k.J
			case k.J == len(b):
				return len(a) - k.I
			case a[k.I] == b[k.J]:
				return self.Get(EditKey{k.I + 1, k.J + 1})
			}
			return 1 + min(self.Get(EditKey{k.I + 1, k.J}), self.Get(EditKey{k.I, k.J + 1}), self.Get(EditKey{k.I + 1, k.J + 1}))
		})
		return m.Get(EditKey{}), m.Stats()
	}
	for _, p := range [][2]string{{"kitten", "sitting"}, {"flaw", "lawn"}, {"golang", "go"}, {"same", "same"}} {
		d, st := editDist(p[0], p[1])
		fmt.Printf("edit(%q,%q) = %d  [%s]\n", p[0], p[1], d, st)
	}

	items := []Item{{2, 3}, {3, 4}, {4, 5}, {5, 6}, {1, 1}, {6, 9}}
	knap := NewMemo(func(self *Memo[KnapKey, int], k KnapKey) int {
		if k.Idx == len(items) {
			return 0
		}
		best := self.Get(KnapKey{k.Idx + 1, k.Cap})
		if it := items[k.Idx]; it.Weight <= k.Cap {
			best = max(best, it.Value+self.Get(KnapKey{k.Idx + 1, k.Cap - it.Weight}))
		}
		return best
	})
	for _, c := range []int{5, 10, 15} {
		fmt.Printf("knapsack cap %d -> value %d\n", c, knap.Get(KnapKey{0, c}))
	}
	fmt.Println("knap memo:", knap.Stats())

	slugify, computed := Memoize(func(s string) string {
		return strings.ReplaceAll(strings.ToLower(strings.TrimSpace(s)), " ", "-")
	})
	for _, t := range []string{"Hello World", " Go Generics ", "Hello World", "Hello World", "Data Structures"} {
		fmt.Printf("slug(%q) = %s\n", t, slugify(t))
	}
	fmt.Println("slugify computed:", *computed)
}
