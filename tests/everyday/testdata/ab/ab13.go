package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

type Order struct {
	ID    int
	Value float64
	Kind  string
}

type Histogram struct {
	Edges  []float64
	Counts []int
}

// NewHistogram bins values into n equal-width bins over [lo, hi], like np.histogram.
func NewHistogram(xs []float64, n int, lo, hi float64) Histogram {
	h := Histogram{Edges: make([]float64, n+1), Counts: make([]int, n)}
	w := (hi - lo) / float64(n)
	for i := range h.Edges {
		h.Edges[i] = lo + w*float64(i)
	}
	for _, x := range xs {
		if x < lo || x > hi {
			continue
		}
		b := int((x - lo) / w)
		if b == n {
			b = n - 1 // right edge inclusive for last bin
		}
		h.Counts[b]++
	}
	return h
}

func (h Histogram) Print(width int) {
	maxC := 0
	total := 0
	for _, c := range h.Counts {
		maxC = max(maxC, c)
		total += c
	}
	cum := 0
	for i, c := range h.Counts {
		cum += c
		bar := 0
		if maxC > 0 {
			bar = int(math.Round(float64(c) / float64(maxC) * float64(width)))
		}
		closer := ")"
		if i == len(h.Counts)-1 {
			closer = "]"
		}
		fmt.Printf("[%6.1f, %6.1f%s %3d %5.1f%% cum=%5.1f%% |%s\n", h.Edges[i], h.Edges[i+1], closer, c,
			100*float64(c)/float64(total), 100*float64(cum)/float64(total), strings.Repeat("█", bar))
	}
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	var orders []Order
	for i := 0; i < 200; i++ {
		kind := "retail"
		v := math.Exp(3.5 + 0.6*rng.NormFloat64())
		if rng.IntN(5) == 0 {
			kind = "wholesale"
			v = 150 + 40*rng.NormFloat64()
		}
		orders = append(orders, Order{i + 1, math.Round(v*100) / 100, kind})
	}

	vals := map[string][]float64{}
	var all []float64
	for _, o := range orders {
		vals[o.Kind] = append(vals[o.Kind], o.Value)
		all = append(all, o.Value)
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, v := range all {
		lo, hi = math.Min(lo, v), math.Max(hi, v)
	}
	fmt.Printf("orders=%d min=%.2f max=%.2f\n\n", len(all), lo, hi)

	fmt.Println("all orders, 10 bins over [0, 250]:")
	NewHistogram(all, 10, 0, 250).Print(40)
	outside := 0
	for _, v := range all {
		if v > 250 {
			outside++
		}
	}
	fmt.Printf("values above range: %d\n", outside)

	for _, k := range []string{"retail", "wholesale"} {
		xs := vals[k]
		sum := 0.0
		for _, x := range xs {
			sum += x
		}
		fmt.Printf("\n%s (n=%d, mean=%.2f), 6 bins over [0, 240]:\n", k, len(xs), sum/float64(len(xs)))
		NewHistogram(xs, 6, 0, 240).Print(30)
	}
}
