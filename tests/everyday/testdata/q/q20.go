// q20: sorted interval map with binary search for IP-range-to-region lookups and merging.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Interval[K cmp.Ordered] struct {
	Lo, Hi K // inclusive
}

func (iv Interval[K]) Overlaps(o Interval[K]) bool { return iv.Lo <= o.Hi && o.Lo <= iv.Hi }

// Merge combines overlapping or touching intervals (adjacent via next).
func Merge[K cmp.Ordered](ivs []Interval[K], next func(K) K) []Interval[K] {
	s := slices.Clone(ivs)
	slices.SortFunc(s, func(a, b Interval[K]) int { return cmp.Or(cmp.Compare(a.Lo, b.Lo), cmp.Compare(a.Hi, b.Hi)) })
	var out []Interval[K]
	for _, iv := range s {
		if n := len(out); n > 0 && iv.Lo <= next(out[n-1].Hi) {
			out[n-1].Hi = max(out[n-1].Hi, iv.Hi)
			continue
		}
		out = append(out, iv)
	}
	return out
}

type rangeEntry[K cmp.Ordered, V any] struct {
	iv  Interval[K]
	val V
}

// RangeMap answers point lookups against non-overlapping intervals.
type RangeMap[K cmp.Ordered, V any] struct {
	entries []rangeEntry[K, V]
}

func (m *RangeMap[K, V]) Insert(iv Interval[K], v V) error {
	i, _ := slices.BinarySearchFunc(m.entries, iv.Lo, func(e rangeEntry[K, V], k K) int { return cmp.Compare(e.iv.Lo, k) })
	for _, j := range []int{i - 1, i} {
		if j >= 0 && j < len(m.entries) && m.entries[j].iv.Overlaps(iv) {
			return fmt.Errorf("interval %v overlaps %v", iv, m.entries[j].iv)
		}
	}
	m.entries = slices.Insert(m.entries, i, rangeEntry[K, V]{iv, v})
	return nil
}

func (m *RangeMap[K, V]) Lookup(k K) (V, bool) {
	// find the last entry with Lo <= k
	i, found := slices.BinarySearchFunc(m.entries, k, func(e rangeEntry[K, V], k K) int { return cmp.Compare(e.iv.Lo, k) })
	if !found {
		i--
	}
	if i >= 0 && k <= m.entries[i].iv.Hi {
		return m.entries[i].val, true
	}
	var zero V
	return zero, false
}

type IPv4 uint32

func ParseIP(s string) IPv4 {
	var a, b, c, d uint32
	fmt.Sscanf(s, "%d.%d.%d.%d", &a, &b, &c, &d)
	return IPv4(a<<24 | b<<16 | c<<8 | d)
}

func (ip IPv4) String() string {
	return fmt.Sprintf("%d.%d.%d.%d", ip>>24, ip>>16&255, ip>>8&255, ip&255)
}

func main() {
	var geo RangeMap[IPv4, string]
	ranges := []struct{ lo, hi, region string }{
		{"10.0.0.0", "10.0.255.255", "eu-west"},
		{"10.2.0.0", "10.2.127.255", "us-east"},
		{"10.1.0.0", "10.1.255.255", "ap-south"},
		{"10.0.128.0", "10.0.200.0", "conflict"},
		{"192.168.1.0", "192.168.1.255", "office"},
	}
	for _, r := range ranges {
		if err := geo.Insert(Interval[IPv4]{ParseIP(r.lo), ParseIP(r.hi)}, r.region); err != nil {
			fmt.Println("insert", r.region, "failed:", err)
		}
	}
	for _, ip := range []string{"10.0.0.1", "10.1.77.3", "10.2.128.0", "10.2.0.9", "192.168.1.42", "8.8.8.8", "10.0.255.255"} {
		reg, ok := geo.Lookup(ParseIP(ip))
		if !ok {
			reg = "(unknown)"
		}
		fmt.Printf("%-14s -> %s\n", ip, reg)
	}

	maint := []Interval[int]{{900, 930}, {1400, 1500}, {915, 1000}, {1001, 1030}, {1200, 1215}, {1450, 1600}, {100, 130}}
	merged := Merge(maint, func(x int) int { return x + 1 })
	fmt.Println("maintenance windows merged:")
	total := 0
	for _, iv := range merged {
		total += iv.Hi - iv.Lo
		fmt.Printf("  %04d-%04d\n", iv.Lo, iv.Hi)
	}
	fmt.Println("windows:", len(maint), "->", len(merged), "span units:", total)

	words := []Interval[string]{{"apple", "cherry"}, {"banana", "date"}, {"kiwi", "lemon"}, {"fig", "grape"}}
	var parts []string
	for _, iv := range Merge(words, func(s string) string { return s }) {
		parts = append(parts, iv.Lo+".."+iv.Hi)
	}
	fmt.Println("alphabetic ranges:", strings.Join(parts, ", "))
}
