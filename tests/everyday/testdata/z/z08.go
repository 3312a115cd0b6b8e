package main

import (
	"fmt"
	"math/bits"
	"strconv"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	Admin
)

func (p Perm) String() string {
	if p == 0 {
		return "----"
	}
	b := []byte("----")
	for i, c := range "rwxa" {
		if p&(1<<i) != 0 {
			b[i] = byte(c)
		}
	}
	return string(b)
}

func (p Perm) Has(q Perm) bool { return p&q == q }

type BitSet []uint64

func NewBitSet(n int) BitSet { return make(BitSet, (n+63)/64) }

func (b BitSet) Set(i int)       { b[i/64] |= 1 << (i % 64) }
func (b BitSet) Clear(i int)     { b[i/64] &^= 1 << (i % 64) }
func (b BitSet) Test(i int) bool { return b[i/64]&(1<<(i%64)) != 0 }
func (b BitSet) Count() int {
	n := 0
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return n
}

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

func main() {
	var p Perm = Read | Exec
	fmt.Println(p, p.Has(Read), p.Has(Write|Read))
	p |= Write
	p &^= Exec
	fmt.Printf("%v %d %08b %T\n", p, p, p, p)
	fmt.Println(Admin, Read|Write|Exec|Admin, Perm(0))

	for _, x := range []uint32{0, 1, 6, 255, 1024, 0xdeadbeef} {
		fmt.Printf("%10d %#010x ones=%2d lz=%2d tz=%2d len=%2d rev=%08x\n",
			x, x, bits.OnesCount32(x), bits.LeadingZeros32(x), bits.TrailingZeros32(x),
			bits.Len32(x), bits.Reverse32(x))
	}
	fmt.Println(bits.RotateLeft8(0b10010110, 3), bits.ReverseBytes16(0x1234) == 0x3412)
	hi, lo := bits.Mul64(1<<63, 6)
	fmt.Println("mul64:", hi, lo)
	sum, carry := bits.Add64(^uint64(0), 2, 0)
	fmt.Println("add64:", sum, carry)

	bs := NewBitSet(200)
	for i := 0; i < 200; i += 7 {
		bs.Set(i)
	}
	bs.Clear(63)
	bs.Clear(70)
	fmt.Println(bs.Count(), bs.Test(77), bs.Test(70), bs.Members())

	isPow2 := func(n uint) bool { return n != 0 && n&(n-1) == 0 }
	for _, n := range []uint{1, 12, 64, 96, 4096} {
		fmt.Printf("%d pow2=%t next=%d bin=%s\n", n, isPow2(n), 1<<bits.Len(n-1), strconv.FormatUint(uint64(n), 2))
	}
	x := int8(-128)
	fmt.Println(x, -x, x>>1, uint8(x)>>1, ^0x0f&0xff)
}
