// Outlier detection on sensor readings: z-score, modified z (MAD), and IQR fences.
package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
)

type Reading struct {
	Sensor string
	Seq    int
	Value  float64
}

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func stddev(xs []float64) float64 {
	m := mean(xs)
	s := 0.0
	for _, x := range xs {
		s += (x - m) * (x - m)
	}
	return math.Sqrt(s / float64(len(xs)-1))
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func percentile(xs []float64, p float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	pos := p * float64(len(s)-1)
	lo := int(pos)
	if lo+1 >= len(s) {
		return s[lo]
	}
	return s[lo] + (pos-float64(lo))*(s[lo+1]-s[lo])
}

func main() {
	r := rand.New(rand.NewPCG(99, 100))
	sensors := map[string]float64{"temp-a": 21.5, "temp-b": 19.0, "temp-c": 23.2}
	names := []string{"temp-a", "temp-b", "temp-c"}
	var data []Reading
	for _, s := range names {
		for i := 0; i < 60; i++ {
			v := sensors[s] + 0.8*r.NormFloat64()
			data = append(data, Reading{s, i, v})
		}
	}
	// Inject anomalies.
	data[7].Value += 6.5
	data[33].Value -= 4.0
	data[64].Value = 35.0
	data[150].Value += 3.1
	data[151].Value += 3.3

	for _, s := range names {
		var vals []float64
		var rs []Reading
		for _, d := range data {
			if d.Sensor == s {
				vals = append(vals, d.Value)
				rs = append(rs, d)
			}
		}
		m, sd, med := mean(vals), stddev(vals), median(vals)
		dev := make([]float64, len(vals))
		for i, v := range vals {
			dev[i] = math.Abs(v - med)
		}
		mad := median(dev)
		q1, q3 := percentile(vals, 0.25), percentile(vals, 0.75)
		iqr := q3 - q1
		lo, hi := q1-1.5*iqr, q3+1.5*iqr
		fmt.Printf("%s n=%d mean=%.3f sd=%.3f median=%.3f MAD=%.3f IQR=[%.3f, %.3f]\n",
			s, len(vals), m, sd, med, mad, lo, hi)
		fmt.Println("   seq   value      z   modz  flags")
		flagged := 0
		for i, d := range rs {
			z := (d.Value - m) / sd
			mz := 0.6745 * (d.Value - med) / mad
			var flags []string
			if math.Abs(z) > 3 {
				flags = append(flags, "Z")
			}
			if math.Abs(mz) > 3.5 {
				flags = append(flags, "MAD")
			}
			if d.Value < lo || d.Value > hi {
				flags = append(flags, "IQR")
			}
			if len(flags) > 0 {
				flagged++
				fmt.Printf("  %4d %7.3f %6.2f %6.2f  %s\n", rs[i].Seq, d.Value, z, mz, strings.Join(flags, ","))
			}
		}
		fmt.Printf("  flagged %d/%d\n\n", flagged, len(rs))
	}
	// Robustness note: single huge outlier inflates sd.
	var b []float64
	for _, d := range data {
		if d.Sensor == "temp-b" {
			b = append(b, d.Value)
		}
	}
	clean := slices.DeleteFunc(slices.Clone(b), func(v float64) bool { return v > 30 })
	fmt.Printf("temp-b sd with outlier=%.3f without=%.3f\n", stddev(b), stddev(clean))
}
