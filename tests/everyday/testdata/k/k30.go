package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
)

type Real interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Stats[T Real] struct {
	N             int
	Min, Max, Sum T
	Mean, StdDev  float64
}

func Describe[T Real](xs []T) (Stats[T], bool) {
	if len(xs) == 0 {
		return Stats[T]{}, false
	}
	s := Stats[T]{N: len(xs), Min: xs[0], Max: xs[0]}
	for _, x := range xs {
		s.Sum += x
		s.Min = min(s.Min, x)
		s.Max = max(s.Max, x)
	}
	s.Mean = float64(s.Sum) / float64(s.N)
	var ss float64
	for _, x := range xs {
		d := float64(x) - s.Mean
		ss += d * d
	}
	if s.N > 1 {
		s.StdDev = math.Sqrt(ss / float64(s.N-1))
	}
	return s, true
}

func (s Stats[T]) String() string {
	return fmt.Sprintf("n=%d min=%v max=%v sum=%v mean=%.3f sd=%.3f", s.N, s.Min, s.Max, s.Sum, s.Mean, s.StdDev)
}

type Pair[K cmp.Ordered, V any] struct {
	Key K
	Val V
}

func SortedPairs[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	slices.SortFunc(out, func(a, b Pair[K, V]) int { return cmp.Compare(a.Key, b.Key) })
	return out
}

func TopBy[T any, K cmp.Ordered](xs []T, n int, key func(T) K) []T {
	c := slices.Clone(xs)
	slices.SortStableFunc(c, func(a, b T) int { return cmp.Compare(key(b), key(a)) })
	return c[:min(n, len(c))]
}

func Clamp[T cmp.Ordered](x, lo, hi T) T { return max(lo, min(hi, x)) }

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

type Trip struct {
	Driver   string
	Distance float32
	Fare     Cents
	Duration time.Duration
}

func main() {
	trips := []Trip{
		{"kim", 3.2, 1150, 14 * time.Minute},
		{"lee", 12.8, 3875, 41 * time.Minute},
		{"kim", 0.9, 700, 6 * time.Minute},
		{"ola", 7.4, 2210, 25 * time.Minute},
		{"lee", 5.1, 1630, 19 * time.Minute},
		{"ola", 22.0, 6120, 58 * time.Minute},
		{"kim", 4.4, 1390, 17 * time.Minute},
	}

	fares, _ := Describe(extract(trips, func(t Trip) Cents { return t.Fare }))
	dists, _ := Describe(extract(trips, func(t Trip) float32 { return t.Distance }))
	durs, _ := Describe(extract(trips, func(t Trip) time.Duration { return t.Duration }))
	fmt.Println("fare    ", fares)
	fmt.Println("distance", dists)
	fmt.Printf("duration n=%d min=%v max=%v mean=%v sd=%v\n", durs.N, durs.Min, durs.Max,
		time.Duration(durs.Mean).Round(time.Second), time.Duration(durs.StdDev).Round(time.Second))
	fmt.Printf("float32 sum shows single precision: %v vs float64 %.1f\n", dists.Sum, float64(dists.Sum))
	fmt.Printf("types: %T | %T\n", fares, durs)

	if _, ok := Describe([]int{}); !ok {
		fmt.Println("empty input -> no stats")
	}

	perDriver := map[string][]Cents{}
	for _, t := range trips {
		perDriver[t.Driver] = append(perDriver[t.Driver], t.Fare)
	}
	fmt.Println("\nper driver:")
	for _, p := range SortedPairs(perDriver) {
		s, _ := Describe(p.Val)
		fmt.Printf("  %-4s trips=%d total=%v avg=%v\n", p.Key, s.N, s.Sum, Cents(math.Round(s.Mean)))
	}

	fmt.Println("\ntop 3 by fare per km:")
	for _, t := range TopBy(trips, 3, func(t Trip) float64 { return float64(t.Fare) / 100 / float64(t.Distance) }) {
		fmt.Printf("  %-4s %5.1fkm %v -> %.2f/km\n", t.Driver, t.Distance, t.Fare, float64(t.Fare)/100/float64(t.Distance))
	}

	var clamped []string
	for _, t := range trips {
		clamped = append(clamped, Clamp(t.Fare, 1000, 4000).String())
	}
	fmt.Println("\nsurge-capped fares:", strings.Join(clamped, " "))
	fmt.Println("clamp strings:", Clamp("zebra", "apple", "mango"), Clamp("banana", "apple", "mango"))
}

func extract[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}
