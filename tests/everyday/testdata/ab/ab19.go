package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Ride struct {
	At       time.Time
	Distance float64 // km
	Fare     float64
}

type Rides []Ride

func genRides() Rides {
	start := time.Date(2024, time.April, 1, 6, 0, 0, 0, time.UTC)
	var rs Rides
	k := 7
	for i := 0; i < 90; i++ {
		k = (k*31 + 11) % 101
		hours := i*7 + k%5 // spread over ~4 weeks
		dist := 1.5 + float64(k%40)/4
		fare := 3.0 + dist*1.85
		if h := start.Add(time.Duration(hours) * time.Hour).Hour(); h >= 22 || h < 5 {
			fare *= 1.25 // night surcharge
		}
		rs = append(rs, Ride{start.Add(time.Duration(hours) * time.Hour), dist, float64(int(fare*100+0.5)) / 100})
	}
	return rs
}

// weekStart floors a time to Monday 00:00 (resample("W-MON", label="left")).
func weekStart(t time.Time) time.Time {
	d := t.Truncate(24 * time.Hour)
	offset := (int(d.Weekday()) + 6) % 7
	return d.AddDate(0, 0, -offset)
}

type bucket struct {
	rides     int
	km, fares float64
}

// Resample groups rides by a bucketing function and returns ordered buckets with empty ones filled.
func (rs Rides) Resample(floor func(time.Time) time.Time, step func(time.Time) time.Time) ([]time.Time, map[time.Time]*bucket) {
	m := map[time.Time]*bucket{}
	for _, r := range rs {
		k := floor(r.At)
		if m[k] == nil {
			m[k] = &bucket{}
		}
		m[k].rides++
		m[k].km += r.Distance
		m[k].fares += r.Fare
	}
	keys := make([]time.Time, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].Before(keys[j]) })
	var full []time.Time
	for t := keys[0]; !t.After(keys[len(keys)-1]); t = step(t) {
		full = append(full, t)
		if m[t] == nil {
			m[t] = &bucket{}
		}
	}
	return full, m
}

func main() {
	rs := genRides()
	fmt.Printf("%d rides from %s to %s\n\n", len(rs), rs[0].At.Format("Mon Jan 2 15:04"), rs[len(rs)-1].At.Format("Mon Jan 2 15:04"))

	weeks, wm := rs.Resample(weekStart, func(t time.Time) time.Time { return t.AddDate(0, 0, 7) })
	fmt.Println("weekly resample:")
	fmt.Printf("  %-10s %5s %8s %9s %7s\n", "week", "rides", "km", "fares", "$/km")
	for _, w := range weeks {
		b := wm[w]
		fmt.Printf("  %-10s %5d %8.1f %9.2f %7.3f\n", w.Format("2006-01-02"), b.rides, b.km, b.fares, b.fares/b.km)
	}

	days, dm := rs.Resample(func(t time.Time) time.Time { return t.Truncate(24 * time.Hour) },
		func(t time.Time) time.Time { return t.AddDate(0, 0, 1) })
	fmt.Println("\ndaily ride counts (sparkline by weekday rows):")
	grid := map[time.Weekday][]string{}
	for _, d := range days {
		grid[d.Weekday()] = append(grid[d.Weekday()], fmt.Sprint(dm[d].rides))
	}
	for _, wd := range []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday} {
		fmt.Printf("  %s %s\n", wd.String()[:3], strings.Join(grid[wd], " "))
	}

	hourly := [24]int{}
	for _, r := range rs {
		hourly[r.At.Hour()]++
	}
	fmt.Println("\nrides by hour of day (4h bins):")
	for h := 0; h < 24; h += 4 {
		n := hourly[h] + hourly[h+1] + hourly[h+2] + hourly[h+3]
		fmt.Printf("  %02d-%02d %3d %s\n", h, h+3, n, strings.Repeat("+", n))
	}
}
