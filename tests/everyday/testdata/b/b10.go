package main

import (
	"fmt"
	"math/big"
	"strings"
)

var factCache = []*big.Int{big.NewInt(1)}

// Factorial returns n! using a memoized table.
func Factorial(n int) *big.Int {
	for len(factCache) <= n {
		k := len(factCache)
		next := new(big.Int).Mul(factCache[k-1], big.NewInt(int64(k)))
		factCache = append(factCache, next)
	}
	return factCache[n]
}

func Binomial(n, k int64) *big.Int {
	return new(big.Int).Binomial(n, k)
}

func digitSum(x *big.Int) int {
	s := 0
	for _, c := range x.String() {
		s += int(c - '0')
	}
	return s
}

func trailingZeros(x *big.Int) int {
	str := x.String()
	return len(str) - len(strings.TrimRight(str, "0"))
}

func abbreviate(s string, keep int) string {
	if len(s) <= 2*keep+3 {
		return s
	}
	return s[:keep] + "..." + s[len(s)-keep:]
}

func catalan(n int64) *big.Int {
	c := Binomial(2*n, n)
	return c.Div(c, big.NewInt(n+1))
}

func fibonacci(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < n; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func main() {
	fmt.Println("Factorials:")
	for _, n := range []int{0, 1, 5, 10, 20, 21, 25, 50, 100} {
		f := Factorial(n)
		fmt.Printf("  %3d! = %-40s digits=%3d zeros=%2d digitsum=%d\n",
			n, abbreviate(f.String(), 16), len(f.String()), trailingZeros(f), digitSum(f))
	}
	fmt.Printf("  20! fits in int64: %v, 21! fits: %v\n", Factorial(20).IsInt64(), Factorial(21).IsInt64())

	fmt.Println("\nPascal's triangle rows 0..10:")
	for n := int64(0); n <= 10; n++ {
		var parts []string
		for k := int64(0); k <= n; k++ {
			parts = append(parts, Binomial(n, k).String())
		}
		row := strings.Join(parts, " ")
		pad := (60 - len(row)) / 2
		fmt.Printf("%s%s\n", strings.Repeat(" ", pad), row)
	}

	fmt.Println("\nLarge binomials:")
	for _, nk := range [][2]int64{{52, 5}, {100, 50}, {200, 100}} {
		b := Binomial(nk[0], nk[1])
		fmt.Printf("  C(%d,%d) = %s (%d bits)\n", nk[0], nk[1], abbreviate(b.String(), 12), b.BitLen())
	}

	fmt.Println("\nCatalan numbers:")
	var cs []string
	for n := int64(0); n <= 15; n++ {
		cs = append(cs, catalan(n).String())
	}
	fmt.Println(" ", strings.Join(cs, ", "))

	fmt.Println("\nFibonacci checks:")
	f100 := fibonacci(100)
	fmt.Println("  F(100) =", f100)
	g := new(big.Int).GCD(nil, nil, fibonacci(60), fibonacci(45))
	fmt.Println("  gcd(F60, F45) =", g, "= F(15) =", fibonacci(15))
	for _, n := range []int{43, 47, 83, 97} {
		fmt.Printf("  F(%d) = %s prime=%v\n", n, fibonacci(n), fibonacci(n).ProbablyPrime(20))
	}

	// Wilson's theorem: (p-1)! = -1 mod p for primes
	fmt.Println("\nWilson's theorem (n-1)! mod n:")
	for n := 2; n <= 16; n++ {
		r := new(big.Int).Mod(Factorial(n-1), big.NewInt(int64(n)))
		isPrime := big.NewInt(int64(n)).ProbablyPrime(10)
		fmt.Printf("  n=%2d  (n-1)! mod n = %2s  prime=%v\n", n, r, isPrime)
	}

	// 2^1000 digit sum
	p := new(big.Int).Exp(big.NewInt(2), big.NewInt(1000), nil)
	fmt.Printf("\n2^1000 has %d digits, digit sum %d\n", len(p.String()), digitSum(p))
}
