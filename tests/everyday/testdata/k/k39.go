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

type Detector interface {
	Name() string
	Flags(values []float64) []bool
}

type ZScore struct{ Threshold float64 }

func (z ZScore) Name() string { return fmt.Sprintf("z-score>%.1f", z.Threshold) }
func (z ZScore) Flags(xs []float64) []bool {
	var mean, ss float64
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	for _, x := range xs {
		ss += (x - mean) * (x - mean)
	}
	sd := math.Sqrt(ss / float64(len(xs)-1))
	out := make([]bool, len(xs))
	for i, x := range xs {
		out[i] = math.Abs(x-mean)/sd > z.Threshold
	}
	return out
}

type IQR struct{ K float64 }

func quantile(sorted []float64, q float64) float64 {
	pos := q * float64(len(sorted)-1)
	lo := int(pos)
	if lo+1 >= len(sorted) {
		return sorted[lo]
	}
	return sorted[lo] + (pos-float64(lo))*(sorted[lo+1]-sorted[lo])
}

func (d IQR) Name() string { return fmt.Sprintf("IQR k=%.1f", d.K) }
func (d IQR) Flags(xs []float64) []bool {
	s := slices.Sorted(slices.Values(xs))
	q1, q3 := quantile(s, 0.25), quantile(s, 0.75)
	lo, hi := q1-d.K*(q3-q1), q3+d.K*(q3-q1)
	out := make([]bool, len(xs))
	for i, x := range xs {
		out[i] = x < lo || x > hi
	}
	return out
}

// MAD uses the median absolute deviation, which resists masking by outliers.
type MAD struct{ Threshold float64 }

func (m MAD) Name() string { return fmt.Sprintf("MAD>%.1f", m.Threshold) }
func (m MAD) Flags(xs []float64) []bool {
	med := quantile(slices.Sorted(slices.Values(xs)), 0.5)
	dev := make([]float64, len(xs))
	for i, x := range xs {
		dev[i] = math.Abs(x - med)
	}
	mad := quantile(slices.Sorted(slices.Values(dev)), 0.5) * 1.4826
	out := make([]bool, len(xs))
	for i, x := range xs {
		out[i] = math.Abs(x-med)/mad > m.Threshold
	}
	return out
}

func main() {
	base := time.Date(2024, 10, 7, 0, 0, 0, 0, time.UTC)
	vals := []float64{21.2, 21.4, 21.1, 21.6, 21.3, 35.9, 21.5, 21.2, 21.8, 21.4,
		21.0, 20.9, 2.1, 21.3, 21.6, 21.7, 22.0, 21.9, 29.4, 21.5, 21.6, 21.2, 21.4, 21.3}
	readings := make([]Reading, len(vals))
	for i, v := range vals {
		readings[i] = Reading{base.Add(time.Duration(i) * time.Hour), v}
	}

	detectors := []Detector{ZScore{3}, ZScore{2}, IQR{1.5}, MAD{3.5}}
	results := make([][]bool, len(detectors))
	for i, d := range detectors {
		results[i] = d.Flags(vals)
	}

	header := fmt.Sprintf("%-6s %6s  ", "hour", "temp")
	for _, d := range detectors {
		header += fmt.Sprintf("%-12s", d.Name())
	}
	fmt.Println(strings.TrimRight(header, " "))
	for i, r := range readings {
		var cells []string
		flagged := false
		for j := range detectors {
			mark := "."
			if results[j][i] {
				mark, flagged = "X", true
			}
			cells = append(cells, fmt.Sprintf("%-12s", mark))
		}
		if !flagged && i%4 != 0 {
			continue // show flagged rows plus a sample of normal ones
		}
		fmt.Printf("%-6s %6.1f  %s\n", r.At.Format("15:04"), r.Value, strings.TrimRight(strings.Join(cells, ""), " "))
	}

	fmt.Println("\nflag counts:")
	for j, d := range detectors {
		n := 0
		for _, f := range results[j] {
			if f {
				n++
			}
		}
		fmt.Printf("  %-12s %d %s\n", d.Name(), n, strings.Repeat("!", n))
	}
}
