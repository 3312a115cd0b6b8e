// Big factorials and binomial coefficients with math/big; digit sums and trailing zeros.
package main

import (
	"fmt"
	"math/big"
	"strings"
)

func factorial(n int64) *big.Int {
	return new(big.Int).MulRange(1, n)
}

func trailingZeros(n int64) int64 {
	var z int64
	for p := int64(5); p <= n; p *= 5 {
		z += n / p
	}
	return z
}

func digitSum(x *big.Int) int {
	s := 0
	for _, c := range x.String() {
		s += int(c - '0')
	}
	return s
}

// catalan computes C(2n, n)/(n+1).
func catalan(n int64) *big.Int {
	c := new(big.Int).Binomial(2*n, n)
	return c.Quo(c, big.NewInt(n+1))
}

func pascalRow(n int) []*big.Int {
	row := make([]*big.Int, n+1)
	for k := range row {
		row[k] = new(big.Int).Binomial(int64(n), int64(k))
	}
	return row
}

func abbreviate(s string, keep int) string {
	if len(s) <= 2*keep+3 {
		return s
	}
	return s[:keep] + "..." + s[len(s)-keep:]
}

func main() {
	for _, n := range []int64{0, 1, 5, 10, 20, 25, 50} {
		fmt.Printf("%2d! = %s\n", n, factorial(n))
	}
	f100 := factorial(100)
	s := f100.String()
	fmt.Printf("100! has %d digits, digit sum %d, trailing zeros %d (formula %d)\n",
		len(s), digitSum(f100), len(s)-len(strings.TrimRight(s, "0")), trailingZeros(100))
	f1000 := factorial(1000)
	fmt.Printf("1000! = %s (%d digits, bitlen %d)\n",
		abbreviate(f1000.String(), 12), len(f1000.String()), f1000.BitLen())
	fmt.Println("trailing zeros of 1000!:", trailingZeros(1000))

	// Exact division check: n! / (k! (n-k)!) == Binomial(n, k)
	n, k := int64(60), int64(23)
	viaFact := new(big.Int).Div(factorial(n), new(big.Int).Mul(factorial(k), factorial(n-k)))
	direct := new(big.Int).Binomial(n, k)
	fmt.Printf("C(60,23) = %s, factorial route agrees: %v\n", direct, viaFact.Cmp(direct) == 0)

	fmt.Print("Catalan numbers:")
	for i := int64(0); i <= 15; i++ {
		fmt.Print(" ", catalan(i))
	}
	fmt.Println()
	fmt.Println("Catalan(100) =", catalan(100))

	fmt.Println("Pascal row 30 (middle five):")
	row := pascalRow(30)
	for _, v := range row[13:18] {
		fmt.Println("  ", v)
	}
	sum := new(big.Int)
	for _, v := range row {
		sum.Add(sum, v)
	}
	fmt.Println("row sum == 2^30:", sum.Cmp(new(big.Int).Lsh(big.NewInt(1), 30)) == 0)

	// Wilson's theorem: (p-1)! ≡ -1 (mod p) iff p is prime.
	var primes []int64
	for p := int64(2); p < 60; p++ {
		r := new(big.Int).Mod(factorial(p-1), big.NewInt(p))
		if r.Int64() == p-1 {
			primes = append(primes, p)
		}
	}
	fmt.Println("Wilson primes < 60:", primes)
}
