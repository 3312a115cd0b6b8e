package main

import (
	"fmt"
	"math/bits"
)

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverseBits8(b uint8) uint8 {
	var r uint8
	for i := 0; i < 8; i++ {
		r = r<<1 | b&1
		b >>= 1
	}
	return r
}

type BitSet []uint64

func (s *BitSet) Set(i int) {
	for len(*s) <= i/64 {
		*s = append(*s, 0)
	}
	(*s)[i/64] |= 1 << (i % 64)
}

func (s BitSet) Has(i int) bool {
	return i/64 < len(s) && s[i/64]&(1<<(i%64)) != 0
}

func main() {
	x := uint8(0b1011_0110)
	fmt.Printf("%08b %08b %08b\n", x, x<<2, x>>3)
	fmt.Printf("%08b %08b\n", x&0x0F, x|0x01)
	fmt.Printf("%08b %08b\n", x^0xFF, x&^0b0110)
	fmt.Printf("%08b\n", reverseBits8(x))
	fmt.Println(popcount(0xFFFF), bits.OnesCount64(0xF0F0), bits.LeadingZeros32(1))
	fmt.Println(bits.TrailingZeros(8), bits.Len(255))

	var i8 int8 = 127
	i8++
	fmt.Println("overflow int8:", i8)
	var u8 uint8 = 0
	u8--
	fmt.Println("underflow uint8:", u8)
	fmt.Println(-7/2, -7%2, 7>>1, -7>>1)

	var u32 uint32 = 1
	for s := range 5 {
		fmt.Print(u32<<(s*8), " ")
	}
	fmt.Println()
	fmt.Println(uint32(1)<<31, int32(-1)<<31, uint64(1)<<63)

	var bs BitSet
	for _, n := range []int{1, 5, 64, 130} {
		bs.Set(n)
	}
	fmt.Println(len(bs), bs.Has(5), bs.Has(6), bs.Has(130), bs.Has(1000))
	fmt.Printf("%x %o %X %#x %#o\n", 255, 8, 3054, 255, 8)

	hash := uint32(2166136261)
	for _, c := range []byte("gopher") {
		hash ^= uint32(c)
		hash *= 16777619
	}
	fmt.Printf("fnv: %d %08x\n", hash, hash)
	fmt.Println(bits.RotateLeft8(x, 3), bits.Reverse8(x) == reverseBits8(x))
}
