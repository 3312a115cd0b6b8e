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

func digitSum(x *big.Int) int {
	s := 0
	for _, c := range x.String() {
		s += int(c - '0')
	}
	return s
}

func harmonic(n int) *big.Rat {
	sum := new(big.Rat)
	for k := 1; k <= n; k++ {
		sum.Add(sum, big.NewRat(1, int64(k)))
	}
	return sum
}

func main() {
	f50 := factorial(50)
	fmt.Println("50! =", f50)
	fmt.Println("digits:", len(f50.String()), "digit sum:", digitSum(f50))
	trailing := strings.TrimRight(f50.String(), "0")
	fmt.Println("trailing zeros:", len(f50.String())-len(trailing))

	fmt.Println("fib(100) =", fib(100))
	fmt.Println("fib(200) =", fib(200))

	two := big.NewInt(2)
	p := new(big.Int).Exp(two, big.NewInt(127), nil)
	m127 := new(big.Int).Sub(p, big.NewInt(1))
	fmt.Println("2^127-1 =", m127, "prime?", m127.ProbablyPrime(20))
	for _, e := range []int64{11, 13, 23, 31} {
		m := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(e)), big.NewInt(1))
		fmt.Printf("M%d=%v prime=%v\n", e, m, m.ProbablyPrime(10))
	}

	a, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	b, _ := new(big.Int).SetString("987654321098765432109876543210", 10)
	fmt.Println("a*b =", new(big.Int).Mul(a, b))
	q, r := new(big.Int).QuoRem(b, a, new(big.Int))
	fmt.Println("b/a =", q, "rem", r)
	fmt.Println("gcd =", new(big.Int).GCD(nil, nil, a, b))
	fmt.Println("cmp:", a.Cmp(b), b.Cmp(a), a.Cmp(a), "sign:", new(big.Int).Neg(a).Sign())
	fmt.Printf("hex: %x\n", a)
	fmt.Println("modexp:", new(big.Int).Exp(big.NewInt(7), big.NewInt(560), big.NewInt(561)))

	h := harmonic(20)
	fmt.Println("H(20) =", h, "≈", h.FloatString(12))
	x := big.NewRat(3, 4)
	y := big.NewRat(-5, 6)
	fmt.Println(new(big.Rat).Add(x, y), new(big.Rat).Mul(x, y), new(big.Rat).Quo(x, y))

	sqrt2 := new(big.Float).SetPrec(200).SetInt64(2)
	sqrt2.Sqrt(sqrt2)
	fmt.Println("sqrt2 =", sqrt2.Text('f', 50))
	ff, acc := sqrt2.Float64()
	fmt.Println(ff, acc)

	comb := new(big.Int).Binomial(100, 50)
	fmt.Println("C(100,50) =", comb, "bits:", comb.BitLen())
}
