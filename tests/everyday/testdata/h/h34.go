// h34: rolling-window statistics over a metric time series with a generic ring buffer.
package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

type Ring[T any] struct {
	buf   []T
	start int
	n     int
}

func NewRing[T any](size int) *Ring[T] { return &Ring[T]{buf: make([]T, size)} }

// Push appends v, returning the evicted element if the ring was full.
func (r *Ring[T]) Push(v T) (evicted T, ok bool) {
	if r.n == len(r.buf) {
		evicted, ok = r.buf[r.start], true
		r.buf[r.start] = v
		r.start = (r.start + 1) % len(r.buf)
		return
	}
	r.buf[(r.start+r.n)%len(r.buf)] = v
	r.n++
	return
}

func (r *Ring[T]) All(yield func(T) bool) {
	for i := range r.n {
		if !yield(r.buf[(r.start+i)%len(r.buf)]) {
			return
		}
	}
}

const series = `2024-09-01T00:00:00Z cpu=41.0
2024-09-01T00:01:00Z cpu=43.5
2024-09-01T00:02:00Z cpu=40.2
2024-09-01T00:03:00Z cpu=44.8
2024-09-01T00:04:00Z cpu=42.1
2024-09-01T00:05:00Z cpu=97.3
2024-09-01T00:06:00Z cpu=45.0
2024-09-01T00:07:00Z cpu=
2024-09-01T00:08:00Z cpu=46.2
2024-09-01T00:09:00Z cpu=71.9
2024-09-01T00:10:00Z cpu=74.4
2024-09-01T00:11:00Z cpu=76.0
2024-09-01T00:12:00Z cpu=75.1`

func main() {
	const window = 4
	ring := NewRing[float64](window)
	var sum float64
	ewma, alpha := math.NaN(), 0.3
	var prev time.Time

	fmt.Println("time   value  sma4    ewma   z     flag")
	for line := range strings.Lines(series) {
		tsStr, kv, _ := strings.Cut(strings.TrimSpace(line), " ")
		ts, err := time.Parse(time.RFC3339, tsStr)
		if err != nil {
			panic(err)
		}
		if !prev.IsZero() && ts.Sub(prev) != time.Minute {
			fmt.Printf("%s gap of %v\n", ts.Format("15:04"), ts.Sub(prev))
		}
		prev = ts
		_, valStr, _ := strings.Cut(kv, "=")
		v, err := strconv.ParseFloat(valStr, 64)
		if err != nil {
			fmt.Printf("%s   missing value, carrying window forward\n", ts.Format("15:04"))
			continue
		}

		// z-score against the window *before* adding the new point.
		z := math.NaN()
		if ring.n == window {
			mean := sum / window
			var ss float64
			for x := range ring.All {
				ss += (x - mean) * (x - mean)
			}
			if sd := math.Sqrt(ss / window); sd > 0 {
				z = (v - mean) / sd
			}
		}

		if old, ok := ring.Push(v); ok {
			sum -= old
		}
		sum += v
		if math.IsNaN(ewma) {
			ewma = v
		} else {
			ewma = alpha*v + (1-alpha)*ewma
		}

		flag := ""
		switch {
		case !math.IsNaN(z) && math.Abs(z) > 3:
			flag = "SPIKE"
		case ewma > 65:
			flag = "SUSTAINED-HIGH"
		}
		zs := "   - "
		if !math.IsNaN(z) {
			zs = fmt.Sprintf("%5.1f", z)
		}
		row := fmt.Sprintf("%s  %5.1f  %5.1f  %6.2f %s  %s", ts.Format("15:04"), v, sum/float64(ring.n), ewma, zs, flag)
		fmt.Println(strings.TrimRight(row, " "))
	}

	var last []string
	for x := range ring.All {
		last = append(last, strconv.FormatFloat(x, 'f', 1, 64))
	}
	fmt.Println("final window:", strings.Join(last, ", "))
}
