package main

import (
	"fmt"
	"math/bits"
)

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

// bitset sieve of odd numbers only
type bitset []uint64

func (b bitset) set(i int)      { b[i/64] |= 1 << (uint(i) % 64) }
func (b bitset) has(i int) bool { return b[i/64]&(1<<(uint(i)%64)) != 0 }

func oddSieveCount(n int) int {
	size := n/2 + 1
	bs := make(bitset, size/64+1)
	count := 1 // for 2
	for i := 1; 2*i+1 <= n; i++ {
		if bs.has(i) {
			continue
		}
		count++
		p := 2*i + 1
		for j := p * p; j <= n; j += 2 * p {
			bs.set(j / 2)
		}
	}
	return count
}

func factorize(n int) map[int]int {
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

func main() {
	ps := sieve(100)
	fmt.Println(len(ps), ps)
	for _, n := range []int{1000, 10000, 100000} {
		fmt.Printf("pi(%d) = %d / %d\n", n, len(sieve(n)), oddSieveCount(n))
	}

	twins := 0
	for i := 1; i < len(ps); i++ {
		if ps[i]-ps[i-1] == 2 {
			twins++
			fmt.Printf("(%d,%d) ", ps[i-1], ps[i])
		}
	}
	fmt.Println("\ntwin pairs:", twins)

	for _, n := range []int{360, 97, 1001, 65536, 999999} {
		f := factorize(n)
		fmt.Printf("%d =", n)
		for p := 2; p <= n; p++ {
			if e, ok := f[p]; ok {
				fmt.Printf(" %d^%d", p, e)
			}
		}
		fmt.Println()
	}

	for _, x := range []uint32{0, 1, 6, 255, 1 << 20, 0xF0F0F0F0} {
		fmt.Printf("%#010x: ones=%2d lz=%2d tz=%2d len=%2d rev=%032b\n",
			x, bits.OnesCount32(x), bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.Len32(x), bits.Reverse32(x))
	}
	hi, lo := bits.Mul64(1<<63, 6)
	fmt.Println("mul64:", hi, lo)
	sum, carry := bits.Add64(^uint64(0), 1, 0)
	fmt.Println("add64:", sum, carry, bits.RotateLeft8(0b10010110, 3))
}
