// Histograms and quantiles of response latencies.
package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
)

type Latency time.Duration

func (l Latency) String() string { return fmt.Sprintf("%.1fms", float64(l)/float64(time.Millisecond)) }

// quantile with linear interpolation (type 7) on sorted data.
func quantile(sorted []float64, q float64) float64 {
	if len(sorted) == 0 {
		return math.NaN()
	}
	pos := q * float64(len(sorted)-1)
	lo := int(math.Floor(pos))
	hi := int(math.Ceil(pos))
	frac := pos - float64(lo)
	return sorted[lo] + frac*(sorted[hi]-sorted[lo])
}

func main() {
	r := rand.New(rand.NewPCG(2024, 1))
	var lat []Latency
	for i := 0; i < 2000; i++ {
		// log-normal-ish latency with a slow tail.
		ms := math.Exp(3.2 + 0.5*r.NormFloat64())
		if i%97 == 0 {
			ms *= 8
		}
		lat = append(lat, Latency(time.Duration(ms*float64(time.Millisecond))))
	}
	ms := make([]float64, len(lat))
	for i, l := range lat {
		ms[i] = float64(l) / float64(time.Millisecond)
	}
	sorted := slices.Clone(ms)
	slices.Sort(sorted)

	var sum float64
	for _, v := range ms {
		sum += v
	}
	mean := sum / float64(len(ms))
	var ss float64
	for _, v := range ms {
		ss += (v - mean) * (v - mean)
	}
	sd := math.Sqrt(ss / float64(len(ms)-1))
	fmt.Printf("n=%d mean=%.2fms sd=%.2fms min=%v max=%v\n", len(lat), mean, sd,
		slices.Min(lat), slices.Max(lat))
	for _, q := range []float64{0.5, 0.75, 0.9, 0.95, 0.99, 0.999} {
		fmt.Printf("  p%-5g %8.2fms\n", q*100, quantile(sorted, q))
	}

	// Fixed-width histogram on log2 buckets.
	fmt.Println("\nlog2 bucket histogram:")
	buckets := map[int]int{}
	for _, v := range ms {
		buckets[int(math.Floor(math.Log2(v)))]++
	}
	keys := make([]int, 0, len(buckets))
	for k := range buckets {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	maxc := 0
	for _, c := range buckets {
		maxc = max(maxc, c)
	}
	cum := 0
	for _, k := range keys {
		c := buckets[k]
		cum += c
		bar := strings.Repeat("*", int(math.Round(50*float64(c)/float64(maxc))))
		line := fmt.Sprintf("[%6.0f,%6.0f) %5d %5.1f%% %s", math.Exp2(float64(k)), math.Exp2(float64(k+1)), c,
			100*float64(cum)/float64(len(ms)), bar)
		fmt.Println(strings.TrimRight(line, " "))
	}

	// Equal-width histogram with Freedman-Diaconis bin width (clipped at p99).
	iqr := quantile(sorted, 0.75) - quantile(sorted, 0.25)
	bw := 2 * iqr / math.Cbrt(float64(len(ms)))
	hi := quantile(sorted, 0.99)
	nb := int(math.Ceil((hi - sorted[0]) / bw))
	fmt.Printf("\nFD bin width=%.2fms bins=%d (up to p99=%.1fms)\n", bw, nb, hi)
	counts := make([]int, nb+1)
	for _, v := range ms {
		idx := int((v - sorted[0]) / bw)
		if idx >= nb {
			idx = nb // overflow bucket
		}
		counts[idx]++
	}
	for i := 0; i < nb; i += 3 {
		c := counts[i]
		if i+1 < nb {
			c += counts[i+1]
		}
		if i+2 < nb {
			c += counts[i+2]
		}
		fmt.Printf("  %6.1f..%6.1f %4d\n", sorted[0]+float64(i)*bw, sorted[0]+float64(min(i+3, nb))*bw, c)
	}
	fmt.Printf("  overflow     %4d\n", counts[nb])
}
