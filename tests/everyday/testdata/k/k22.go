package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
)

type Reading struct {
	At    time.Time
	Value float64
}

type Agg struct {
	Start           time.Time
	N               int
	Sum, Min, Max   float64
	First, Last     float64
	firstAt, lastAt time.Time
}

func (a *Agg) add(r Reading) {
	if a.N == 0 {
		a.Min, a.Max = r.Value, r.Value
		a.First, a.firstAt = r.Value, r.At
		a.Last, a.lastAt = r.Value, r.At
	}
	a.N++
	a.Sum += r.Value
	a.Min = math.Min(a.Min, r.Value)
	a.Max = math.Max(a.Max, r.Value)
	if r.At.Before(a.firstAt) {
		a.First, a.firstAt = r.Value, r.At
	}
	if r.At.After(a.lastAt) {
		a.Last, a.lastAt = r.Value, r.At
	}
}

func (a Agg) Mean() float64 { return a.Sum / float64(a.N) }

func resample(rs []Reading, step time.Duration) []Agg {
	buckets := map[time.Time]*Agg{}
	for _, r := range rs {
		k := r.At.Truncate(step)
		if buckets[k] == nil {
			buckets[k] = &Agg{Start: k}
		}
		buckets[k].add(r)
	}
	keys := make([]time.Time, 0, len(buckets))
	for k := range buckets {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, time.Time.Compare)
	// Fill gaps so the output is a regular series.
	var out []Agg
	for t := keys[0]; !t.After(keys[len(keys)-1]); t = t.Add(step) {
		if b, ok := buckets[t]; ok {
			out = append(out, *b)
		} else {
			out = append(out, Agg{Start: t})
		}
	}
	return out
}

func main() {
	start := time.Date(2024, 7, 1, 22, 0, 0, 0, time.UTC)
	var readings []Reading
	// Power meter readings roughly every 35 minutes with a missing stretch.
	for i := 0; i < 60; i++ {
		at := start.Add(time.Duration(i*35) * time.Minute)
		if i >= 18 && i < 28 {
			continue // outage
		}
		hour := float64(at.Hour())
		v := 2.0 + 1.5*math.Sin((hour-6)/24*2*math.Pi) + float64(i%4)*0.1
		readings = append(readings, Reading{at, math.Round(v*100) / 100})
	}
	// Deliver out of order, as real feeds do.
	slices.Reverse(readings[10:30])

	fmt.Printf("%d readings from %s to %s\n\n", len(readings),
		readings[0].At.Format(time.DateTime), readings[len(readings)-1].At.Format(time.DateTime))

	fmt.Println("3-hour OHLC resample:")
	fmt.Printf("%-16s %3s %6s %6s %6s %6s %6s\n", "bucket", "n", "open", "high", "low", "close", "mean")
	for _, a := range resample(readings, 3*time.Hour) {
		if a.N == 0 {
			fmt.Printf("%-16s %3d%s\n", a.Start.Format("01-02 15:04"), 0, strings.Repeat(fmt.Sprintf(" %6s", "-"), 5))
			continue
		}
		fmt.Printf("%-16s %3d %6.2f %6.2f %6.2f %6.2f %6.2f\n", a.Start.Format("01-02 15:04"),
			a.N, a.First, a.Max, a.Min, a.Last, a.Mean())
	}

	fmt.Println("\nDaily totals (kWh-ish, sum of readings):")
	for _, a := range resample(readings, 24*time.Hour) {
		fmt.Printf("  %s n=%2d sum=%7.2f peak=%.2f\n", a.Start.Format("Mon 02 Jan"), a.N, a.Sum, a.Max)
	}
}
