package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

type Shipment struct {
	ID       string
	Carrier  string
	Days     float64
	WeightKg float64
}

var shipments = []Shipment{
	{"S01", "FastCo", 2.1, 3.2}, {"S02", "FastCo", 1.8, 1.1}, {"S03", "FastCo", 2.4, 7.5},
	{"S04", "FastCo", 9.5, 2.0}, {"S05", "FastCo", 2.0, 4.4}, {"S06", "FastCo", 2.6, 0.8},
	{"S07", "FastCo", 1.9, 12.0}, {"S08", "SlowPost", 5.2, 2.2}, {"S09", "SlowPost", 6.1, 3.0},
	{"S10", "SlowPost", 4.8, 1.5}, {"S11", "SlowPost", 5.5, 85.0}, {"S12", "SlowPost", 0.5, 2.7},
	{"S13", "SlowPost", 5.9, 4.1}, {"S14", "SlowPost", 6.4, 3.3}, {"S15", "Regional", 3.0, 6.0},
	{"S16", "Regional", 3.4, 5.5}, {"S17", "Regional", 2.9, 4.9}, {"S18", "Regional", 3.1, 6.3},
	{"S19", "Regional", 14.0, 5.8}, {"S20", "Regional", 3.3, 60.0},
}

type Stats struct{ Q1, Median, Q3, Mean, Std float64 }

func q(s []float64, p float64) float64 {
	pos := p * float64(len(s)-1)
	lo := int(pos)
	if lo == len(s)-1 {
		return s[lo]
	}
	return s[lo] + (pos-float64(lo))*(s[lo+1]-s[lo])
}

func stats(xs []float64) Stats {
	s := slices.Sorted(slices.Values(xs))
	var sum float64
	for _, x := range s {
		sum += x
	}
	m := sum / float64(len(s))
	var ss float64
	for _, x := range s {
		ss += (x - m) * (x - m)
	}
	return Stats{q(s, .25), q(s, .5), q(s, .75), m, math.Sqrt(ss / float64(len(s)-1))}
}

type Detector interface {
	Name() string
	Flag(x float64, s Stats) bool
}

type IQR struct{ K float64 }

func (d IQR) Name() string { return fmt.Sprintf("IQR(k=%.1f)", d.K) }
func (d IQR) Flag(x float64, s Stats) bool {
	iqr := s.Q3 - s.Q1
	return x < s.Q1-d.K*iqr || x > s.Q3+d.K*iqr
}

type ZScore struct{ Thresh float64 }

func (d ZScore) Name() string                 { return fmt.Sprintf("z>%.1f", d.Thresh) }
func (d ZScore) Flag(x float64, s Stats) bool { return math.Abs(x-s.Mean)/s.Std > d.Thresh }

// MAD-based modified z-score is robust to the outliers themselves.
type ModZ struct {
	Thresh float64
	mad    map[float64]float64
}

func (d ModZ) Name() string { return fmt.Sprintf("modz>%.1f", d.Thresh) }
func (d ModZ) Flag(x float64, s Stats) bool {
	return 0.6745*math.Abs(x-s.Median)/d.mad[s.Median] > d.Thresh
}

func mad(xs []float64, med float64) float64 {
	dev := make([]float64, len(xs))
	for i, x := range xs {
		dev[i] = math.Abs(x - med)
	}
	slices.Sort(dev)
	return q(dev, 0.5)
}

func main() {
	groups := map[string][]Shipment{}
	for _, s := range shipments {
		groups[s.Carrier] = append(groups[s.Carrier], s)
	}
	carriers := slices.Sorted(func(yield func(string) bool) {
		for k := range groups {
			if !yield(k) {
				return
			}
		}
	})

	modz := ModZ{Thresh: 3.5, mad: map[float64]float64{}}
	detectors := []Detector{IQR{1.5}, ZScore{2.0}, modz}

	for _, field := range []string{"days", "weight"} {
		fmt.Printf("=== outliers in %s (per carrier) ===\n", field)
		for _, c := range carriers {
			xs := make([]float64, 0)
			for _, s := range groups[c] {
				if field == "days" {
					xs = append(xs, s.Days)
				} else {
					xs = append(xs, s.WeightKg)
				}
			}
			st := stats(xs)
			modz.mad[st.Median] = mad(xs, st.Median)
			fmt.Printf("%-8s median=%6.2f IQR=[%5.2f, %5.2f] mean=%6.2f std=%6.2f\n", c, st.Median, st.Q1, st.Q3, st.Mean, st.Std)
			for i, s := range groups[c] {
				var hits []string
				for _, d := range detectors {
					if d.Flag(xs[i], st) {
						hits = append(hits, d.Name())
					}
				}
				if len(hits) > 0 {
					fmt.Printf("   %s value=%6.2f flagged by %s\n", s.ID, xs[i], strings.Join(hits, ", "))
				}
			}
		}
		fmt.Println()
	}
}
