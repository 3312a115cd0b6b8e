// Resampling irregular sensor timestamps into 15-minute buckets with forward-fill and interpolation.
package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
)

type Obs struct {
	At    time.Time
	Value float64
}

type Bucket struct {
	Start time.Time
	N     int
	Mean  float64
}

func main() {
	t0 := time.Date(2024, time.November, 3, 6, 0, 0, 0, time.UTC)
	offsets := []string{"2m", "9m30s", "14m", "21m", "33m", "38m45s", "1h2m", "1h55m", "2h1m", "2h7m", "2h16m",
		"2h29m", "2h44m", "3h3m", "3h11m"}
	values := []float64{10.2, 10.8, 11.1, 11.9, 12.4, 12.0, 13.5, 17.2, 17.8, 18.1, 18.0, 18.9, 19.6, 20.3, 20.1}
	var obs []Obs
	for i, o := range offsets {
		d, err := time.ParseDuration(o)
		if err != nil {
			panic(err)
		}
		obs = append(obs, Obs{t0.Add(d), values[i]})
	}
	// Input arrives out of order; sort by time.
	slices.Reverse(obs[3:8])
	slices.SortFunc(obs, func(a, b Obs) int { return a.At.Compare(b.At) })

	const step = 15 * time.Minute
	first := obs[0].At.Truncate(step)
	last := obs[len(obs)-1].At.Truncate(step)
	nb := int(last.Sub(first)/step) + 1
	buckets := make([]Bucket, nb)
	for i := range buckets {
		buckets[i].Start = first.Add(time.Duration(i) * step)
	}
	for _, o := range obs {
		i := int(o.At.Sub(first) / step)
		b := &buckets[i]
		b.Mean = (b.Mean*float64(b.N) + o.Value) / float64(b.N+1)
		b.N++
	}

	ffill := make([]float64, nb)
	interp := make([]float64, nb)
	prev := math.NaN()
	for i, b := range buckets {
		if b.N > 0 {
			prev = b.Mean
		}
		ffill[i] = prev
	}
	// Linear interpolation between known bucket means (by bucket index).
	known := []int{}
	for i, b := range buckets {
		if b.N > 0 {
			known = append(known, i)
		}
	}
	for k := 0; k < len(known); k++ {
		i := known[k]
		interp[i] = buckets[i].Mean
		if k+1 < len(known) {
			j := known[k+1]
			for m := i + 1; m < j; m++ {
				frac := float64(m-i) / float64(j-i)
				interp[m] = buckets[i].Mean + frac*(buckets[j].Mean-buckets[i].Mean)
			}
		}
	}
	fmt.Printf("observations=%d span=%v buckets=%d step=%v\n\n", len(obs), obs[len(obs)-1].At.Sub(obs[0].At), nb, step)
	fmt.Println("bucket  n   mean   ffill  interp  gap")
	gaps := 0
	for i, b := range buckets {
		mean, gap := "     -", ""
		if b.N > 0 {
			mean = fmt.Sprintf("%6.2f", b.Mean)
		} else {
			gap = "*"
			gaps++
		}
		line := fmt.Sprintf("%s  %d  %s  %6.2f  %6.2f  %s", b.Start.Format("15:04"), b.N, mean, ffill[i], interp[i], gap)
		fmt.Println(strings.TrimRight(line, " "))
	}
	fmt.Printf("\nmissing buckets: %d (%.0f%%)\n", gaps, 100*float64(gaps)/float64(nb))

	// Largest gap between raw observations.
	var maxGap time.Duration
	var gapStart time.Time
	for i := 1; i < len(obs); i++ {
		if g := obs[i].At.Sub(obs[i-1].At); g > maxGap {
			maxGap, gapStart = g, obs[i-1].At
		}
	}
	fmt.Printf("largest raw gap: %v starting %s\n", maxGap, gapStart.Format(time.Kitchen))
	// Hourly downsample from raw obs.
	hourly := map[time.Time][]float64{}
	for _, o := range obs {
		h := o.At.Truncate(time.Hour)
		hourly[h] = append(hourly[h], o.Value)
	}
	hours := make([]time.Time, 0, len(hourly))
	for h := range hourly {
		hours = append(hours, h)
	}
	slices.SortFunc(hours, time.Time.Compare)
	for _, h := range hours {
		v := hourly[h]
		fmt.Printf("  hour %s n=%d min=%.1f max=%.1f\n", h.Format("15h"), len(v), slices.Min(v), slices.Max(v))
	}
}
