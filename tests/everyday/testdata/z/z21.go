package main

import (
	"fmt"
	"math/big"
	"strings"
)

func Sieve(n int) []int {
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

func Factorize(n int) map[int]int {
	f := map[int]int{}
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			f[p]++
			n /= p
		}
	}
	if n > 1 {
		f[n]++
	}
	return f
}

func BigFib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for range n {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func Factorial(n int64) *big.Int {
	return new(big.Int).MulRange(1, n)
}

func digitSum(x *big.Int) int {
	s := 0
	for _, c := range x.String() {
		s += int(c - '0')
	}
	return s
}

func main() {
	primes := Sieve(100)
	fmt.Println(len(primes), primes)
	twins := [][2]int{}
	for i := 1; i < len(primes); i++ {
		if primes[i]-primes[i-1] == 2 {
			twins = append(twins, [2]int{primes[i-1], primes[i]})
		}
	}
	fmt.Println("twins:", twins)
	for _, n := range []int{360, 97, 1001, 65536, 999999} {
		fmt.Printf("%d = %v\n", n, Factorize(n))
	}
	for _, n := range []int{10, 50, 93, 100, 300} {
		f := BigFib(n)
		fmt.Printf("fib(%d) = %s (digits=%d, bits=%d)\n", n, f, len(f.String()), f.BitLen())
	}
	f100 := Factorial(100)
	s := f100.String()
	fmt.Printf("100! has %d digits, trailing zeros=%d, digit sum=%d\n", len(s), len(s)-len(strings.TrimRight(s, "0")), digitSum(f100))
	fmt.Println("prefix:", s[:20])

	two := big.NewInt(2)
	mersenne := new(big.Int).Sub(new(big.Int).Exp(two, big.NewInt(127), nil), big.NewInt(1))
	fmt.Println("2^127-1 =", mersenne, "prime?", mersenne.ProbablyPrime(20))
	q, r := new(big.Int).QuoRem(mersenne, big.NewInt(1_000_000_007), new(big.Int))
	fmt.Println("quo/rem:", q, r)
	g := new(big.Int).GCD(nil, nil, BigFib(60), BigFib(45))
	fmt.Println("gcd(fib60, fib45) =", g, "fib15 =", BigFib(15))
	rat := big.NewRat(1, 3)
	rat.Add(rat, big.NewRat(1, 6))
	fmt.Println("1/3+1/6 =", rat, rat.FloatString(5))
	fmt.Printf("%x %v\n", big.NewInt(255), big.NewInt(-42).Cmp(big.NewInt(0)))
}
