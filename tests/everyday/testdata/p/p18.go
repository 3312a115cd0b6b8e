// Exact rational arithmetic with big.Rat: harmonic numbers, Bernoulli numbers, continued fractions.
package main

import (
	"fmt"
	"math/big"
)

func harmonic(n int) *big.Rat {
	h := new(big.Rat)
	for k := 1; k <= n; k++ {
		h.Add(h, big.NewRat(1, int64(k)))
	}
	return h
}

// bernoulli returns B_0..B_n using the Akiyama–Tanigawa algorithm (B_1 = +1/2).
func bernoulli(n int) []*big.Rat {
	out := make([]*big.Rat, 0, n+1)
	a := make([]*big.Rat, n+1)
	for m := 0; m <= n; m++ {
		a[m] = big.NewRat(1, int64(m+1))
		for j := m; j >= 1; j-- {
			d := new(big.Rat).Sub(a[j-1], a[j])
			a[j-1] = d.Mul(d, big.NewRat(int64(j), 1))
		}
		out = append(out, new(big.Rat).Set(a[0]))
	}
	return out
}

func continuedFraction(r *big.Rat, maxTerms int) []int64 {
	num := new(big.Int).Set(r.Num())
	den := new(big.Int).Set(r.Denom())
	var terms []int64
	for den.Sign() != 0 && len(terms) < maxTerms {
		q, m := new(big.Int).DivMod(num, den, new(big.Int))
		terms = append(terms, q.Int64())
		num, den = den, m
	}
	return terms
}

func convergents(terms []int64) []*big.Rat {
	var out []*big.Rat
	hPrev, h := big.NewInt(1), big.NewInt(terms[0])
	kPrev, k := big.NewInt(0), big.NewInt(1)
	out = append(out, new(big.Rat).SetFrac(h, k))
	for _, a := range terms[1:] {
		A := big.NewInt(a)
		hNext := new(big.Int).Add(new(big.Int).Mul(A, h), hPrev)
		kNext := new(big.Int).Add(new(big.Int).Mul(A, k), kPrev)
		hPrev, h = h, hNext
		kPrev, k = k, kNext
		out = append(out, new(big.Rat).SetFrac(h, k))
	}
	return out
}

func main() {
	for _, n := range []int{1, 2, 5, 10, 20} {
		h := harmonic(n)
		f, _ := h.Float64()
		fmt.Printf("H(%d) = %s ≈ %.10f\n", n, h.RatString(), f)
	}

	fmt.Println("Bernoulli numbers:")
	for i, b := range bernoulli(20) {
		if b.Sign() == 0 {
			continue
		}
		fmt.Printf("  B_%-2d = %s\n", i, b.RatString())
	}

	// Exact sum 1/3 + 1/6 + ... vs float64 accumulation.
	exact := new(big.Rat)
	var approx float64
	for i := 1; i <= 30; i++ {
		exact.Add(exact, big.NewRat(1, int64(i*(i+1))))
		approx += 1 / float64(i*(i+1))
	}
	fmt.Printf("sum 1/(i(i+1)), i=1..30 = %s (float64: %.17g)\n", exact.RatString(), approx)

	// Continued fraction of a rational approximation of pi.
	pi, _ := new(big.Rat).SetString("3.14159265358979323846264338327950288")
	terms := continuedFraction(pi, 12)
	fmt.Println("pi continued fraction:", terms)
	for _, c := range convergents(terms)[:6] {
		fmt.Printf("  %-12s = %s\n", c.RatString(), c.FloatString(12))
	}
	fmt.Println("415/93 as CF:", continuedFraction(big.NewRat(415, 93), 10))

	x := big.NewRat(7, 12)
	y := big.NewRat(-5, 18)
	fmt.Println("x+y =", new(big.Rat).Add(x, y), " x*y =", new(big.Rat).Mul(x, y),
		" x/y =", new(big.Rat).Quo(x, y), " cmp:", x.Cmp(y))
}
