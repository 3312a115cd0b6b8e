package main

import (
	"fmt"
	"math"
	"strings"
)

type Scalar interface {
	~int | ~int64 | ~float32 | ~float64
}

// Vec is an N-dimensional vector of any numeric element type.
type Vec[T Scalar] []T

func (v Vec[T]) Add(o Vec[T]) Vec[T] {
	out := make(Vec[T], len(v))
	for i := range v {
		out[i] = v[i] + o[i]
	}
	return out
}

func (v Vec[T]) Scale(k T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = x * k
	}
	return out
}

func (v Vec[T]) Dot(o Vec[T]) T {
	var s T
	for i := range v {
		s += v[i] * o[i]
	}
	return s
}

func (v Vec[T]) Norm() float64 { return math.Sqrt(float64(v.Dot(v))) }

func (v Vec[T]) String() string {
	parts := make([]string, len(v))
	for i, x := range v {
		parts[i] = fmt.Sprint(x)
	}
	return "⟨" + strings.Join(parts, ", ") + "⟩"
}

// Convert changes element type, e.g. Vec[int] -> Vec[float64].
func Convert[U, T Scalar](v Vec[T]) Vec[U] {
	out := make(Vec[U], len(v))
	for i, x := range v {
		out[i] = U(x)
	}
	return out
}

func Centroid[T Scalar](pts ...Vec[T]) Vec[float64] {
	acc := make(Vec[float64], len(pts[0]))
	for _, p := range pts {
		acc = acc.Add(Convert[float64](p))
	}
	return acc.Scale(1 / float64(len(pts)))
}

type Celsius float64
type Fahrenheit float64

func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

func ToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type Meters int

func main() {
	a := Vec[int]{1, 2, 3}
	b := Vec[int]{4, -5, 6}
	fmt.Println("a+b =", a.Add(b), "a·b =", a.Dot(b))
	fmt.Printf("|a| = %.4f, 3a = %v\n", a.Norm(), a.Scale(3))

	f := Convert[float64](a).Scale(0.5)
	fmt.Println("a/2 as float:", f)
	fmt.Println("centroid:", Centroid(Vec[int]{0, 0}, Vec[int]{4, 0}, Vec[int]{4, 3}))

	temps := Vec[Celsius]{-5, 0, 21.5, 37}
	fmt.Println("temps:", temps)
	var fs []Fahrenheit
	for _, t := range temps {
		fs = append(fs, ToF(t))
	}
	fmt.Println("in F:", fs)
	delta := temps.Add(Vec[Celsius]{1, 1, 1, 1})
	fmt.Println("warmer:", delta, "avg:", delta.Dot(Vec[Celsius]{1, 1, 1, 1})/Celsius(len(delta)))

	route := Vec[Meters]{120, 450, 80}
	fmt.Println("route:", route, "dot weights:", route.Dot(Vec[Meters]{1, 2, 3}))
	fmt.Printf("%v %T\n", Convert[float32](route), Convert[float32](route))

	unit := Convert[float64](b).Scale(1 / b.Norm())
	fmt.Printf("unit b: %.3f (norm %.6f)\n", []float64(unit), unit.Norm())
	cos := float64(a.Dot(b)) / (a.Norm() * b.Norm())
	fmt.Printf("angle(a,b) = %.2f°\n", math.Acos(cos)*180/math.Pi)
}
