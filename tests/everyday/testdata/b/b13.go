package main

import (
	"fmt"
	"math/bits"
	"strings"
)

// BitSet is a fixed-size set of small non-negative integers.
type BitSet []uint64

func NewBitSet(n int) BitSet { return make(BitSet, (n+63)/64) }

func (b BitSet) Set(i int)      { b[i/64] |= 1 << (uint(i) % 64) }
func (b BitSet) Clear(i int)    { b[i/64] &^= 1 << (uint(i) % 64) }
func (b BitSet) Has(i int) bool { return b[i/64]&(1<<(uint(i)%64)) != 0 }
func (b BitSet) Count() (n int) {
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return n
}

// Members iterates set bits using TrailingZeros.
func (b BitSet) Members() []int {
	var out []int
	for wi, w := range b {
		for w != 0 {
			tz := bits.TrailingZeros64(w)
			out = append(out, wi*64+tz)
			w &= w - 1
		}
	}
	return out
}

func gray(n uint) uint { return n ^ (n >> 1) }
func fromGray(g uint) uint {
	n := g
	for s := uint(1); s < bits.UintSize; s <<= 1 {
		n ^= n >> s
	}
	return n
}

func nextPow2(x uint32) uint32 {
	if x <= 1 {
		return 1
	}
	return 1 << (32 - bits.LeadingZeros32(x-1))
}

// isqrt computes floor(sqrt(x)) with a bit-by-bit method.
func isqrt(x uint64) uint64 {
	if x == 0 {
		return 0
	}
	var r uint64
	bit := uint64(1) << ((bits.Len64(x) - 1) &^ 1)
	for bit != 0 {
		if x >= r+bit {
			x -= r + bit
			r = r>>1 + bit
		} else {
			r >>= 1
		}
		bit >>= 2
	}
	return r
}

func main() {
	vals := []uint32{0, 1, 6, 255, 1000, 65536, 0xDEADBEEF}
	fmt.Printf("%-10s %5s %5s %5s %4s %-10s %s\n", "value", "ones", "lz", "tz", "len", "reverse", "bswap")
	for _, v := range vals {
		fmt.Printf("%-10d %5d %5d %5d %4d %#08x %#08x\n", v,
			bits.OnesCount32(v), bits.LeadingZeros32(v), bits.TrailingZeros32(v),
			bits.Len32(v), bits.Reverse32(v), bits.ReverseBytes32(v))
	}

	fmt.Println("\nRotations of 0b10110001 (8-bit):")
	x := uint8(0b10110001)
	for _, k := range []int{1, 3, -2} {
		fmt.Printf("  rotl %+d: %08b\n", k, bits.RotateLeft8(x, k))
	}

	fmt.Println("\n4-bit Gray code:")
	var row []string
	for i := uint(0); i < 16; i++ {
		g := gray(i)
		if fromGray(g) != i {
			panic("gray roundtrip")
		}
		row = append(row, fmt.Sprintf("%04b", g))
		if len(row) == 8 {
			fmt.Println("  " + strings.Join(row, " "))
			row = row[:0]
		}
	}

	fmt.Println("\nExtended arithmetic:")
	hi, lo := bits.Mul64(0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF)
	fmt.Printf("  max*max = hi %#x lo %#x\n", hi, lo)
	sum, carry := bits.Add64(1<<63, 1<<63, 0)
	fmt.Printf("  2^63+2^63 = sum %d carry %d\n", sum, carry)
	q, r := bits.Div64(1, 0, 10)
	fmt.Printf("  2^64 / 10 = %d rem %d\n", q, r)

	fmt.Println("\nNext power of two / integer sqrt:")
	for _, v := range []uint32{1, 5, 17, 100, 1023, 1025} {
		fmt.Printf("  npot(%4d)=%4d   isqrt(%4d)=%2d\n", v, nextPow2(v), v, isqrt(uint64(v)))
	}
	fmt.Printf("  isqrt(10^18) = %d\n", isqrt(1_000_000_000_000_000_000))

	fmt.Println("\nPrime sieve in a bitset (composites marked):")
	const limit = 100
	comp := NewBitSet(limit + 1)
	comp.Set(0)
	comp.Set(1)
	for i := 2; i*i <= limit; i++ {
		if !comp.Has(i) {
			for j := i * i; j <= limit; j += i {
				comp.Set(j)
			}
		}
	}
	var primes []int
	for i := 0; i <= limit; i++ {
		if !comp.Has(i) {
			primes = append(primes, i)
		}
	}
	fmt.Printf("  %d composites+{0,1}, %d primes\n", comp.Count(), len(primes))
	fmt.Println(" ", primes)
	comp.Clear(100)
	fmt.Println("  last composites:", comp.Members()[comp.Count()-5:])
}
