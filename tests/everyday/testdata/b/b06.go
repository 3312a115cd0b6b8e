package main

import (
	"fmt"
	"math"
)

type Integrand func(float64) float64

type Rule interface {
	Name() string
	Integrate(f Integrand, a, b float64, n int) float64
}

type Trapezoid struct{}
type Simpson struct{}
type Midpoint struct{}
type GaussLegendre5 struct{}

func (Trapezoid) Name() string { return "trapezoid" }
func (Trapezoid) Integrate(f Integrand, a, b float64, n int) float64 {
	h := (b - a) / float64(n)
	s := 0.5 * (f(a) + f(b))
	for i := 1; i < n; i++ {
		s += f(a + float64(i)*h)
	}
	return s * h
}

func (Midpoint) Name() string { return "midpoint" }
func (Midpoint) Integrate(f Integrand, a, b float64, n int) float64 {
	h := (b - a) / float64(n)
	s := 0.0
	for i := 0; i < n; i++ {
		s += f(a + (float64(i)+0.5)*h)
	}
	return s * h
}

func (Simpson) Name() string { return "simpson" }
func (Simpson) Integrate(f Integrand, a, b float64, n int) float64 {
	if n%2 == 1 {
		n++
	}
	h := (b - a) / float64(n)
	s := f(a) + f(b)
	for i := 1; i < n; i++ {
		x := a + float64(i)*h
		if i%2 == 1 {
			s += 4 * f(x)
		} else {
			s += 2 * f(x)
		}
	}
	return s * h / 3
}

var glNodes = [5]float64{0, -0.5384693101056831, 0.5384693101056831, -0.9061798459386640, 0.9061798459386640}
var glWeights = [5]float64{0.5688888888888889, 0.4786286704993665, 0.4786286704993665, 0.2369268850561891, 0.2369268850561891}

func (GaussLegendre5) Name() string { return "gauss-5" }
func (GaussLegendre5) Integrate(f Integrand, a, b float64, n int) float64 {
	h := (b - a) / float64(n)
	total := 0.0
	for i := 0; i < n; i++ {
		lo := a + float64(i)*h
		mid, half := lo+h/2, h/2
		for k := range glNodes {
			total += glWeights[k] * f(mid+half*glNodes[k])
		}
	}
	return total * h / 2
}

type problem struct {
	label string
	f     Integrand
	a, b  float64
	exact float64
}

func main() {
	problems := []problem{
		{"sin(x) on [0,pi]", math.Sin, 0, math.Pi, 2},
		{"exp(-x^2) on [0,2]", func(x float64) float64 { return math.Exp(-x * x) }, 0, 2, math.Sqrt(math.Pi) / 2 * math.Erf(2)},
		{"1/(1+x^2) on [0,1]", func(x float64) float64 { return 1 / (1 + x*x) }, 0, 1, math.Pi / 4},
		{"sqrt(x) on [0,1]", math.Sqrt, 0, 1, 2.0 / 3},
	}
	rules := []Rule{Midpoint{}, Trapezoid{}, Simpson{}, GaussLegendre5{}}

	for _, p := range problems {
		fmt.Printf("%s   exact = %.12f\n", p.label, p.exact)
		fmt.Printf("  %-10s %6s %18s %12s %8s\n", "rule", "n", "estimate", "abs err", "order")
		for _, r := range rules {
			prevErr := 0.0
			for _, n := range []int{4, 8, 16} {
				est := r.Integrate(p.f, p.a, p.b, n)
				err := math.Abs(est - p.exact)
				order := "-"
				if prevErr > 0 && err > 0 {
					order = fmt.Sprintf("%.2f", math.Log2(prevErr/err))
				}
				fmt.Printf("  %-10s %6d %18.12f %12.3e %8s\n", r.Name(), n, est, err, order)
				prevErr = err
			}
		}
		fmt.Println()
	}
}
