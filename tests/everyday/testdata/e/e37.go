package main

import (
	"fmt"
	"strings"
)

// Abelian sandpile: any cell with 4+ grains topples, sending one to each neighbour.
type Pile struct {
	n     int
	cells [][]int
}

func NewPile(n int) *Pile {
	p := &Pile{n: n, cells: make([][]int, n)}
	for i := range p.cells {
		p.cells[i] = make([]int, n)
	}
	return p
}

// Stabilize topples until stable and returns the number of topplings and
// the number of distinct cells that toppled (avalanche area).
func (p *Pile) Stabilize() (topples, area int) {
	touched := map[[2]int]bool{}
	var stack [][2]int
	for y := range p.n {
		for x := range p.n {
			if p.cells[y][x] >= 4 {
				stack = append(stack, [2]int{y, x})
			}
		}
	}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		y, x := c[0], c[1]
		if p.cells[y][x] < 4 {
			continue
		}
		k := p.cells[y][x] / 4
		p.cells[y][x] -= 4 * k
		topples += k
		touched[c] = true
		for _, d := range [4][2]int{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			ny, nx := y+d[0], x+d[1]
			if ny < 0 || nx < 0 || ny >= p.n || nx >= p.n {
				continue // falls off the edge
			}
			p.cells[ny][nx] += k
			if p.cells[ny][nx] >= 4 {
				stack = append(stack, [2]int{ny, nx})
			}
		}
	}
	return topples, len(touched)
}

// Add adds sign*o cell-wise (sign -1 subtracts).
func (p *Pile) Add(o *Pile, sign int) {
	for y := range p.n {
		for x := range p.n {
			p.cells[y][x] += sign * o.cells[y][x]
		}
	}
}

func (p *Pile) Grains() int {
	s := 0
	for _, row := range p.cells {
		for _, v := range row {
			s += v
		}
	}
	return s
}

func (p *Pile) String() string {
	var sb strings.Builder
	for _, row := range p.cells {
		for _, v := range row {
			sb.WriteByte(" .:#"[v])
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	// 1. Drop a big heap in the middle.
	p := NewPile(21)
	p.cells[10][10] = 600
	t, a := p.Stabilize()
	fmt.Printf("600 grains at centre: %d topplings, area %d, %d grains remain\n", t, a, p.Grains())
	fmt.Print(p)

	// 2. Drive slowly, one grain at a time at a fixed walk of sites, and record avalanche sizes.
	q := NewPile(12)
	hist := map[string]int{}
	buckets := []struct {
		label  string
		lo, hi int
	}{{"0", 0, 0}, {"1-3", 1, 3}, {"4-15", 4, 15}, {"16-63", 16, 63}, {"64+", 64, 1 << 30}}
	pos := 0
	for i := 0; i < 3000; i++ {
		pos = (pos*31 + 17) % (12 * 12)
		q.cells[pos/12][pos%12]++
		size, _ := q.Stabilize()
		for _, b := range buckets {
			if size >= b.lo && size <= b.hi {
				hist[b.label]++
			}
		}
	}
	fmt.Println("avalanche sizes after 3000 drops:")
	for _, b := range buckets {
		fmt.Printf("  %-6s %5d\n", b.label, hist[b.label])
	}
	fmt.Printf("mean height %.3f\n", float64(q.Grains())/144)

	// 3. Identity of the 5x5 sandpile group: e = stab(6 - stab(6)), 6 = six grains everywhere.
	six := func() *Pile {
		s := NewPile(5)
		for y := range 5 {
			for x := range 5 {
				s.cells[y][x] = 6
			}
		}
		return s
	}
	s6 := six()
	s6.Stabilize()
	e := six()
	e.Add(s6, -1)
	e.Stabilize()
	fmt.Print("identity on 5x5:\n", e)
	// e acts as identity only on recurrent configurations, e.g. stab(6).
	for _, name := range []string{"stab(6)", "sparse"} {
		x := NewPile(5)
		if name == "stab(6)" {
			x.Add(s6, 1)
		} else {
			x.cells[2][2], x.cells[0][4] = 3, 2
		}
		before := x.String()
		x.Add(e, 1)
		x.Stabilize()
		fmt.Printf("%-8s x + e == x: %t\n", name, before == x.String())
	}
}
