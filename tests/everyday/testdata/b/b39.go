package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

type Number interface{ ~int | ~float64 }

// QuantileMethod enumerates common interpolation rules.
type QuantileMethod int

const (
	Lower QuantileMethod = iota
	Higher
	Nearest
	Midpoint
	Linear
)

var methodNames = map[QuantileMethod]string{
	Lower: "lower", Higher: "higher", Nearest: "nearest", Midpoint: "midpoint", Linear: "linear",
}

func (m QuantileMethod) String() string { return methodNames[m] }

type Stats[T Number] struct {
	sorted []T
	sum    T
}

func NewStats[T Number](data []T) *Stats[T] {
	s := &Stats[T]{sorted: slices.Clone(data)}
	slices.Sort(s.sorted)
	for _, v := range data {
		s.sum += v
	}
	return s
}

func (s *Stats[T]) Len() int      { return len(s.sorted) }
func (s *Stats[T]) Sum() T        { return s.sum }
func (s *Stats[T]) Min() T        { return s.sorted[0] }
func (s *Stats[T]) Max() T        { return s.sorted[len(s.sorted)-1] }
func (s *Stats[T]) Mean() float64 { return float64(s.sum) / float64(len(s.sorted)) }

func (s *Stats[T]) Quantile(q float64, m QuantileMethod) float64 {
	pos := q * float64(len(s.sorted)-1)
	lo, hi := int(math.Floor(pos)), int(math.Ceil(pos))
	a, b := float64(s.sorted[lo]), float64(s.sorted[hi])
	switch m {
	case Lower:
		return a
	case Higher:
		return b
	case Nearest:
		return float64(s.sorted[int(math.RoundToEven(pos))])
	case Midpoint:
		return (a + b) / 2
	default:
		return a + (pos-float64(lo))*(b-a)
	}
}

func (s *Stats[T]) MAD() float64 {
	med := s.Quantile(0.5, Linear)
	dev := make([]float64, len(s.sorted))
	for i, v := range s.sorted {
		dev[i] = math.Abs(float64(v) - med)
	}
	return NewStats(dev).Quantile(0.5, Linear)
}

// Bin groups values into fixed-width buckets keyed by lower edge.
func Bin[T Number](data []T, width T) map[T]int {
	out := map[T]int{}
	for _, v := range data {
		k := T(math.Floor(float64(v)/float64(width))) * width
		out[k]++
	}
	return out
}

func SortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func report[T Number](name string, data []T, width T) {
	s := NewStats(data)
	fmt.Printf("== %s (n=%d) ==\n", name, s.Len())
	fmt.Printf("  sum=%v min=%v max=%v mean=%.3f MAD=%.3f\n", s.Sum(), s.Min(), s.Max(), s.Mean(), s.MAD())
	fmt.Printf("  %-9s", "q")
	qs := []float64{0.1, 0.25, 0.5, 0.75, 0.9}
	for _, q := range qs {
		fmt.Printf(" %8.2f", q)
	}
	fmt.Println()
	for m := Lower; m <= Linear; m++ {
		fmt.Printf("  %-9v", m)
		for _, q := range qs {
			fmt.Printf(" %8.3f", s.Quantile(q, m))
		}
		fmt.Println()
	}
	bins := Bin(data, width)
	for _, k := range SortedKeys(bins) {
		fmt.Printf("  [%6v, %6v) %3d %s\n", k, k+width, bins[k], strings.Repeat("▇", bins[k]))
	}
	fmt.Println()
}

type Millis int
type Celsius float64

func main() {
	pageLoads := []Millis{320, 410, 290, 1250, 380, 450, 300, 520, 610, 340, 395, 275, 880, 430, 365}
	temps := []Celsius{21.4, 19.8, 23.1, 22.7, 18.9, 20.5, 24.3, 22.0, 21.1, 19.4, 25.6, 20.9}
	dice := []int{3, 6, 1, 4, 4, 2, 5, 6, 6, 3, 2, 1, 5, 4, 6, 3}

	report("page load (ms)", pageLoads, 200)
	report("temperature (C)", temps, 2)
	report("dice rolls", dice, 1)
}
