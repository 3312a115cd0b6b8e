package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
)

type Walker struct {
	pos, maxPos, minPos int
	returns             int
}

func (w *Walker) Step(r *rand.Rand) {
	if r.IntN(2) == 0 {
		w.pos++
	} else {
		w.pos--
	}
	w.maxPos = max(w.maxPos, w.pos)
	w.minPos = min(w.minPos, w.pos)
	if w.pos == 0 {
		w.returns++
	}
}

type GBM struct {
	S0, Mu, Sigma float64
}

// Path simulates geometric Brownian motion with daily steps.
func (g GBM) Path(r *rand.Rand, days int) []float64 {
	dt := 1.0 / 252
	p := make([]float64, days+1)
	p[0] = g.S0
	drift := (g.Mu - 0.5*g.Sigma*g.Sigma) * dt
	vol := g.Sigma * math.Sqrt(dt)
	for i := 1; i <= days; i++ {
		p[i] = p[i-1] * math.Exp(drift+vol*r.NormFloat64())
	}
	return p
}

// bucket floors x to a multiple of width (also for negative x).
func bucket(x, width int) int {
	q := x / width
	if x%width != 0 && x < 0 {
		q--
	}
	return q * width
}

func quantile(sorted []float64, q float64) float64 {
	idx := q * float64(len(sorted)-1)
	lo := int(idx)
	if lo+1 >= len(sorted) {
		return sorted[lo]
	}
	frac := idx - float64(lo)
	return sorted[lo]*(1-frac) + sorted[lo+1]*frac
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))

	fmt.Println("1-D symmetric random walks (1000 walkers, 400 steps):")
	const walkers, steps = 1000, 400
	finals := make([]float64, walkers)
	var sumSq, sumRange, sumReturns float64
	dist := map[int]int{}
	for i := 0; i < walkers; i++ {
		w := &Walker{}
		for s := 0; s < steps; s++ {
			w.Step(r)
		}
		finals[i] = float64(w.pos)
		sumSq += float64(w.pos * w.pos)
		sumRange += float64(w.maxPos - w.minPos)
		sumReturns += float64(w.returns)
		dist[bucket(w.pos, 10)]++
	}
	fmt.Printf("  RMS displacement %.3f (theory sqrt(n)=%.3f)\n", math.Sqrt(sumSq/walkers), math.Sqrt(steps))
	fmt.Printf("  mean range %.2f, mean returns to origin %.2f\n", sumRange/walkers, sumReturns/walkers)
	keys := make([]int, 0, len(dist))
	for k := range dist {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		if dist[k] < 5 {
			continue
		}
		line := fmt.Sprintf("  [%+4d,%+4d): %4d %s", k, k+10, dist[k], strings.Repeat("#", dist[k]/8))
		fmt.Println(strings.TrimRight(line, " "))
	}

	fmt.Println("\nGeometric Brownian motion stock paths (S0=100, mu=7%, sigma=25%):")
	g := GBM{S0: 100, Mu: 0.07, Sigma: 0.25}
	for i := 0; i < 3; i++ {
		p := g.Path(r, 252)
		fmt.Printf("  path %d:", i+1)
		for d := 0; d <= 252; d += 42 {
			fmt.Printf(" %7.2f", p[d])
		}
		fmt.Println()
	}

	const sims = 4000
	ends := make([]float64, sims)
	below := 0
	for i := range ends {
		p := g.Path(r, 252)
		ends[i] = p[len(p)-1]
		if ends[i] < g.S0 {
			below++
		}
	}
	sort.Float64s(ends)
	var m float64
	for _, e := range ends {
		m += e
	}
	m /= sims
	fmt.Printf("\n  %d simulated 1-year outcomes:\n", sims)
	fmt.Printf("  mean %.2f (theory %.2f)\n", m, g.S0*math.Exp(g.Mu))
	fmt.Printf("  P(loss) %.3f\n", float64(below)/sims)
	for _, q := range []float64{0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99} {
		fmt.Printf("  q%02.0f %8.2f\n", q*100, quantile(ends, q))
	}
	fmt.Printf("  95%% one-year VaR: %.2f\n", g.S0-quantile(ends, 0.05))

	// European call by Monte Carlo vs Black-Scholes
	K, rf := 105.0, 0.03
	rn := GBM{S0: 100, Mu: rf, Sigma: 0.25}
	payoff := 0.0
	for i := 0; i < sims; i++ {
		p := rn.Path(r, 252)
		payoff += math.Max(p[252]-K, 0)
	}
	mc := math.Exp(-rf) * payoff / sims
	d1 := (math.Log(100/K) + rf + 0.5*0.25*0.25) / 0.25
	d2 := d1 - 0.25
	N := func(x float64) float64 { return 0.5 * math.Erfc(-x/math.Sqrt2) }
	bs := 100*N(d1) - K*math.Exp(-rf)*N(d2)
	fmt.Printf("\nCall K=105 T=1: Monte Carlo %.4f, Black-Scholes %.4f\n", mc, bs)
}
