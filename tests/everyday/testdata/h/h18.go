// h18: hash/fnv partitioning of user keys: modulo sharding vs a consistent-hash ring.
package main

import (
	"fmt"
	"hash/fnv"
	"slices"
	"sort"
	"strconv"
)

func fnv32a(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

func fnv64a(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// mix64 is the splitmix64 finalizer. FNV-1a has weak avalanche in the high bits
// for keys that differ only in their last bytes, which skews ring placement.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ (x >> 31)
}

type ring struct {
	points []uint64
	owner  map[uint64]string
}

func newRing(nodes []string, vnodes int) *ring {
	r := &ring{owner: map[uint64]string{}}
	for _, n := range nodes {
		for v := range vnodes {
			p := mix64(fnv64a(n + "#" + strconv.Itoa(v)))
			r.points = append(r.points, p)
			r.owner[p] = n
		}
	}
	slices.Sort(r.points)
	return r
}

func (r *ring) lookup(key string) string {
	h := mix64(fnv64a(key))
	i := sort.Search(len(r.points), func(i int) bool { return r.points[i] >= h })
	if i == len(r.points) {
		i = 0
	}
	return r.owner[r.points[i]]
}

func histogram(assign map[string]string, nodes []string) {
	counts := map[string]int{}
	for _, n := range assign {
		counts[n]++
	}
	for _, n := range nodes {
		fmt.Printf("    %-7s %4d %s\n", n, counts[n], bar(counts[n], 10))
	}
}

func bar(n, per int) string {
	b := make([]byte, n/per)
	for i := range b {
		b[i] = '#'
	}
	return string(b)
}

func main() {
	keys := make([]string, 1000)
	for i := range keys {
		keys[i] = fmt.Sprintf("user-%04d", i)
	}
	fmt.Printf("fnv32a(%q)=%08x fnv64a=%016x\n\n", keys[0], fnv32a(keys[0]), fnv64a(keys[0]))

	nodes3 := []string{"node-a", "node-b", "node-c"}
	nodes4 := append(slices.Clone(nodes3), "node-d")

	mod := func(nodes []string) map[string]string {
		m := make(map[string]string, len(keys))
		for _, k := range keys {
			m[k] = nodes[fnv32a(k)%uint32(len(nodes))]
		}
		return m
	}
	ringAssign := func(nodes []string) map[string]string {
		r := newRing(nodes, 64)
		m := make(map[string]string, len(keys))
		for _, k := range keys {
			m[k] = r.lookup(k)
		}
		return m
	}

	for _, strat := range []struct {
		name string
		fn   func([]string) map[string]string
	}{{"modulo", mod}, {"ring(64 vnodes)", ringAssign}} {
		before, after := strat.fn(nodes3), strat.fn(nodes4)
		fmt.Printf("%s with 3 nodes:\n", strat.name)
		histogram(before, nodes3)
		fmt.Printf("  with 4 nodes:\n")
		histogram(after, nodes4)
		moved := 0
		for _, k := range keys {
			if before[k] != after[k] {
				moved++
			}
		}
		fmt.Printf("  keys moved when adding node-d: %d (%.1f%%)\n\n", moved, 100*float64(moved)/float64(len(keys)))
	}

	// Sample placements are stable across runs because FNV is unseeded.
	r := newRing(nodes4, 64)
	for _, k := range []string{"user-0007", "user-0042", "user-0999", "session:abc"} {
		fmt.Printf("%-12s -> %s (mod4: %s)\n", k, r.lookup(k), nodes4[fnv32a(k)%4])
	}
}
