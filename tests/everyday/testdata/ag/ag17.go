// ag17: generic bloom filter using FNV hashing with double hashing, plus a counting variant.
package main

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"math"
)

type Hashable interface {
	~string | ~int | ~int64 | ~uint64
}

// keyBytes renders any supported key, including named types, to bytes.
func keyBytes[T Hashable](v T) []byte {
	return fmt.Append(nil, v)
}

type Bloom[T Hashable] struct {
	bits []uint64
	m    uint64
	k    int
	n    int
}

func NewBloom[T Hashable](expected int, fpRate float64) *Bloom[T] {
	m := uint64(math.Ceil(-float64(expected) * math.Log(fpRate) / (math.Ln2 * math.Ln2)))
	k := int(math.Round(float64(m) / float64(expected) * math.Ln2))
	return &Bloom[T]{bits: make([]uint64, (m+63)/64), m: m, k: max(k, 1)}
}

func hashes(b []byte) (uint64, uint64) {
	h1 := fnv.New64a()
	h1.Write(b)
	h2 := fnv.New64()
	h2.Write(b)
	var salt [8]byte
	binary.LittleEndian.PutUint64(salt[:], 0x9e3779b97f4a7c15)
	h2.Write(salt[:])
	return h1.Sum64(), h2.Sum64() | 1
}

func (f *Bloom[T]) positions(v T) []uint64 {
	a, b := hashes(keyBytes(v))
	ps := make([]uint64, f.k)
	for i := range ps {
		ps[i] = (a + uint64(i)*b) % f.m
	}
	return ps
}

func (f *Bloom[T]) Add(v T) {
	for _, p := range f.positions(v) {
		f.bits[p/64] |= 1 << (p % 64)
	}
	f.n++
}

func (f *Bloom[T]) MayContain(v T) bool {
	for _, p := range f.positions(v) {
		if f.bits[p/64]&(1<<(p%64)) == 0 {
			return false
		}
	}
	return true
}

func (f *Bloom[T]) FillRatio() float64 {
	set := 0
	for _, w := range f.bits {
		for ; w != 0; w &= w - 1 {
			set++
		}
	}
	return float64(set) / float64(f.m)
}

type Counting[T Hashable] struct {
	inner  *Bloom[T]
	counts []uint8
}

func NewCounting[T Hashable](expected int, fp float64) *Counting[T] {
	b := NewBloom[T](expected, fp)
	return &Counting[T]{inner: b, counts: make([]uint8, b.m)}
}

func (c *Counting[T]) Add(v T) {
	for _, p := range c.inner.positions(v) {
		c.counts[p]++
	}
}

func (c *Counting[T]) Remove(v T) {
	if !c.Has(v) {
		return
	}
	for _, p := range c.inner.positions(v) {
		c.counts[p]--
	}
}

func (c *Counting[T]) Has(v T) bool {
	for _, p := range c.inner.positions(v) {
		if c.counts[p] == 0 {
			return false
		}
	}
	return true
}

type OrderID int64

func main() {
	f := NewBloom[string](100, 0.01)
	fmt.Printf("bloom m=%d bits k=%d hashes\n", f.m, f.k)
	for i := 0; i < 100; i++ {
		f.Add(fmt.Sprintf("user-%03d@example.com", i))
	}
	for _, q := range []string{"user-000@example.com", "user-042@example.com", "user-099@example.com", "nobody@example.com", "user-100@example.com"} {
		fmt.Printf("%-22s may contain: %v\n", q, f.MayContain(q))
	}
	fp := 0
	for i := 1000; i < 3000; i++ {
		if f.MayContain(fmt.Sprintf("user-%d@example.com", i)) {
			fp++
		}
	}
	fmt.Printf("false positives: %d/2000 (%.2f%%), fill %.3f\n", fp, float64(fp)/20, f.FillRatio())

	seen := NewBloom[OrderID](50, 0.001)
	dup := 0
	for _, id := range []OrderID{1001, 1002, 1003, 1002, 1004, 1001, 1005, 1006, 1003} {
		if seen.MayContain(id) {
			dup++
			fmt.Println("duplicate order skipped:", id)
			continue
		}
		seen.Add(id)
	}
	fmt.Println("unique orders:", seen.n, "duplicates:", dup)

	cb := NewCounting[string](20, 0.01)
	for _, w := range []string{"red", "green", "blue"} {
		cb.Add(w)
	}
	fmt.Println("has green:", cb.Has("green"), "has pink:", cb.Has("pink"))
	cb.Remove("green")
	fmt.Println("after remove green:", cb.Has("green"), "red still:", cb.Has("red"), "blue still:", cb.Has("blue"))
}
