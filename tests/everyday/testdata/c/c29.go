// Smoothing and anomaly detection on a temperature series using sliding-window iterators.
package main

import (
	"fmt"
	"iter"
	"math"
	"slices"
	"strings"
)

type Sample struct {
	Minute int
	Temp   float64
}

// Windows yields each full window of size n over seq, reusing one buffer.
func Windows[T any](seq iter.Seq[T], n int) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		buf := make([]T, 0, n)
		for v := range seq {
			if len(buf) == n {
				copy(buf, buf[1:])
				buf = buf[:n-1]
			}
			buf = append(buf, v)
			if len(buf) == n && !yield(buf) {
				return
			}
		}
	}
}

func Map[A, B any](seq iter.Seq[A], f func(A) B) iter.Seq[B] {
	return func(yield func(B) bool) {
		for a := range seq {
			if !yield(f(a)) {
				return
			}
		}
	}
}

func meanStd(xs []float64) (mean, std float64) {
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	for _, x := range xs {
		std += (x - mean) * (x - mean)
	}
	return mean, math.Sqrt(std / float64(len(xs)))
}

func series() []Sample {
	base := []float64{
		20.1, 20.3, 20.2, 20.6, 20.9, 21.0, 21.4, 21.3, 21.7, 22.0,
		22.1, 27.9, 22.4, 22.6, 22.5, 22.9, 23.1, 23.0, 14.2, 23.4,
		23.6, 23.5, 23.9, 24.0, 24.2, 24.1, 24.5, 24.4, 24.8, 25.0,
	}
	out := make([]Sample, len(base))
	for i, t := range base {
		out[i] = Sample{Minute: i * 5, Temp: t}
	}
	return out
}

func temps(s []Sample) iter.Seq[float64] {
	return Map(slices.Values(s), func(x Sample) float64 { return x.Temp })
}

func main() {
	data := series()
	fmt.Printf("%d samples, %d..%d min\n", len(data), data[0].Minute, data[len(data)-1].Minute)

	lo, hi := math.Inf(1), math.Inf(-1)
	for t := range temps(data) {
		lo, hi = min(lo, t), max(hi, t)
	}
	fmt.Printf("raw range: %.1f .. %.1f\n", lo, hi)

	// Moving average over 5 samples.
	fmt.Println("\n5-point moving average:")
	i := 4
	for w := range Windows(temps(data), 5) {
		if i%5 == 4 {
			m, _ := meanStd(w)
			fmt.Printf("  t=%3d min avg=%.2f window=%v\n", data[i].Minute, m, w)
		}
		i++
	}

	// Anomalies: compare each sample to the median of its neighbourhood.
	fmt.Println("\nanomalies (|x - median| > 3°C over 5-sample windows):")
	idx := 2
	flagged := map[int]bool{}
	for w := range Windows(temps(data), 5) {
		center := w[2]
		sorted := slices.Sorted(slices.Values(w))
		med := sorted[2]
		if math.Abs(center-med) > 3 {
			flagged[idx] = true
			fmt.Printf("  t=%3d min %.1f°C (neighbourhood median %.1f)\n", data[idx].Minute, center, med)
		}
		idx++
	}

	// Clean by replacing anomalies with the mean of neighbours, then downsample.
	clean := slices.Clone(data)
	for k := range flagged {
		clean[k].Temp = (data[k-1].Temp + data[k+1].Temp) / 2
	}
	fmt.Println("\n30-minute buckets (cleaned):")
	for chunk := range slices.Chunk(clean, 6) {
		ts := slices.Collect(temps(chunk))
		m, sd := meanStd(ts)
		bar := strings.Repeat("▇", int(math.Round((m-19)*3)))
		fmt.Printf("  %3d-%3d min mean=%.2f sd=%.2f min=%.1f max=%.1f %s\n",
			chunk[0].Minute, chunk[len(chunk)-1].Minute, m, sd, slices.Min(ts), slices.Max(ts), bar)
	}

	// Trend: largest rise over any 30-minute (7-sample) span in the cleaned data.
	bestRise, bestAt := math.Inf(-1), 0
	j := 0
	for w := range Windows(temps(clean), 7) {
		if r := w[len(w)-1] - w[0]; r > bestRise {
			bestRise, bestAt = r, j
		}
		j++
	}
	fmt.Printf("\nsteepest 30-min rise: +%.1f°C starting at t=%d min\n", bestRise, clean[bestAt].Minute)

	cleanLo, cleanHi := slices.Min(slices.Collect(temps(clean))), slices.Max(slices.Collect(temps(clean)))
	fmt.Printf("cleaned range: %.1f .. %.1f (removed %d spikes)\n", cleanLo, cleanHi, len(flagged))
}
