package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("(%v, %v)", p.Key, p.Val) }

type Set[T cmp.Ordered] map[T]struct{}

func SetOf[T cmp.Ordered](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }
func (s Set[T]) Sorted() []T  { return slices.Sorted(maps.Keys(s)) }

func (s Set[T]) Union(o Set[T]) Set[T] {
	out := maps.Clone(s)
	maps.Copy(out, o)
	return out
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	out := Set[T]{}
	for k := range s {
		if o.Has(k) {
			out[k] = struct{}{}
		}
	}
	return out
}

func SortedPairs[K cmp.Ordered, V any](m map[K]V) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range slices.Sorted(maps.Keys(m)) {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func TopN[K comparable, V cmp.Ordered](m map[K]V, n int) []Pair[K, V] {
	ps := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		ps = append(ps, Pair[K, V]{k, v})
	}
	slices.SortFunc(ps, func(a, b Pair[K, V]) int {
		return cmp.Or(cmp.Compare(b.Val, a.Val), strings.Compare(fmt.Sprint(a.Key), fmt.Sprint(b.Key)))
	})
	return ps[:min(n, len(ps))]
}

func main() {
	a := SetOf("go", "rust", "python", "sql")
	b := SetOf("sql", "python", "r", "julia")
	fmt.Println("union:", a.Union(b).Sorted())
	fmt.Println("intersect:", a.Intersect(b).Sorted())
	fmt.Println("has go:", a.Has("go"), "has r:", a.Has("r"), len(SetOf(3, 1, 3, 2, 1)))

	words := strings.Fields("apple avocado banana blueberry cherry cranberry coconut date")
	groups := GroupBy(words, func(w string) byte { return w[0] })
	for k, ws := range SortedPairs(groups) {
		fmt.Printf("%c: %v\n", k, ws)
	}
	byLen := GroupBy(words, func(w string) int { return len(w) })
	for k, ws := range SortedPairs(byLen) {
		if k > 7 {
			break
		}
		fmt.Println(k, len(ws), ws)
	}

	scores := map[string]float64{"ann": 88.5, "bo": 92, "cat": 75.25, "dan": 92, "eli": 60}
	for _, p := range TopN(scores, 3) {
		fmt.Println(p)
	}
	fmt.Printf("%v %+v %T\n", TopN(map[int]int{1: 10, 2: 20}, 5), Pair[string, int]{"x", 1}, Pair[string, []int]{})

	p := Pair[string, Pair[int, bool]]{"nested", Pair[int, bool]{7, true}}
	fmt.Println(p, p.Val.Key)
}
