package main

import (
	"fmt"
	"math"
	"strings"
	"time"
)

type Point struct {
	Day  time.Time
	Temp float64
}

type Series []Point

var start = time.Date(2024, time.March, 1, 0, 0, 0, 0, time.UTC)

var temps = []float64{
	6.1, 7.4, 5.9, 8.2, 9.0, 10.3, 9.7, 8.8, 11.2, 12.5,
	13.1, 12.0, 10.4, 9.9, 11.8, 14.2, 15.0, 14.6, 13.3, 12.9,
	16.1, 17.4, 16.8, 15.5, 14.9,
}

func build() Series {
	s := make(Series, len(temps))
	for i, t := range temps {
		s[i] = Point{start.AddDate(0, 0, i), t}
	}
	return s
}

// Rolling returns the rolling mean with the given window; the first window-1 values are NaN
// unless minPeriods allows partial windows.
func (s Series) Rolling(window, minPeriods int) []float64 {
	out := make([]float64, len(s))
	sum := 0.0
	for i := range s {
		sum += s[i].Temp
		if i >= window {
			sum -= s[i-window].Temp
		}
		n := min(i+1, window)
		if n < minPeriods {
			out[i] = math.NaN()
		} else {
			out[i] = sum / float64(n)
		}
	}
	return out
}

func (s Series) RollingStd(window int) []float64 {
	out := make([]float64, len(s))
	for i := range s {
		if i+1 < window {
			out[i] = math.NaN()
			continue
		}
		var sum, sq float64
		for _, p := range s[i+1-window : i+1] {
			sum += p.Temp
		}
		mean := sum / float64(window)
		for _, p := range s[i+1-window : i+1] {
			d := p.Temp - mean
			sq += d * d
		}
		out[i] = math.Sqrt(sq / float64(window-1))
	}
	return out
}

func cell(v float64) string {
	if math.IsNaN(v) {
		return fmt.Sprintf("%7s", "NaN")
	}
	return fmt.Sprintf("%7.2f", v)
}

func main() {
	s := build()
	r3 := s.Rolling(3, 3)
	r7 := s.Rolling(7, 7)
	r7p := s.Rolling(7, 1)
	sd := s.RollingStd(7)

	fmt.Printf("%-10s %6s %7s %7s %7s %7s  %s\n", "date", "temp", "roll3", "roll7", "roll7m1", "std7", "trend")
	for i, p := range s {
		trend := ""
		if !math.IsNaN(r7[i]) {
			bars := int(math.Round(r7[i]))
			trend = strings.Repeat("#", bars)
		}
		line := fmt.Sprintf("%-10s %6.1f %s %s %s %s  %s",
			p.Day.Format("2006-01-02"), p.Temp, cell(r3[i]), cell(r7[i]), cell(r7p[i]), cell(sd[i]), trend)
		fmt.Println(strings.TrimRight(line, " "))
	}

	warmest, idx := math.Inf(-1), -1
	for i, v := range r7 {
		if !math.IsNaN(v) && v > warmest {
			warmest, idx = v, i
		}
	}
	fmt.Printf("\nwarmest 7-day window ends %s (%s) mean=%.2f\n",
		s[idx].Day.Format("Jan 2"), s[idx].Day.Weekday(), warmest)
}
