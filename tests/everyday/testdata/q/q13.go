// q13: generic fixed-size ring buffer used for rolling metrics windows.
package main

import (
	"fmt"
	"iter"
)

type Ring[T any] struct {
	buf   []T
	start int
	size  int
}

func NewRing[T any](capacity int) *Ring[T] { return &Ring[T]{buf: make([]T, capacity)} }

// Push appends v, overwriting the oldest element when full. It reports the evicted value.
func (r *Ring[T]) Push(v T) (evicted T, didEvict bool) {
	if r.size < len(r.buf) {
		r.buf[(r.start+r.size)%len(r.buf)] = v
		r.size++
		return evicted, false
	}
	evicted = r.buf[r.start]
	r.buf[r.start] = v
	r.start = (r.start + 1) % len(r.buf)
	return evicted, true
}

func (r *Ring[T]) Len() int   { return r.size }
func (r *Ring[T]) Full() bool { return r.size == len(r.buf) }

func (r *Ring[T]) At(i int) T { return r.buf[(r.start+i)%len(r.buf)] }

// All yields elements oldest first.
func (r *Ring[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := range r.size {
			if !yield(i, r.At(i)) {
				return
			}
		}
	}
}

type Numeric interface{ ~int | ~int64 | ~float64 }

// MovingAvg keeps a running sum so each update is O(1).
type MovingAvg[T Numeric] struct {
	ring *Ring[T]
	sum  T
}

func NewMovingAvg[T Numeric](window int) *MovingAvg[T] {
	return &MovingAvg[T]{ring: NewRing[T](window)}
}

func (m *MovingAvg[T]) Add(v T) float64 {
	if old, ok := m.ring.Push(v); ok {
		m.sum -= old
	}
	m.sum += v
	return float64(m.sum) / float64(m.ring.Len())
}

type RequestsPerSec int

type Event struct {
	Tick int
	Kind string
}

func main() {
	traffic := []RequestsPerSec{120, 130, 125, 400, 410, 390, 135, 128, 122, 900, 118, 121}
	ma := NewMovingAvg[RequestsPerSec](4)
	for i, v := range traffic {
		avg := ma.Add(v)
		alert := ""
		if float64(v) > 2*avg {
			alert = "  <-- spike"
		}
		fmt.Printf("t=%02d rps=%4d avg4=%7.2f%s\n", i, v, avg, alert)
	}

	lat := NewMovingAvg[float64](3)
	for _, v := range []float64{10.5, 11.0, 30.25, 9.75, 10.0} {
		fmt.Printf("latency %.2f -> avg %.3f\n", v, lat.Add(v))
	}

	events := NewRing[Event](5)
	for i := range 8 {
		kind := []string{"login", "view", "click", "logout"}[i%4]
		if old, ok := events.Push(Event{i, kind}); ok {
			fmt.Printf("dropped oldest event tick=%d kind=%s\n", old.Tick, old.Kind)
		}
	}
	fmt.Printf("last %d events (full=%v):\n", events.Len(), events.Full())
	for i, e := range events.All() {
		fmt.Printf("  [%d] tick=%d %s\n", i, e.Tick, e.Kind)
	}
}
