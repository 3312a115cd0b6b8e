package main

import (
	"fmt"
	"math"
	"math/big"
	"strings"
)

// CF is a simple continued fraction [a0; a1, a2, ...].
type CF []int64

func (c CF) String() string {
	if len(c) == 0 {
		return "[]"
	}
	parts := make([]string, len(c)-1)
	for i, a := range c[1:] {
		parts[i] = fmt.Sprint(a)
	}
	return fmt.Sprintf("[%d; %s]", c[0], strings.Join(parts, ", "))
}

// Convergents returns successive rational approximations p_k/q_k.
func (c CF) Convergents() []*big.Rat {
	pPrev, p := big.NewInt(1), big.NewInt(c[0])
	qPrev, q := big.NewInt(0), big.NewInt(1)
	out := []*big.Rat{new(big.Rat).SetFrac(p, q)}
	for _, a := range c[1:] {
		A := big.NewInt(a)
		pNext := new(big.Int).Add(new(big.Int).Mul(A, p), pPrev)
		qNext := new(big.Int).Add(new(big.Int).Mul(A, q), qPrev)
		pPrev, p = p, pNext
		qPrev, q = q, qNext
		out = append(out, new(big.Rat).SetFrac(p, q))
	}
	return out
}

// FromRat expands an exact rational number.
func FromRat(r *big.Rat) CF {
	num := new(big.Int).Set(r.Num())
	den := new(big.Int).Set(r.Denom())
	var cf CF
	for den.Sign() != 0 {
		q, m := new(big.Int).DivMod(num, den, new(big.Int))
		cf = append(cf, q.Int64())
		num, den = den, m
	}
	return cf
}

// FromFloat expands a float64 up to n terms.
func FromFloat(x float64, n int) CF {
	var cf CF
	for i := 0; i < n; i++ {
		a := math.Floor(x)
		cf = append(cf, int64(a))
		frac := x - a
		if frac < 1e-9 {
			break
		}
		x = 1 / frac
	}
	return cf
}

// SqrtCF computes the periodic expansion of sqrt(n) exactly with integers.
func SqrtCF(n int64) (int64, []int64) {
	a0 := int64(math.Sqrt(float64(n)))
	if a0*a0 == n {
		return a0, nil
	}
	var period []int64
	m, d, a := int64(0), int64(1), a0
	for a != 2*a0 {
		m = d*a - m
		d = (n - m*m) / d
		a = (a0 + m) / d
		period = append(period, a)
	}
	return a0, period
}

func toFloat(r *big.Rat) float64 {
	f, _ := r.Float64()
	return f
}

func main() {
	piCF := FromFloat(math.Pi, 8)
	fmt.Println("pi ~", piCF)
	for i, r := range piCF.Convergents() {
		f := toFloat(r)
		fmt.Printf("  c%d = %-18s = %.12f  err %.2e\n", i, r.RatString(), f, math.Abs(f-math.Pi))
	}

	e := CF{2, 1, 2, 1, 1, 4, 1, 1, 6, 1, 1, 8, 1, 1, 10}
	fmt.Println("\ne =", e)
	conv := e.Convergents()
	last := conv[len(conv)-1]
	fmt.Printf("  best convergent %s = %s (err %.2e)\n", last.RatString(), last.FloatString(15),
		math.Abs(toFloat(last)-math.E))

	fmt.Println("\nPeriodic expansions of square roots:")
	for _, n := range []int64{2, 3, 7, 13, 19, 61} {
		a0, per := SqrtCF(n)
		fmt.Printf("  sqrt(%2d) = [%d; (%v)]  period %d\n", n, a0, strings.Trim(fmt.Sprint(per), "[]"), len(per))
	}

	// Pell equation x^2 - 61 y^2 = 1 via convergents of sqrt(61)
	a0, per := SqrtCF(61)
	cf := CF{a0}
	for len(cf) < 2*len(per)+1 {
		cf = append(cf, per...)
	}
	for _, r := range cf.Convergents() {
		x, y := r.Num(), r.Denom()
		lhs := new(big.Int).Sub(new(big.Int).Mul(x, x), new(big.Int).Mul(big.NewInt(61), new(big.Int).Mul(y, y)))
		if lhs.Cmp(big.NewInt(1)) == 0 {
			fmt.Printf("\nPell x^2 - 61y^2 = 1 minimal solution: x=%s y=%s\n", x, y)
			break
		}
	}

	fmt.Println("\nExact rationals and their continued fractions:")
	for _, s := range []string{"415/93", "355/113", "0.6180339887", "1393/985"} {
		r, _ := new(big.Rat).SetString(s)
		c := FromRat(r)
		back := c.Convergents()
		fmt.Printf("  %-13s -> %-32v roundtrip %s\n", s, c, back[len(back)-1].RatString())
	}

	golden := make(CF, 20)
	for i := range golden {
		golden[i] = 1
	}
	gc := golden.Convergents()
	fmt.Println("\nGolden ratio convergents are Fibonacci ratios:")
	for _, r := range gc[10:15] {
		fmt.Printf("  %s = %s\n", r.RatString(), r.FloatString(12))
	}
	fmt.Printf("  phi = %.12f\n", (1+math.Sqrt(5))/2)
}
