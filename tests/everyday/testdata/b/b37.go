package main

import (
	"fmt"
	"math"
	"strings"
)

type Observation struct {
	Month int // 0-based month index from Jan 2021
	Value float64
}

type TimeSeries struct {
	Name   string
	Period int
	Obs    []Observation
}

var monthNames = [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

func (o Observation) Label() string {
	return fmt.Sprintf("%s %d", monthNames[o.Month%12], 2021+o.Month/12)
}

func (ts TimeSeries) Values() []float64 {
	v := make([]float64, len(ts.Obs))
	for i, o := range ts.Obs {
		v[i] = o.Value
	}
	return v
}

// Autocorrelation at lag k.
func autocorr(x []float64, k int) float64 {
	m := 0.0
	for _, v := range x {
		m += v
	}
	m /= float64(len(x))
	var num, den float64
	for i := range x {
		den += (x[i] - m) * (x[i] - m)
		if i+k < len(x) {
			num += (x[i] - m) * (x[i+k] - m)
		}
	}
	return num / den
}

// centeredMA computes a 2x12 centered moving average for the trend.
func centeredMA(x []float64, p int) []float64 {
	out := make([]float64, len(x))
	half := p / 2
	for i := range x {
		if i < half || i+half >= len(x) {
			out[i] = math.NaN()
			continue
		}
		s := 0.5*x[i-half] + 0.5*x[i+half]
		for j := i - half + 1; j < i+half; j++ {
			s += x[j]
		}
		out[i] = s / float64(p)
	}
	return out
}

type Decomposition struct {
	Trend, Seasonal, Residual []float64
	SeasonalIndex             []float64
}

func (ts TimeSeries) Decompose() Decomposition {
	x := ts.Values()
	trend := centeredMA(x, ts.Period)
	sums := make([]float64, ts.Period)
	counts := make([]int, ts.Period)
	for i, v := range x {
		if !math.IsNaN(trend[i]) {
			sums[ts.Obs[i].Month%ts.Period] += v - trend[i]
			counts[ts.Obs[i].Month%ts.Period]++
		}
	}
	idx := make([]float64, ts.Period)
	mean := 0.0
	for i := range idx {
		idx[i] = sums[i] / float64(counts[i])
		mean += idx[i]
	}
	mean /= float64(ts.Period)
	for i := range idx {
		idx[i] -= mean
	}
	d := Decomposition{Trend: trend, SeasonalIndex: idx}
	for i, v := range x {
		s := idx[ts.Obs[i].Month%ts.Period]
		d.Seasonal = append(d.Seasonal, s)
		d.Residual = append(d.Residual, v-trend[i]-s)
	}
	return d
}

func main() {
	// Synthetic monthly electricity demand (GWh): trend + seasonality + a few shocks
	ts := TimeSeries{Name: "demand", Period: 12}
	season := []float64{38, 30, 18, 4, -8, 6, 26, 28, 4, -10, 10, 30}
	for m := 0; m < 48; m++ {
		v := 500 + 1.8*float64(m) + season[m%12] + 6*math.Sin(float64(m)*1.7)
		switch m {
		case 13:
			v += 55 // cold snap
		case 31:
			v -= 48 // outage
		}
		ts.Obs = append(ts.Obs, Observation{m, math.Round(v*10) / 10})
	}
	x := ts.Values()

	fmt.Println("Autocorrelation function:")
	for _, k := range []int{1, 2, 3, 6, 9, 12, 24} {
		r := autocorr(x, k)
		bar := strings.Repeat("+", int(math.Abs(r)*40))
		if r < 0 {
			bar = strings.Repeat("-", int(math.Abs(r)*40))
		}
		fmt.Println(strings.TrimRight(fmt.Sprintf("  lag %2d  %+.3f %s", k, r, bar), " "))
	}

	d := ts.Decompose()
	fmt.Println("\nSeasonal indices:")
	for i, s := range d.SeasonalIndex {
		fmt.Printf("  %s %+7.2f\n", monthNames[i], s)
	}

	var resid []float64
	for _, r := range d.Residual {
		if !math.IsNaN(r) {
			resid = append(resid, r)
		}
	}
	var m, ss float64
	for _, r := range resid {
		m += r
	}
	m /= float64(len(resid))
	for _, r := range resid {
		ss += (r - m) * (r - m)
	}
	sd := math.Sqrt(ss / float64(len(resid)-1))
	fmt.Printf("\nResiduals: n=%d mean=%.3f sd=%.3f\n", len(resid), m, sd)

	fmt.Println("Anomalies (|z| > 2.0):")
	for i, r := range d.Residual {
		if math.IsNaN(r) {
			continue
		}
		if z := (r - m) / sd; math.Abs(z) > 2.0 {
			fmt.Printf("  %s  value %.1f  trend %.1f  seasonal %+.1f  resid %+.1f  z=%+.2f\n",
				ts.Obs[i].Label(), x[i], d.Trend[i], d.Seasonal[i], r, z)
		}
	}

	first, last := d.Trend[6], d.Trend[len(x)-7]
	fmt.Printf("\nTrend growth: %.1f -> %.1f (%.2f GWh/month)\n", first, last, (last-first)/float64(len(x)-13))
	yoy := (x[47] - x[35]) / x[35] * 100
	fmt.Printf("Year-over-year change %s vs %s: %+.2f%%\n", ts.Obs[47].Label(), ts.Obs[35].Label(), yoy)
}
