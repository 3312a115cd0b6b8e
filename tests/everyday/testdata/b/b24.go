package main

import (
	"fmt"
	"math"
	"math/cmplx"
	"sort"
	"strings"
)

// Poly stores coefficients in ascending order: p[i] is the coefficient of x^i.
type Poly []float64

func (p Poly) Degree() int {
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] != 0 {
			return i
		}
	}
	return -1
}

func (p Poly) trim() Poly { return p[:p.Degree()+1] }

func (p Poly) Add(q Poly) Poly {
	out := make(Poly, max(len(p), len(q)))
	for i := range out {
		if i < len(p) {
			out[i] += p[i]
		}
		if i < len(q) {
			out[i] += q[i]
		}
	}
	return out.trim()
}

func (p Poly) Mul(q Poly) Poly {
	out := make(Poly, len(p)+len(q)-1)
	for i, a := range p {
		for j, b := range q {
			out[i+j] += a * b
		}
	}
	return out.trim()
}

func (p Poly) Eval(x float64) float64 {
	acc := 0.0
	for i := len(p) - 1; i >= 0; i-- {
		acc = acc*x + p[i]
	}
	return acc
}

func (p Poly) EvalC(z complex128) complex128 {
	var acc complex128
	for i := len(p) - 1; i >= 0; i-- {
		acc = acc*z + complex(p[i], 0)
	}
	return acc
}

func (p Poly) Deriv() Poly {
	if len(p) <= 1 {
		return Poly{0}
	}
	out := make(Poly, len(p)-1)
	for i := 1; i < len(p); i++ {
		out[i-1] = float64(i) * p[i]
	}
	return out
}

func (p Poly) Integral() Poly {
	out := make(Poly, len(p)+1)
	for i, c := range p {
		out[i+1] = c / float64(i+1)
	}
	return out
}

// DivMod performs polynomial long division.
func (p Poly) DivMod(d Poly) (q, r Poly) {
	r = append(Poly(nil), p...)
	dd := d.Degree()
	q = make(Poly, max(1, p.Degree()-dd+1))
	for r.Degree() >= dd {
		k := r.Degree() - dd
		c := r[r.Degree()] / d[dd]
		q[k] = c
		for i := 0; i <= dd; i++ {
			r[i+k] -= c * d[i]
		}
		r[k+dd] = 0
	}
	return q, r.trim()
}

func (p Poly) String() string {
	var terms []string
	for i := p.Degree(); i >= 0; i-- {
		c := p[i]
		if c == 0 {
			continue
		}
		coef := fmt.Sprintf("%g", math.Abs(c))
		if math.Abs(c) == 1 && i > 0 {
			coef = ""
		}
		t := coef
		switch {
		case i == 1:
			t += "x"
		case i > 1:
			t += fmt.Sprintf("x^%d", i)
		}
		sign := " + "
		if c < 0 {
			sign = " - "
		}
		if len(terms) == 0 {
			sign = strings.TrimSpace(sign)
			if sign == "+" {
				sign = ""
			}
		}
		terms = append(terms, sign+t)
	}
	if len(terms) == 0 {
		return "0"
	}
	return strings.Join(terms, "")
}

// Roots finds all complex roots with the Durand-Kerner iteration.
func (p Poly) Roots() []complex128 {
	n := p.Degree()
	lead := complex(p[n], 0)
	z := make([]complex128, n)
	for i := range z {
		z[i] = cmplx.Pow(complex(0.4, 0.9), complex(float64(i), 0))
	}
	for iter := 0; iter < 500; iter++ {
		for i := range z {
			den := lead
			for j := range z {
				if i != j {
					den *= z[i] - z[j]
				}
			}
			z[i] -= p.EvalC(z[i]) / den
		}
	}
	sort.Slice(z, func(a, b int) bool {
		if math.Abs(real(z[a])-real(z[b])) > 1e-9 {
			return real(z[a]) < real(z[b])
		}
		return imag(z[a]) < imag(z[b])
	})
	return z
}

func main() {
	p := Poly{-6, 11, -6, 1} // (x-1)(x-2)(x-3)
	q := Poly{1, 0, 1}       // x^2 + 1
	fmt.Println("p(x) =", p)
	fmt.Println("q(x) =", q)
	fmt.Println("p+q  =", p.Add(q))
	fmt.Println("p*q  =", p.Mul(q))
	fmt.Println("p'   =", p.Deriv())
	fmt.Println("∫p   =", p.Integral())
	quo, rem := p.Mul(q).Add(Poly{5, -1}).DivMod(q)
	fmt.Printf("(p*q + 5 - x) / q = %v remainder %v\n", quo, rem)

	fmt.Println("\nvalues of p:")
	for x := 0.0; x <= 4; x += 0.5 {
		fmt.Printf("  p(%.1f) = %7.3f   p'(%.1f) = %7.3f\n", x, p.Eval(x), x, p.Deriv().Eval(x))
	}
	area := p.Integral()
	fmt.Printf("∫_1^3 p(x) dx = %.4f\n", area.Eval(3)-area.Eval(1))

	fmt.Println("\nroots:")
	for _, poly := range []Poly{p, q, p.Mul(q), {-1, 0, 0, 0, 0, 1}, {2, -3, 0, 1}} {
		fmt.Printf("  %v:\n   ", poly)
		for _, r := range poly.Roots() {
			re, im := real(r), imag(r)
			if math.Abs(im) < 1e-9 {
				im = 0
			}
			if math.Abs(re) < 1e-9 {
				re = 0
			}
			fmt.Printf(" (%.4f%+.4fi)", re, im)
		}
		fmt.Println()
	}
}
