// Fibonacci numbers with math/big: iterative, fast doubling, and identities.
package main

import (
	"fmt"
	"math/big"
)

func fibIter(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for range n {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

// fibPair returns F(n), F(n+1) using the fast-doubling identities:
// F(2k) = F(k) * (2F(k+1) - F(k)),  F(2k+1) = F(k)^2 + F(k+1)^2
func fibPair(n uint) (*big.Int, *big.Int) {
	if n == 0 {
		return big.NewInt(0), big.NewInt(1)
	}
	a, b := fibPair(n / 2)
	t := new(big.Int).Lsh(b, 1)
	t.Sub(t, a)
	c := new(big.Int).Mul(a, t)
	d := new(big.Int).Mul(a, a)
	d.Add(d, new(big.Int).Mul(b, b))
	if n%2 == 0 {
		return c, d
	}
	return d, c.Add(c, d)
}

func fib(n uint) *big.Int {
	f, _ := fibPair(n)
	return f
}

func pisanoPeriod(m int) int {
	a, b := 0, 1
	for i := 1; ; i++ {
		a, b = b, (a+b)%m
		if a == 0 && b == 1 {
			return i
		}
	}
}

func main() {
	fmt.Print("F(0..20):")
	for i := range 21 {
		fmt.Print(" ", fibIter(i))
	}
	fmt.Println()

	for _, n := range []uint{50, 100, 300} {
		it, fd := fibIter(int(n)), fib(n)
		fmt.Printf("F(%d) = %s  (methods agree: %v)\n", n, fd, it.Cmp(fd) == 0)
	}
	big10k := fib(10000)
	s := big10k.String()
	fmt.Printf("F(10000) has %d digits: %s...%s\n", len(s), s[:10], s[len(s)-10:])

	// Cassini's identity: F(n-1)F(n+1) - F(n)^2 = (-1)^n
	for _, n := range []uint{10, 11, 500} {
		l := new(big.Int).Mul(fib(n-1), fib(n+1))
		r := new(big.Int).Mul(fib(n), fib(n))
		fmt.Printf("Cassini n=%d: %s\n", n, l.Sub(l, r))
	}

	// gcd(F(m), F(n)) = F(gcd(m, n))
	m, n := uint(120), uint(84)
	g := new(big.Int).GCD(nil, nil, fib(m), fib(n))
	fmt.Printf("gcd(F(120), F(84)) = %s = F(12)? %v\n", g, g.Cmp(fib(12)) == 0)

	// Ratio converges to the golden ratio.
	phi := new(big.Float).SetPrec(200).Quo(
		new(big.Float).SetPrec(200).SetInt(fib(201)),
		new(big.Float).SetPrec(200).SetInt(fib(200)))
	fmt.Println("F(201)/F(200) =", phi.Text('f', 40))
	sqrt5 := new(big.Float).SetPrec(200).Sqrt(big.NewFloat(5).SetPrec(200))
	golden := new(big.Float).SetPrec(200).Add(sqrt5, big.NewFloat(1))
	golden.Quo(golden, big.NewFloat(2))
	fmt.Println("(1+sqrt5)/2    =", golden.Text('f', 40))

	fmt.Print("Pisano periods:")
	for _, mod := range []int{2, 3, 5, 7, 10, 100, 1000} {
		fmt.Printf(" π(%d)=%d", mod, pisanoPeriod(mod))
	}
	fmt.Println()

	// First Fibonacci number with 1000 digits (Project Euler 25).
	a, b := big.NewInt(1), big.NewInt(1)
	idx := 2
	limit := new(big.Int).Exp(big.NewInt(10), big.NewInt(999), nil)
	for b.Cmp(limit) < 0 {
		a.Add(a, b)
		a, b = b, a
		idx++
	}
	fmt.Println("first 1000-digit Fibonacci index:", idx)
}
