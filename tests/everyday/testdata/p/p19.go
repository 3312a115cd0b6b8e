// Bit manipulation with math/bits: popcount, rotations, subsets, Gray codes, tricks.
package main

import (
	"fmt"
	"math/bits"
	"strings"
)

func subsetsOf(mask uint) []uint {
	var out []uint
	for s := mask; ; s = (s - 1) & mask {
		out = append(out, s)
		if s == 0 {
			break
		}
	}
	return out
}

func nextSameOnes(x uint32) uint32 {
	// Gosper's hack: next larger integer with the same popcount.
	c := x & -x
	r := x + c
	return (((r ^ x) >> 2) / c) | r
}

func grayCode(n uint) uint { return n ^ (n >> 1) }
func fromGray(g uint) uint {
	n := g
	for shift := uint(1); shift < 64; shift <<= 1 {
		n ^= n >> shift
	}
	return n
}

func isPow2(x uint64) bool { return x != 0 && x&(x-1) == 0 }

func nextPow2(x uint64) uint64 {
	if x <= 1 {
		return 1
	}
	return 1 << bits.Len64(x-1)
}

func main() {
	vals := []uint32{0, 1, 6, 255, 0x80000000, 0xDEADBEEF}
	fmt.Println("     value  pop  lz  tz  len    reversed")
	for _, v := range vals {
		fmt.Printf("0x%08x  %3d %3d %3d  %3d  0x%08x\n", v, bits.OnesCount32(v),
			bits.LeadingZeros32(v), bits.TrailingZeros32(v), bits.Len32(v), bits.Reverse32(v))
	}

	var b uint8 = 0b1001_0110
	fmt.Printf("rotate %08b: left3=%08b right3=%08b bswap16(0x1234)=%#04x\n",
		b, bits.RotateLeft8(b, 3), bits.RotateLeft8(b, -3), bits.ReverseBytes16(0x1234))

	hi, lo := bits.Mul64(0xFFFFFFFFFFFFFFFF, 3)
	sum, carry := bits.Add64(0xFFFFFFFFFFFFFFFF, 1, 0)
	q, r := bits.Div64(1, 0, 7)
	fmt.Printf("mul64: hi=%d lo=%#x | add64: sum=%d carry=%d | 2^64/7 = %d rem %d\n", hi, lo, sum, carry, q, r)

	fmt.Println("subsets of 0b1011:")
	var parts []string
	for _, s := range subsetsOf(0b1011) {
		parts = append(parts, fmt.Sprintf("%04b", s))
	}
	fmt.Println("  ", strings.Join(parts, " "))

	fmt.Print("3-of-6 combos:")
	for x, n := uint32(0b111), 0; x < 1<<6; x, n = nextSameOnes(x), n+1 {
		if n%10 == 0 {
			fmt.Print("\n  ")
		}
		fmt.Printf("%06b ", x)
	}
	fmt.Println()

	fmt.Println("gray codes:")
	for i := range uint(8) {
		g := grayCode(i)
		diff := bits.OnesCount(g ^ grayCode((i+7)%8))
		fmt.Printf("  %d -> %03b (back %d, differs from prev by %d bit)\n", i, g, fromGray(g), diff)
	}

	for _, x := range []uint64{0, 1, 17, 64, 1000, 1 << 40} {
		fmt.Printf("x=%-14d pow2=%-5v next=%d\n", x, isPow2(x), nextPow2(x))
	}

	// Bitset sieve of primes below 200 using []uint64.
	const N = 200
	composite := make([]uint64, (N+63)/64)
	for i := 2; i*i < N; i++ {
		if composite[i/64]&(1<<(i%64)) == 0 {
			for j := i * i; j < N; j += i {
				composite[j/64] |= 1 << (j % 64)
			}
		}
	}
	primes := 0
	for i := 2; i < N; i++ {
		if composite[i/64]&(1<<(i%64)) == 0 {
			primes++
		}
	}
	set := 0
	for _, w := range composite {
		set += bits.OnesCount64(w)
	}
	fmt.Println("primes below 200:", primes, "composite bits set:", set)
}
