package main

import (
	"fmt"
	"math/big"
	"strings"
)

func rat(a, b int64) *big.Rat { return big.NewRat(a, b) }

// Harmonic returns H_n = 1 + 1/2 + ... + 1/n exactly.
func Harmonic(n int) *big.Rat {
	h := new(big.Rat)
	for k := 1; k <= n; k++ {
		h.Add(h, rat(1, int64(k)))
	}
	return h
}

// Bernoulli computes B_0..B_n using the Akiyama–Tanigawa algorithm.
func Bernoulli(n int) []*big.Rat {
	out := make([]*big.Rat, n+1)
	a := make([]*big.Rat, n+1)
	for m := 0; m <= n; m++ {
		a[m] = rat(1, int64(m+1))
		for j := m; j >= 1; j-- {
			d := new(big.Rat).Sub(a[j-1], a[j])
			a[j-1] = d.Mul(d, rat(int64(j), 1))
		}
		out[m] = new(big.Rat).Set(a[0])
	}
	// convert to the B_1 = -1/2 convention
	if n >= 1 {
		out[1].Neg(out[1])
	}
	return out
}

// Egyptian decomposes a fraction 0<q<1 into distinct unit fractions (greedy).
func Egyptian(q *big.Rat) []string {
	var parts []string
	r := new(big.Rat).Set(q)
	for r.Sign() > 0 {
		num, den := r.Num(), r.Denom()
		// ceil(den/num)
		c := new(big.Int).Add(den, new(big.Int).Sub(num, big.NewInt(1)))
		c.Quo(c, num)
		parts = append(parts, "1/"+c.String())
		r.Sub(r, new(big.Rat).SetFrac(big.NewInt(1), c))
	}
	return parts
}

type Poly []*big.Rat // coefficients, low degree first

func (p Poly) Eval(x *big.Rat) *big.Rat {
	acc := new(big.Rat)
	for i := len(p) - 1; i >= 0; i-- {
		acc.Mul(acc, x)
		acc.Add(acc, p[i])
	}
	return acc
}

func main() {
	fmt.Println("Harmonic numbers:")
	for _, n := range []int{1, 2, 3, 5, 10, 20, 30} {
		h := Harmonic(n)
		f, _ := h.Float64()
		fmt.Printf("  H_%-2d = %-35s ~ %s\n", n, h.RatString(), fmt.Sprintf("%.10f", f))
	}

	fmt.Println("\nBernoulli numbers (nonzero):")
	bs := Bernoulli(20)
	for i, b := range bs {
		if b.Sign() == 0 {
			continue
		}
		fmt.Printf("  B_%-2d = %s\n", i, b.RatString())
	}

	// Sum of k^3 for k=1..n via Faulhaber: n^2(n+1)^2/4, verify against direct sum
	faul := Poly{rat(0, 1), rat(0, 1), rat(1, 4), rat(1, 2), rat(1, 4)}
	fmt.Println("\nFaulhaber check sum k^3:")
	for _, n := range []int64{5, 10, 100} {
		direct := new(big.Rat)
		for k := int64(1); k <= n; k++ {
			direct.Add(direct, rat(k*k*k, 1))
		}
		fmt.Printf("  n=%-3d poly=%s direct=%s\n", n, faul.Eval(rat(n, 1)).RatString(), direct.RatString())
	}

	fmt.Println("\nEgyptian fractions:")
	for _, q := range []*big.Rat{rat(4, 13), rat(5, 121), rat(7, 15), rat(3, 7)} {
		fmt.Printf("  %-6s = %s\n", q.RatString(), strings.Join(Egyptian(q), " + "))
	}

	fmt.Println("\nExact vs float64 arithmetic:")
	sumR := new(big.Rat)
	sumF := 0.0
	for i := 0; i < 10; i++ {
		sumR.Add(sumR, rat(1, 10))
		sumF += 0.1
	}
	fmt.Printf("  ten times 1/10: rat=%s float=%.17f equal-to-1=%v\n", sumR.RatString(), sumF, sumF == 1.0)
	third := rat(1, 3)
	x := new(big.Rat).Mul(third, rat(3, 1))
	fmt.Printf("  (1/3)*3 = %s  decimal(1/3, 20) = %s\n", x.RatString(), third.FloatString(20))
	fs := new(big.Rat)
	fs.SetString("3.14159")
	fmt.Printf("  parsed 3.14159 = %s\n", fs.RatString())
}
