package main

import (
	"fmt"
	"math"
	"math/big"
)

// Sieve of Eratosthenes, prime gaps, twin primes and big Fibonacci numbers.

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func fib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for range n {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func main() {
	primes := sieve(10000)
	fmt.Printf("primes <= 10000: %d\n", len(primes))
	fmt.Println("first 25:", primes[:25])
	fmt.Println("last 5:  ", primes[len(primes)-5:])

	gaps := map[int]int{}
	maxGap, at := 0, 0
	twins := 0
	for i := 1; i < len(primes); i++ {
		g := primes[i] - primes[i-1]
		gaps[g]++
		if g > maxGap {
			maxGap, at = g, primes[i-1]
		}
		if g == 2 {
			twins++
		}
	}
	fmt.Printf("max gap %d after %d, twin pairs %d\n", maxGap, at, twins)
	fmt.Println("gap counts:", gaps)

	fmt.Println("\npi(x) vs x/ln x:")
	for _, x := range []int{10, 100, 1000, 10000} {
		cnt := 0
		for _, p := range primes {
			if p <= x {
				cnt++
			}
		}
		approx := float64(x) / math.Log(float64(x))
		fmt.Printf("  x=%5d pi=%4d x/ln(x)=%8.2f ratio=%.4f\n", x, cnt, approx, float64(cnt)/approx)
	}

	fmt.Println("\nFibonacci with math/big:")
	for _, n := range []int{10, 50, 93, 94, 100, 200} {
		f := fib(n)
		fmt.Printf("  F(%3d) = %s (%d digits)\n", n, f.String(), len(f.String()))
	}
	f300 := fib(300)
	digitSum := 0
	for _, c := range f300.String() {
		digitSum += int(c - '0')
	}
	fmt.Printf("  F(300) digit sum = %d, bits = %d\n", digitSum, f300.BitLen())

	// gcd identity gcd(F(m), F(n)) = F(gcd(m, n))
	g := new(big.Int).GCD(nil, nil, fib(84), fib(60))
	fmt.Printf("  gcd(F84, F60) = %v, F(12) = %v\n", g, fib(12))

	// Mersenne prime check with ProbablyPrime
	fmt.Print("\nMersenne primes 2^p-1 for p < 130:")
	for _, p := range primes {
		if p >= 130 {
			break
		}
		m := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(p)), big.NewInt(1))
		if m.ProbablyPrime(20) {
			fmt.Printf(" %d", p)
		}
	}
	fmt.Println()
}
