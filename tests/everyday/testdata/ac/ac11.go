// Dice statistics: exact distributions by convolution versus seeded simulation.
package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

type Die interface {
	Faces() []int
	Roll(r *rand.Rand) int
}

type Standard struct{ Sides int }

func (d Standard) Faces() []int {
	f := make([]int, d.Sides)
	for i := range f {
		f[i] = i + 1
	}
	return f
}

func (d Standard) Roll(r *rand.Rand) int { return r.IntN(d.Sides) + 1 }

type Custom struct {
	Label  string
	Values []int
}

func (d Custom) Faces() []int          { return d.Values }
func (d Custom) Roll(r *rand.Rand) int { return d.Values[r.IntN(len(d.Values))] }

// Dist maps a total to a probability, stored densely from Min.
type Dist struct {
	Min   int
	Probs []float64
}

func FromDie(d Die) Dist {
	faces := d.Faces()
	lo, hi := faces[0], faces[0]
	for _, f := range faces {
		lo, hi = min(lo, f), max(hi, f)
	}
	p := make([]float64, hi-lo+1)
	for _, f := range faces {
		p[f-lo] += 1 / float64(len(faces))
	}
	return Dist{lo, p}
}

func (a Dist) Convolve(b Dist) Dist {
	out := Dist{Min: a.Min + b.Min, Probs: make([]float64, len(a.Probs)+len(b.Probs)-1)}
	for i, pa := range a.Probs {
		for j, pb := range b.Probs {
			out.Probs[i+j] += pa * pb
		}
	}
	return out
}

func (d Dist) Mean() float64 {
	m := 0.0
	for i, p := range d.Probs {
		m += float64(d.Min+i) * p
	}
	return m
}

func (d Dist) StdDev() float64 {
	mu, v := d.Mean(), 0.0
	for i, p := range d.Probs {
		x := float64(d.Min+i) - mu
		v += x * x * p
	}
	return math.Sqrt(v)
}

func Pool(dice ...Die) Dist {
	acc := Dist{0, []float64{1}}
	for _, d := range dice {
		acc = acc.Convolve(FromDie(d))
	}
	return acc
}

func simulate(r *rand.Rand, n int, dice ...Die) map[int]int {
	counts := map[int]int{}
	for i := 0; i < n; i++ {
		s := 0
		for _, d := range dice {
			s += d.Roll(r)
		}
		counts[s]++
	}
	return counts
}

func main() {
	rng := rand.New(rand.NewPCG(2024, 6))
	d6 := Standard{6}
	two := Pool(d6, d6)
	sim := simulate(rng, 3600, d6, d6)
	fmt.Println("2d6: total exact  simulated(3600)")
	for i, p := range two.Probs {
		t := two.Min + i
		fmt.Printf("  %2d  %.4f  %4d %s\n", t, p, sim[t], strings.Repeat("#", sim[t]/25))
	}
	fmt.Printf("2d6 mean=%.3f sd=%.3f\n", two.Mean(), two.StdDev())

	sets := []struct {
		name string
		dice []Die
	}{
		{"3d6", []Die{d6, d6, d6}},
		{"d20", []Die{Standard{20}}},
		{"d4+d8", []Die{Standard{4}, Standard{8}}},
		{"fudge x4", []Die{
			Custom{"F", []int{-1, -1, 0, 0, 1, 1}}, Custom{"F", []int{-1, -1, 0, 0, 1, 1}},
			Custom{"F", []int{-1, -1, 0, 0, 1, 1}}, Custom{"F", []int{-1, -1, 0, 0, 1, 1}}}},
		{"sicherman", []Die{Custom{"A", []int{1, 2, 2, 3, 3, 4}}, Custom{"B", []int{1, 3, 4, 5, 6, 8}}}},
	}
	for _, s := range sets {
		d := Pool(s.dice...)
		mode, best := d.Min, 0.0
		for i, p := range d.Probs {
			if p > best+1e-12 {
				mode, best = d.Min+i, p
			}
		}
		fmt.Printf("%-10s range=[%d,%d] mean=%.3f sd=%.3f mode=%d p(mode)=%.4f\n",
			s.name, d.Min, d.Min+len(d.Probs)-1, d.Mean(), d.StdDev(), mode, best)
	}
	sich := Pool(Custom{"A", []int{1, 2, 2, 3, 3, 4}}, Custom{"B", []int{1, 3, 4, 5, 6, 8}})
	same := true
	for i := range sich.Probs {
		if math.Abs(sich.Probs[i]-two.Probs[i]) > 1e-12 {
			same = false
		}
	}
	fmt.Println("sicherman dice match 2d6:", same)
}
