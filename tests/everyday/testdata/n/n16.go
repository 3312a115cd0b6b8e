// Rolling windows over hourly metrics: rolling mean/min/max/std via a ring buffer and monotonic deque.
package main

import (
	"fmt"
	"math"
	"time"
)

type Sample struct {
	At  time.Time
	CPU float64
}

type Ring struct {
	buf       []float64
	head, n   int
	sum, sumS float64
}

func NewRing(size int) *Ring { return &Ring{buf: make([]float64, size)} }

func (r *Ring) Push(x float64) {
	if r.n == len(r.buf) {
		old := r.buf[r.head]
		r.sum -= old
		r.sumS -= old * old
	} else {
		r.n++
	}
	r.buf[r.head] = x
	r.head = (r.head + 1) % len(r.buf)
	r.sum += x
	r.sumS += x * x
}

func (r *Ring) Full() bool    { return r.n == len(r.buf) }
func (r *Ring) Mean() float64 { return r.sum / float64(r.n) }
func (r *Ring) Std() float64 {
	m := r.Mean()
	v := r.sumS/float64(r.n) - m*m
	return math.Sqrt(max(v, 0))
}

// slidingMax returns the max of each window of size w using a monotonic deque of indices.
func slidingMax(xs []float64, w int, less func(a, b float64) bool) []float64 {
	out := make([]float64, len(xs))
	var dq []int
	for i, x := range xs {
		for len(dq) > 0 && dq[0] <= i-w {
			dq = dq[1:]
		}
		for len(dq) > 0 && !less(x, xs[dq[len(dq)-1]]) {
			dq = dq[:len(dq)-1]
		}
		dq = append(dq, i)
		out[i] = xs[dq[0]]
	}
	return out
}

func main() {
	start := time.Date(2024, time.February, 28, 18, 0, 0, 0, time.UTC)
	var samples []Sample
	for i := 0; i < 30; i++ {
		t := start.Add(time.Duration(i) * time.Hour)
		base := 40 + 25*math.Sin(float64(i)*2*math.Pi/24)
		spike := 0.0
		if i == 13 || i == 14 {
			spike = 30
		}
		samples = append(samples, Sample{t, base + spike + float64((i*17)%7) - 3})
	}
	const w = 6
	vals := make([]float64, len(samples))
	for i, s := range samples {
		vals[i] = s.CPU
	}
	maxes := slidingMax(vals, w, func(a, b float64) bool { return a < b })
	mins := slidingMax(vals, w, func(a, b float64) bool { return a > b })
	ring := NewRing(w)
	fmt.Printf("window=%d samples (%v)\n", w, time.Duration(w)*time.Hour)
	fmt.Println("timestamp          cpu   mean    std    min    max  alert")
	alerts := 0
	for i, s := range samples {
		prevMean, prevStd, full := 0.0, 0.0, ring.Full()
		if full {
			prevMean, prevStd = ring.Mean(), ring.Std()
		}
		ring.Push(s.CPU)
		if !ring.Full() {
			fmt.Printf("%s %5.1f      -      -      -      -\n", s.At.Format("Jan 02 15:04"), s.CPU)
			continue
		}
		alert := ""
		if full && s.CPU > prevMean+2.5*prevStd {
			alert = "  SPIKE"
			alerts++
		}
		fmt.Printf("%s %5.1f %6.1f %6.2f %6.1f %6.1f%s\n", s.At.Format("Jan 02 15:04"), s.CPU,
			ring.Mean(), ring.Std(), mins[i], maxes[i], alert)
	}
	fmt.Printf("alerts=%d; 2024 leap day present: %t\n", alerts, samples[10].At.Day() == 29)
}
