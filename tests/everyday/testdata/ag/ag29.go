// ag29: constraints with ~underlying types, instantiated with named types that carry methods (Celsius, Cents).
package main

import (
	"fmt"
	"strings"
)

type Numeric interface {
	~int | ~int64 | ~float64
}

// Measure is a named numeric type that can describe itself.
type Measure interface {
	Numeric
	fmt.Stringer
}

type Celsius float64

func (c Celsius) String() string      { return fmt.Sprintf("%.1f°C", float64(c)) }
func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

type Steps int

func (s Steps) String() string { return fmt.Sprintf("%d steps", int(s)) }

func Sum[T Numeric](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func MinMax[T Numeric](xs []T) (lo, hi T) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		lo, hi = min(lo, x), max(hi, x)
	}
	return
}

func Mean[T Numeric](xs []T) T { return Sum(xs) / T(len(xs)) }

func Clamp[T Numeric](x, lo, hi T) T { return max(lo, min(x, hi)) }

// Report only accepts types that are both numeric and printable.
func Report[T Measure](label string, xs []T) string {
	lo, hi := MinMax(xs)
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return fmt.Sprintf("%s: [%s] min=%v max=%v mean=%v", label, strings.Join(parts, ", "), lo, hi, Mean(xs))
}

// Normalize rescales to [0,1] regardless of underlying type.
func Normalize[T Numeric](xs []T) []float64 {
	lo, hi := MinMax(xs)
	out := make([]float64, len(xs))
	for i, x := range xs {
		if hi == lo {
			continue
		}
		out[i] = float64(x-lo) / float64(hi-lo)
	}
	return out
}

// Histogram buckets values using integer division of the underlying value.
func Histogram[T ~int | ~int64](xs []T, width T) map[T]int {
	h := map[T]int{}
	for _, x := range xs {
		h[(x/width)*width]++
	}
	return h
}

type Warmer interface {
	~float64
	Fahrenheit() float64
}

func Hottest[T Warmer](xs []T) (T, float64) {
	_, hi := MinMax(xs)
	return hi, hi.Fahrenheit()
}

func main() {
	temps := []Celsius{18.5, 21.0, 25.25, 16.0, 30.5, 22.75}
	fmt.Println(Report("temps", temps))
	h, f := Hottest(temps)
	fmt.Printf("hottest %v = %.2f°F\n", h, f)
	fmt.Println("clamped:", Clamp(Celsius(35), 10, 28), Clamp(Celsius(-4), 10, 28), Clamp(Celsius(20), 10, 28))

	prices := []Cents{1999, 250, 4500, 999, 12050}
	fmt.Println(Report("prices", prices))
	fmt.Println("total:", Sum(prices))
	withTax := make([]Cents, len(prices))
	for i, p := range prices {
		withTax[i] = p + p*8/100
	}
	fmt.Println("with 8% tax:", withTax)

	walk := []Steps{4200, 8800, 12050, 3100, 9999, 7600, 10400}
	fmt.Println(Report("steps", walk))
	hist := Histogram(walk, 5000)
	for _, b := range []Steps{0, 5000, 10000} {
		fmt.Printf("  bucket %-12v %s\n", b, strings.Repeat("#", hist[b]))
	}

	norm := Normalize(temps)
	for i, n := range norm {
		fmt.Printf("  %-8v -> %.3f\n", temps[i], n)
	}
	fmt.Println("plain ints:", Sum([]int{1, 2, 3}), Mean([]float64{1, 2, 4}), Normalize([]int{5, 5, 5}))
	fmt.Printf("types: %T %T %T\n", Sum(temps), Sum(prices), Mean(walk))
}
