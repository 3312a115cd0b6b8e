package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }

func (s Set[T]) Union(o Set[T]) Set[T] { out := maps.Clone(s); maps.Copy(out, o); return out }

func (s Set[T]) filter(keep func(T) bool) Set[T] {
	out := Set[T]{}
	for k := range s {
		if keep(k) {
			out[k] = struct{}{}
		}
	}
	return out
}

func (s Set[T]) Intersect(o Set[T]) Set[T] { return s.filter(o.Has) }
func (s Set[T]) Diff(o Set[T]) Set[T]      { return s.filter(func(x T) bool { return !o.Has(x) }) }

func Sorted[T cmp.Ordered](s Set[T]) []T { return slices.Sorted(maps.Keys(s)) }

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

type Counter[T cmp.Ordered] struct{ counts map[T]int }

func (c *Counter[T]) Add(xs ...T) {
	if c.counts == nil {
		c.counts = map[T]int{}
	}
	for _, x := range xs {
		c.counts[x]++
	}
}

type Entry[T any] struct {
	Key   T
	Count int
}

func (c *Counter[T]) MostCommon(n int) []Entry[T] {
	var es []Entry[T]
	for k, v := range c.counts {
		es = append(es, Entry[T]{k, v})
	}
	slices.SortFunc(es, func(a, b Entry[T]) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Key, b.Key))
	})
	return es[:min(n, len(es))]
}

type Person struct {
	Name string
	Dept string
	Age  int
}

func main() {
	backend := NewSet("go", "sql", "docker", "k8s", "python")
	data := NewSet("python", "sql", "spark", "pandas")
	fmt.Println("union:", Sorted(backend.Union(data)))
	fmt.Println("both:", Sorted(backend.Intersect(data)))
	fmt.Println("backend only:", Sorted(backend.Diff(data)), "len:", len(backend))
	primes, odds := NewSet(2, 3, 5, 7, 11, 13), NewSet(1, 3, 5, 7, 9, 11, 13, 15)
	fmt.Println(Sorted(primes.Diff(odds)), Sorted(odds.Diff(primes)), primes.Has(9))
	people := []Person{{"ann", "eng", 31}, {"bob", "ops", 45}, {"cy", "eng", 28}, {"di", "sales", 39}, {"ed", "ops", 23}, {"flo", "eng", 52}}
	groups := GroupBy(people, func(p Person) string { return p.Dept })
	for _, d := range slices.Sorted(maps.Keys(groups)) {
		names, total := make([]string, 0), 0
		for _, p := range groups[d] {
			names = append(names, p.Name)
			total += p.Age
		}
		fmt.Printf("%-6s n=%d avgAge=%.1f %v\n", d, len(groups[d]), float64(total)/float64(len(groups[d])), names)
	}
	byDecade := GroupBy(people, func(p Person) int { return p.Age / 10 * 10 })
	for _, dec := range slices.Sorted(maps.Keys(byDecade)) {
		fmt.Printf("%ds:%d ", dec, len(byDecade[dec]))
	}
	fmt.Println()
	fmt.Printf("oldest: %+v\n", slices.MaxFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) }))
	var wc Counter[string]
	wc.Add(strings.Fields("to be or not to be that is the question to ask")...)
	fmt.Println(wc.MostCommon(4))
	var lc Counter[rune]
	lc.Add([]rune("mississippi")...)
	for _, e := range lc.MostCommon(10) {
		fmt.Printf("%c=%d ", e.Key, e.Count)
	}
	fmt.Println()
}
