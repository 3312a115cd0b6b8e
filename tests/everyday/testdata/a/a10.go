// Exact arithmetic with math/big: factorials, Fibonacci, binomials and interest.
package main

import (
	"fmt"
	"math/big"
	"strings"
)

func factorial(n int64) *big.Int {
	return new(big.Int).MulRange(1, n)
}

func fib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < n; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func digitSum(x *big.Int) int {
	s := 0
	for _, r := range x.String() {
		s += int(r - '0')
	}
	return s
}

// compound returns principal * (1 + rate/periods)^(periods*years) as an exact rational.
func compound(principal, rate string, periods, years int) *big.Rat {
	p, _ := new(big.Rat).SetString(principal)
	r, _ := new(big.Rat).SetString(rate)
	step := new(big.Rat).Quo(r, big.NewRat(int64(periods), 1))
	step.Add(step, big.NewRat(1, 1))
	acc := new(big.Rat).Set(p)
	for i := 0; i < periods*years; i++ {
		acc.Mul(acc, step)
	}
	return acc
}

func groupDigits(s string) string {
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

func main() {
	fmt.Println("Factorials:")
	for _, n := range []int64{10, 20, 25, 30} {
		f := factorial(n)
		fmt.Printf("  %2d! = %s (%d digits, digit sum %d)\n", n, groupDigits(f.String()), len(f.String()), digitSum(f))
	}

	fmt.Println("\nFibonacci:")
	for _, n := range []int{10, 50, 93, 94, 150} {
		f := fib(n)
		fits := "fits uint64"
		if !f.IsUint64() {
			fits = "overflows uint64"
		}
		fmt.Printf("  F(%3d) = %-32s %s, bitlen %d\n", n, f, fits, f.BitLen())
	}

	fmt.Println("\nBinomial coefficients:")
	for _, nk := range [][2]int64{{10, 3}, {52, 5}, {100, 50}} {
		c := new(big.Int).Binomial(nk[0], nk[1])
		fmt.Printf("  C(%d,%d) = %s\n", nk[0], nk[1], c)
	}

	fmt.Println("\nModular arithmetic:")
	base, exp, mod := big.NewInt(7), big.NewInt(560), big.NewInt(561)
	fmt.Printf("  7^560 mod 561 = %s (561 is a Carmichael number)\n", new(big.Int).Exp(base, exp, mod))
	fmt.Printf("  561 probably prime? %v\n", big.NewInt(561).ProbablyPrime(20))
	m61 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 61), big.NewInt(1))
	fmt.Printf("  2^61-1 = %s prime? %v\n", m61, m61.ProbablyPrime(20))
	g := new(big.Int).GCD(nil, nil, factorial(20), fib(60))
	fmt.Printf("  gcd(20!, F(60)) = %s\n", g)

	fmt.Println("\nCompound interest on 10000.00 at 5% for 10 years:")
	for _, periods := range []int{1, 4, 12, 365} {
		v := compound("10000", "0.05", periods, 10)
		fmt.Printf("  periods/yr %3d -> %s\n", periods, v.FloatString(6))
	}

	fmt.Println("\nRational vs float:")
	third := big.NewRat(1, 3)
	sum := new(big.Rat)
	fsum := 0.0
	for i := 0; i < 30; i++ {
		sum.Add(sum, third)
		fsum += 1.0 / 3.0
	}
	fmt.Printf("  30 * 1/3 exact = %s, float64 = %.17g\n", sum.RatString(), fsum)
	tenth, _ := new(big.Rat).SetString("0.1")
	pt := new(big.Rat).Add(tenth, big.NewRat(2, 10))
	fmt.Printf("  0.1+0.2 exact = %s (%s), float64 = %.17g\n", pt.RatString(), pt.FloatString(3), 0.1+0.2)

	fmt.Println("\nBig floats:")
	two := new(big.Float).SetPrec(200).SetInt64(2)
	sqrt2 := new(big.Float).SetPrec(200).Sqrt(two)
	fmt.Printf("  sqrt(2) = %.50f\n", sqrt2)
	hexv, _ := new(big.Int).SetString("deadbeefcafebabe1234567890", 16)
	fmt.Printf("  0x%x = %s = %o octal\n", hexv, hexv, hexv)
}
