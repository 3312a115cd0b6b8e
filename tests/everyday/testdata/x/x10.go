package main

import (
	"fmt"
	"math/big"
	"strings"
)

func factorial(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func fib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for range n {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func binom(n, k int64) *big.Int {
	return new(big.Int).Binomial(n, k)
}

func digitSum(x *big.Int) int {
	s := 0
	for _, c := range x.String() {
		s += int(c - '0')
	}
	return s
}

func main() {
	for _, n := range []int64{0, 1, 5, 10, 20, 25, 52} {
		fmt.Printf("%2d! = %v\n", n, factorial(n))
	}
	f100 := factorial(100)
	s := f100.String()
	fmt.Println("100! has", len(s), "digits, digit sum", digitSum(f100))
	fmt.Println("trailing zeros:", len(s)-len(strings.TrimRight(s, "0")))

	for _, n := range []int{10, 50, 100, 200} {
		fmt.Printf("fib(%d) = %s\n", n, fib(n))
	}
	fmt.Println("C(52,5) =", binom(52, 5), "C(100,50) =", binom(100, 50))

	two := big.NewInt(2)
	m := new(big.Int).Exp(two, big.NewInt(127), nil)
	m.Sub(m, big.NewInt(1))
	fmt.Println("2^127-1 =", m, "prime?", m.ProbablyPrime(20))
	fmt.Printf("hex: %x\n", m)
	fmt.Println("bitlen:", m.BitLen())

	q, r := new(big.Int).QuoRem(f100, fib(100), new(big.Int))
	fmt.Println("100!/fib(100) digits:", len(q.String()), "rem:", r)

	g := new(big.Int).GCD(nil, nil, factorial(30), fib(60))
	fmt.Println("gcd(30!, fib(60)) =", g)

	modexp := new(big.Int).Exp(big.NewInt(3), big.NewInt(1000), big.NewInt(1000007))
	fmt.Println("3^1000 mod 1000007 =", modexp)

	n, ok := new(big.Int).SetString("deadbeefcafebabe1234", 16)
	fmt.Println(n, ok, n.Cmp(m), n.Sign())
	_, ok = new(big.Int).SetString("12x", 10)
	fmt.Println("bad parse ok:", ok)

	rat := new(big.Rat)
	for i := int64(1); i <= 10; i++ {
		rat.Add(rat, big.NewRat(1, i))
	}
	fmt.Println("H(10) =", rat, "≈", rat.FloatString(8))

	neg := big.NewInt(-17)
	fmt.Println(new(big.Int).Div(neg, big.NewInt(5)), new(big.Int).Mod(neg, big.NewInt(5)),
		new(big.Int).Quo(neg, big.NewInt(5)), new(big.Int).Rem(neg, big.NewInt(5)))
}
