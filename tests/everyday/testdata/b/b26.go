package main

import (
	"fmt"
	"sort"
	"strings"
)

type Factorization map[uint64]int

func (f Factorization) primes() []uint64 {
	ps := make([]uint64, 0, len(f))
	for p := range f {
		ps = append(ps, p)
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i] < ps[j] })
	return ps
}

func (f Factorization) String() string {
	var parts []string
	for _, p := range f.primes() {
		if e := f[p]; e > 1 {
			parts = append(parts, fmt.Sprintf("%d^%d", p, e))
		} else {
			parts = append(parts, fmt.Sprint(p))
		}
	}
	return strings.Join(parts, " * ")
}

func (f Factorization) Totient() uint64 {
	phi := uint64(1)
	for p, e := range f {
		phi *= p - 1
		for i := 1; i < e; i++ {
			phi *= p
		}
	}
	return phi
}

func (f Factorization) NumDivisors() int {
	n := 1
	for _, e := range f {
		n *= e + 1
	}
	return n
}

func (f Factorization) SumDivisors() uint64 {
	s := uint64(1)
	for p, e := range f {
		term, pk := uint64(1), uint64(1)
		for i := 0; i < e; i++ {
			pk *= p
			term += pk
		}
		s *= term
	}
	return s
}

func Factor(n uint64) Factorization {
	f := Factorization{}
	for p := uint64(2); p*p <= n; p++ {
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

func Sieve(limit int) []int {
	composite := make([]bool, limit+1)
	var primes []int
	for i := 2; i <= limit; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= limit; j += i {
			composite[j] = true
		}
	}
	return primes
}

func PowMod(base, exp, mod uint64) uint64 {
	result := uint64(1)
	base %= mod
	for exp > 0 {
		if exp&1 == 1 {
			result = result * base % mod
		}
		base = base * base % mod
		exp >>= 1
	}
	return result
}

func gcd(a, b uint64) uint64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func main() {
	primes := Sieve(1000)
	fmt.Printf("%d primes below 1000; last five: %v\n", len(primes), primes[len(primes)-5:])
	gaps := map[int]int{}
	for i := 1; i < len(primes); i++ {
		gaps[primes[i]-primes[i-1]]++
	}
	keys := make([]int, 0, len(gaps))
	for g := range gaps {
		keys = append(keys, g)
	}
	sort.Ints(keys)
	fmt.Print("prime gap counts:")
	for _, g := range keys {
		fmt.Printf(" %d:%d", g, gaps[g])
	}
	fmt.Println()

	fmt.Printf("\n%12s  %-26s %10s %5s %12s %s\n", "n", "factorization", "phi", "d(n)", "sigma", "class")
	for _, n := range []uint64{12, 28, 97, 360, 496, 1001, 8128, 65536, 999999, 600851475143} {
		f := Factor(n)
		sigma := f.SumDivisors()
		class := "deficient"
		switch {
		case sigma-n == n:
			class = "perfect"
		case sigma-n > n:
			class = "abundant"
		}
		fmt.Printf("%12d  %-26v %10d %5d %12d %s\n", n, f, f.Totient(), f.NumDivisors(), sigma, class)
	}

	fmt.Println("\nFermat test a^(n-1) mod n with a=2:")
	for _, n := range []uint64{341, 561, 563, 1105, 1109, 2047} {
		r := PowMod(2, n-1, n)
		isPrime := len(Factor(n)) == 1 && Factor(n)[n] == 1
		note := ""
		if r == 1 && !isPrime {
			note = "   <- pseudoprime!"
		}
		fmt.Printf("  n=%4d  2^(n-1) mod n = %4d  prime=%v%s\n", n, r, isPrime, note)
	}

	fmt.Println("\nRSA toy example:")
	p, q := uint64(61), uint64(53)
	n := p * q
	phi := (p - 1) * (q - 1)
	e := uint64(17)
	var d uint64
	for k := uint64(1); ; k++ {
		if (k*phi+1)%e == 0 {
			d = (k*phi + 1) / e
			break
		}
	}
	fmt.Printf("  n=%d phi=%d e=%d d=%d gcd(e,phi)=%d\n", n, phi, e, d, gcd(e, phi))
	for _, m := range []uint64{65, 123, 2021} {
		c := PowMod(m, e, n)
		fmt.Printf("  m=%4d -> c=%4d -> m'=%4d\n", m, c, PowMod(c, d, n))
	}
}
