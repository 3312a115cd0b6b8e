// Latency histogram with percentiles and ASCII bars from a deterministic sample.
package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"time"
)

type Histogram struct {
	Bounds []time.Duration // upper bounds, ascending
	Counts []int           // len(Bounds)+1, last is overflow
	values []time.Duration
}

func NewHistogram(bounds ...time.Duration) *Histogram {
	return &Histogram{Bounds: bounds, Counts: make([]int, len(bounds)+1)}
}

func (h *Histogram) Observe(d time.Duration) {
	i := sort.Search(len(h.Bounds), func(i int) bool { return d <= h.Bounds[i] })
	h.Counts[i]++
	h.values = append(h.values, d)
}

func (h *Histogram) Percentile(p float64) time.Duration {
	v := append([]time.Duration(nil), h.values...)
	sort.Slice(v, func(i, j int) bool { return v[i] < v[j] })
	rank := p / 100 * float64(len(v)-1)
	lo := int(math.Floor(rank))
	hi := int(math.Ceil(rank))
	frac := rank - float64(lo)
	return v[lo] + time.Duration(frac*float64(v[hi]-v[lo]))
}

func (h *Histogram) Render(width int) string {
	maxC := 0
	for _, c := range h.Counts {
		maxC = max(maxC, c)
	}
	var sb strings.Builder
	lower := time.Duration(0)
	cum := 0
	for i, c := range h.Counts {
		label := ""
		if i < len(h.Bounds) {
			label = fmt.Sprintf("%6v - %-6v", lower, h.Bounds[i])
			lower = h.Bounds[i]
		} else {
			label = fmt.Sprintf("%6v +       ", lower)
		}
		cum += c
		bar := strings.Repeat("█", c*width/maxC)
		fmt.Fprintf(&sb, "%s |%-*s %4d  %5.1f%%\n", label, width, bar, c, 100*float64(cum)/float64(len(h.values)))
	}
	return sb.String()
}

// sampleLatency draws from a log-normal-ish distribution with occasional slow outliers.
func sampleLatency(r *rand.Rand) time.Duration {
	base := math.Exp(r.NormFloat64()*0.5 + math.Log(40))
	if r.IntN(100) < 3 {
		base *= 10 + r.Float64()*20
	}
	return time.Duration(base * float64(time.Millisecond)).Round(100 * time.Microsecond)
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	ms := time.Millisecond
	endpoints := []string{"/search", "/checkout"}
	for _, ep := range endpoints {
		h := NewHistogram(10*ms, 20*ms, 40*ms, 80*ms, 160*ms, 320*ms, 640*ms)
		n := 500
		if ep == "/checkout" {
			n = 200
		}
		var sum time.Duration
		for i := 0; i < n; i++ {
			d := sampleLatency(r)
			if ep == "/checkout" {
				d += 25 * ms
			}
			h.Observe(d)
			sum += d
		}
		fmt.Printf("%s (n=%d, mean=%v)\n", ep, n, (sum / time.Duration(n)).Round(10*time.Microsecond))
		fmt.Print(h.Render(30))
		for _, p := range []float64{50, 90, 95, 99, 99.9} {
			fmt.Printf("  p%-5v %v\n", p, h.Percentile(p).Round(10*time.Microsecond))
		}
		slo := 200 * ms
		over := 0
		for _, v := range h.values {
			if v > slo {
				over++
			}
		}
		fmt.Printf("  SLO %v met by %.2f%% of requests\n\n", slo, 100*float64(n-over)/float64(n))
	}

	// Small deterministic draws to show the generator API.
	r2 := rand.New(rand.NewPCG(42, 42))
	perm := r2.Perm(8)
	fmt.Println("permutation:", perm)
	deck := []string{"a", "b", "c", "d", "e", "f"}
	r2.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println("shuffled:   ", deck)
	fmt.Printf("ints:        %d %d %d\n", r2.IntN(100), r2.IntN(100), r2.Int64N(1_000_000))
}
