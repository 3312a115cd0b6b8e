package main

import (
	"fmt"
	"maps"
	"slices"
	"time"
)

type Point struct {
	At    time.Time
	Value float64
}

func rolling(xs []float64, window int) []float64 {
	out := make([]float64, 0, len(xs))
	var sum float64
	for i, x := range xs {
		sum += x
		if i >= window {
			sum -= xs[i-window]
		}
		n := min(i+1, window)
		out = append(out, sum/float64(n))
	}
	return out
}

func main() {
	start := time.Date(2024, 2, 28, 22, 10, 0, 0, time.UTC)
	step := 17 * time.Minute
	var series []Point
	for i := range 16 {
		v := float64((i*37)%23) + 0.5*float64(i)
		series = append(series, Point{start.Add(time.Duration(i) * step), v})
	}
	fmt.Println("first:", series[0].At.Format(time.RFC3339), "last:", series[len(series)-1].At.Format(time.RFC3339))
	fmt.Println("leap day included:", series[len(series)-1].At.Day() == 29, series[len(series)-1].At.Month())

	buckets := map[time.Time][]float64{}
	for _, p := range series {
		h := p.At.Truncate(time.Hour)
		buckets[h] = append(buckets[h], p.Value)
	}
	hours := slices.SortedFunc(maps.Keys(buckets), func(a, b time.Time) int { return a.Compare(b) })
	fmt.Println("hourly:")
	for _, h := range hours {
		vs := buckets[h]
		var s float64
		for _, v := range vs {
			s += v
		}
		fmt.Printf("  %s n=%d mean=%6.2f min=%5.1f max=%5.1f\n",
			h.Format("01-02 15:04"), len(vs), s/float64(len(vs)), slices.Min(vs), slices.Max(vs))
	}

	vals := make([]float64, len(series))
	for i, p := range series {
		vals[i] = p.Value
	}
	r := rolling(vals, 4)
	for i := 0; i < len(r); i += 5 {
		fmt.Printf("  t+%-8v raw=%5.1f roll4=%6.2f\n", time.Duration(i)*step, vals[i], r[i])
	}

	// gaps and rate of change
	var maxJump float64
	var jumpAt time.Time
	for i := 1; i < len(series); i++ {
		dt := series[i].At.Sub(series[i-1].At)
		rate := (series[i].Value - series[i-1].Value) / dt.Minutes()
		if abs := max(rate, -rate); abs > maxJump {
			maxJump, jumpAt = abs, series[i].At
		}
	}
	fmt.Printf("max |rate| %.3f/min at %s\n", maxJump, jumpAt.Format(time.Kitchen))

	window := 45 * time.Minute
	cut := series[len(series)-1].At.Add(-window)
	idx, _ := slices.BinarySearchFunc(series, cut, func(p Point, t time.Time) int { return p.At.Compare(t) })
	fmt.Println("points in last", window, ":", len(series)-idx)

	total := series[len(series)-1].At.Sub(series[0].At)
	fmt.Printf("span %v = %.2fh, %d steps of %v\n", total, total.Hours(), int(total/step), step)
	fmt.Println(time.Duration(1.5*float64(time.Hour)), (90 * time.Second).Minutes(), time.Duration(123456789))
}
