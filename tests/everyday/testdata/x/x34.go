package main

import (
	"fmt"
	"math"
)

const Big = 1 << 100
const Small = Big >> 98
const Pi2 = math.Pi * 2
const typedF float32 = 1.0 / 3.0
const untypedF = 1.0 / 3.0
const IntDiv = 7 / 2
const FloatDiv = 7 / 2.0

type Celsius float64
type ID uint16

const Boiling Celsius = 100

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func isPow2(x uint) bool { return x != 0 && x&(x-1) == 0 }

func nextPow2(x uint32) uint32 {
	x--
	x |= x >> 1
	x |= x >> 2
	x |= x >> 4
	x |= x >> 8
	x |= x >> 16
	return x + 1
}

func main() {
	fmt.Println(Small, IntDiv, FloatDiv, Big/Big, float64(Big))
	fmt.Println(typedF, untypedF, float32(untypedF) == typedF, Pi2)
	fmt.Printf("%T %T %T %v\n", Boiling, Boiling*2, IntDiv, Boiling/3)

	var i8 int8 = 127
	i8++
	fmt.Println("int8 wrap:", i8, -i8, i8-1)
	var u8 uint8 = 0
	u8--
	fmt.Println("uint8 wrap:", u8, u8+10)
	var u16 ID = 65535
	u16 += 2
	fmt.Println("uint16 wrap:", u16)
	var i32 int32 = math.MaxInt32
	i32 += 1
	fmt.Println("int32 wrap:", i32, math.MinInt32 == i32)
	var i64 int64 = math.MaxInt64
	i64++
	fmt.Println("int64 wrap:", i64)
	m := int8(-128)
	fmt.Println("neg min:", -m, m/-1, m*-1)

	x := 300
	fmt.Println("truncations:", uint8(x), int8(x), int8(200-x), uint16(-1*x))
	f := 3.99
	fmt.Println("float->int:", int(f), int(-f), int64(1e18), uint32(f*1000))

	fmt.Println("shifts:", 1<<3, -16>>2, uint8(1)<<7, u8<<1, int8(-1)>>5)
	var sh uint = 70
	fmt.Println("big shift:", uint64(1)<<sh, int64(-1)>>sh)

	a, b := 0b1100_1010, 0o17
	fmt.Println(a&b, a|b, a^b, a&^b, ^a, 0x_FF_FF)
	fmt.Printf("%b %o %x %X %#o %#b\n", a, a, a, a, b, b)
	for _, v := range []uint64{0, 1, 0xFF, 0xDEADBEEF, math.MaxUint64} {
		fmt.Print(popcount(v), " ")
	}
	fmt.Println()
	for _, v := range []uint{0, 1, 6, 64, 1000, 1024} {
		fmt.Print(isPow2(v), " ")
	}
	fmt.Println()
	fmt.Println(nextPow2(5), nextPow2(64), nextPow2(1000), nextPow2(1))

	// swap without temp; flags as bitsets
	p, q := 12, 34
	p ^= q
	q ^= p
	p ^= q
	fmt.Println(p, q)
	var flags uint32
	for _, bit := range []int{1, 3, 5, 31} {
		flags |= 1 << bit
	}
	flags &^= 1 << 3
	fmt.Printf("%032b %d %v\n", flags, flags, flags&(1<<5) != 0)
	fmt.Println(-7/2, -7%2, 7%-2, -7>>1, math.MaxInt8+1, math.MaxUint32)
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN() == math.NaN(), math.IsNaN(math.Sqrt(-1)))
	var zero float64
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero, math.Float64bits(-0.0), math.Copysign(0, -1))
}
