package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
)

type Statistic struct {
	Name string
	Fn   func([]float64) float64
}

func mean(x []float64) float64 {
	s := 0.0
	for _, v := range x {
		s += v
	}
	return s / float64(len(x))
}

func median(x []float64) float64 {
	s := slices.Clone(x)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func stddev(x []float64) float64 {
	m := mean(x)
	ss := 0.0
	for _, v := range x {
		ss += (v - m) * (v - m)
	}
	return math.Sqrt(ss / float64(len(x)-1))
}

func trimmedMean(frac float64) func([]float64) float64 {
	return func(x []float64) float64 {
		s := slices.Clone(x)
		slices.Sort(s)
		k := int(frac * float64(len(s)))
		return mean(s[k : len(s)-k])
	}
}

type Bootstrap struct {
	rng       *rand.Rand
	Resamples int
}

func (b *Bootstrap) Distribution(data []float64, stat func([]float64) float64) []float64 {
	out := make([]float64, b.Resamples)
	buf := make([]float64, len(data))
	for r := range out {
		for i := range buf {
			buf[i] = data[b.rng.IntN(len(data))]
		}
		out[r] = stat(buf)
	}
	slices.Sort(out)
	return out
}

func percentileCI(dist []float64, level float64) (float64, float64) {
	alpha := (1 - level) / 2
	lo := dist[int(alpha*float64(len(dist)))]
	hi := dist[int((1-alpha)*float64(len(dist)))-1]
	return lo, hi
}

func sparkHist(dist []float64, bins int) string {
	lo, hi := dist[0], dist[len(dist)-1]
	counts := make([]int, bins)
	for _, v := range dist {
		i := int(float64(bins) * (v - lo) / (hi - lo))
		if i == bins {
			i--
		}
		counts[i]++
	}
	levels := []rune(" ▁▂▃▄▅▆▇█")
	peak := slices.Max(counts)
	var sb strings.Builder
	for _, c := range counts {
		sb.WriteRune(levels[c*(len(levels)-1)/peak])
	}
	return sb.String()
}

func main() {
	// Response times in ms from a web service (right-skewed)
	latency := []float64{
		112, 98, 105, 143, 120, 101, 99, 310, 115, 108,
		97, 125, 131, 102, 118, 104, 96, 540, 110, 122,
		107, 100, 139, 113, 106, 95, 128, 117, 103, 189,
	}
	stats := []Statistic{
		{"mean", mean},
		{"median", median},
		{"stddev", stddev},
		{"10% trimmed mean", trimmedMean(0.1)},
	}
	bs := &Bootstrap{rng: rand.New(rand.NewPCG(1, 2)), Resamples: 2000}

	fmt.Printf("n=%d response times, %d bootstrap resamples\n\n", len(latency), bs.Resamples)
	for _, st := range stats {
		point := st.Fn(latency)
		dist := bs.Distribution(latency, st.Fn)
		se := stddev(dist)
		lo90, hi90 := percentileCI(dist, 0.90)
		lo95, hi95 := percentileCI(dist, 0.95)
		bias := mean(dist) - point
		fmt.Printf("%-17s estimate %8.3f  SE %7.3f  bias %+7.3f\n", st.Name, point, se, bias)
		fmt.Printf("%-17s 90%% CI [%8.3f, %8.3f]  95%% CI [%8.3f, %8.3f]\n", "", lo90, hi90, lo95, hi95)
		fmt.Printf("%-17s |%s|\n\n", "", sparkHist(dist, 30))
	}

	// Bootstrap hypothesis test: is the mean of A greater than B?
	a := []float64{23.1, 25.4, 22.8, 26.0, 24.7, 25.9, 23.5, 24.2}
	b := []float64{22.0, 23.1, 21.7, 24.5, 22.9, 23.3, 21.2, 22.6, 23.8}
	observed := mean(a) - mean(b)
	pooled := append(slices.Clone(a), b...)
	rng := bs.rng
	extreme := 0
	const perms = 5000
	for i := 0; i < perms; i++ {
		rng.Shuffle(len(pooled), func(x, y int) { pooled[x], pooled[y] = pooled[y], pooled[x] })
		d := mean(pooled[:len(a)]) - mean(pooled[len(a):])
		if d >= observed {
			extreme++
		}
	}
	fmt.Printf("Permutation test: observed diff %.4f, one-sided p = %.4f (%d/%d)\n", observed, float64(extreme)/perms, extreme, perms)
}
