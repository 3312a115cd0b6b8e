package main

import (
	"fmt"
	"math/big"
	"sort"
	"strings"
)

// Dist is an exact discrete distribution: outcome -> number of ways.
type Dist struct {
	ways  map[int]int64
	total int64
}

func Die(sides int) Dist {
	d := Dist{ways: map[int]int64{}, total: int64(sides)}
	for i := 1; i <= sides; i++ {
		d.ways[i] = 1
	}
	return d
}

// Combine convolves two independent distributions with an operator.
func (d Dist) Combine(o Dist, op func(a, b int) int) Dist {
	out := Dist{ways: map[int]int64{}, total: d.total * o.total}
	for a, wa := range d.ways {
		for b, wb := range o.ways {
			out.ways[op(a, b)] += wa * wb
		}
	}
	return out
}

func (d Dist) Keys() []int {
	ks := make([]int, 0, len(d.ways))
	for k := range d.ways {
		ks = append(ks, k)
	}
	sort.Ints(ks)
	return ks
}

func (d Dist) P(pred func(int) bool) *big.Rat {
	var n int64
	for k, w := range d.ways {
		if pred(k) {
			n += w
		}
	}
	return big.NewRat(n, d.total)
}

func (d Dist) Mean() float64 {
	var s int64
	for k, w := range d.ways {
		s += int64(k) * w
	}
	return float64(s) / float64(d.total)
}

func (d Dist) Table(title string) {
	fmt.Printf("-- %s (%d outcomes, mean %.3f)\n", title, d.total, d.Mean())
	var maxW int64
	for _, w := range d.ways {
		maxW = max(maxW, w)
	}
	for _, k := range d.Keys() {
		w := d.ways[k]
		fmt.Printf("%3d %5d %6.2f%% %s\n", k, w, 100*float64(w)/float64(d.total),
			strings.Repeat("*", int(w*30/maxW)))
	}
}

func sum(a, b int) int { return a + b }

func NdS(n, sides int) Dist {
	d := Die(sides)
	for i := 1; i < n; i++ {
		d = d.Combine(Die(sides), sum)
	}
	return d
}

// fourDropLowest enumerates 4d6 keeping the highest three (the RPG stat roll).
func fourDropLowest() Dist {
	d := Dist{ways: map[int]int64{}, total: 1296}
	for a := 1; a <= 6; a++ {
		for b := 1; b <= 6; b++ {
			for c := 1; c <= 6; c++ {
				for e := 1; e <= 6; e++ {
					d.ways[a+b+c+e-min(a, b, c, e)]++
				}
			}
		}
	}
	return d
}

func main() {
	two := NdS(2, 6)
	two.Table("2d6")
	fmt.Println("P(7) =", two.P(func(k int) bool { return k == 7 }))
	fmt.Println("P(>=10) =", two.P(func(k int) bool { return k >= 10 }).RatString())

	adv := Die(20).Combine(Die(20), func(a, b int) int { return max(a, b) })
	dis := Die(20).Combine(Die(20), func(a, b int) int { return min(a, b) })
	fmt.Println("d20 hit on 15+: straight / advantage / disadvantage")
	for _, d := range []Dist{Die(20), adv, dis} {
		p := d.P(func(k int) bool { return k >= 15 })
		f, _ := p.Float64()
		fmt.Printf("   %-8s = %.4f\n", p.RatString(), f)
	}

	stats := fourDropLowest()
	stats.Table("4d6 drop lowest")

	fmt.Println("mean of NdS:")
	for _, spec := range [][2]int{{1, 4}, {3, 6}, {2, 10}, {4, 8}} {
		d := NdS(spec[0], spec[1])
		fmt.Printf("   %dd%-2d mean=%5.2f range=%d..%d\n", spec[0], spec[1], d.Mean(), d.Keys()[0], d.Keys()[len(d.Keys())-1])
	}
}
