package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

// Random walks in 1D and 2D, with summary statistics.

type Point struct{ X, Y int }

func (p Point) Dist() float64 { return math.Hypot(float64(p.X), float64(p.Y)) }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func walk1D(r *rand.Rand, steps int) []int {
	pos := make([]int, steps+1)
	for i := 1; i <= steps; i++ {
		if r.IntN(2) == 0 {
			pos[i] = pos[i-1] - 1
		} else {
			pos[i] = pos[i-1] + 1
		}
	}
	return pos
}

func walk2D(r *rand.Rand, steps int) Point {
	dirs := [4]Point{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}
	var p Point
	for range steps {
		d := dirs[r.IntN(4)]
		p.X += d.X
		p.Y += d.Y
	}
	return p
}

func main() {
	r := rand.New(rand.NewPCG(11, 13))
	path := walk1D(r, 40)
	fmt.Println("1D walk positions:")
	minP := 0
	for _, v := range path {
		minP = min(minP, v)
	}
	for i, v := range path {
		if i%4 == 0 {
			fmt.Printf("%3d %3d |%s*\n", i, v, strings.Repeat(" ", v-minP))
		}
	}

	fmt.Println("\nMean squared displacement (1D, 2000 walkers):")
	for _, n := range []int{10, 100, 400} {
		var sum float64
		for range 2000 {
			p := walk1D(r, n)
			end := float64(p[n])
			sum += end * end
		}
		fmt.Printf("  steps=%4d MSD=%8.2f (theory %d)\n", n, sum/2000, n)
	}

	fmt.Println("\n2D walks of 100 steps:")
	var total float64
	far := Point{}
	for i := range 500 {
		p := walk2D(r, 100)
		total += p.Dist()
		if p.Dist() > far.Dist() {
			far = p
		}
		if i < 5 {
			fmt.Printf("  walker %d ends at %v dist=%.3f\n", i, p, p.Dist())
		}
	}
	fmt.Printf("  mean distance=%.3f farthest=%v (%.3f)\n", total/500, far, far.Dist())

	// Gambler's ruin
	wins := 0
	for range 2000 {
		money := 5
		for money > 0 && money < 10 {
			if r.Float64() < 0.5 {
				money++
			} else {
				money--
			}
		}
		if money == 10 {
			wins++
		}
	}
	fmt.Printf("\nGambler's ruin start=5 target=10: P(win)=%.3f\n", float64(wins)/2000)
}
