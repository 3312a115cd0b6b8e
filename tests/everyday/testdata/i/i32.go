package main

import (
	"fmt"
	"iter"
	"strings"
)

// Ring is a fixed-size circular buffer that overwrites the oldest values.
type Ring[T any] struct {
	buf   []T
	start int
	n     int
}

func NewRing[T any](size int) *Ring[T] { return &Ring[T]{buf: make([]T, size)} }

func (r *Ring[T]) Push(v T) (evicted T, didEvict bool) {
	if r.n < len(r.buf) {
		r.buf[(r.start+r.n)%len(r.buf)] = v
		r.n++
		return evicted, false
	}
	evicted = r.buf[r.start]
	r.buf[r.start] = v
	r.start = (r.start + 1) % len(r.buf)
	return evicted, true
}

// Values yields oldest to newest; Backward yields newest to oldest.
func (r *Ring[T]) Values() iter.Seq[T] {
	return func(yield func(T) bool) {
		for i := range r.n {
			if !yield(r.buf[(r.start+i)%len(r.buf)]) {
				return
			}
		}
	}
}

func (r *Ring[T]) Backward() iter.Seq[T] {
	return func(yield func(T) bool) {
		for i := r.n - 1; i >= 0; i-- {
			if !yield(r.buf[(r.start+i)%len(r.buf)]) {
				return
			}
		}
	}
}

type Number interface{ ~int | ~float64 }

// RollingStats wraps a Ring and maintains a running sum.
type RollingStats[T Number] struct {
	*Ring[T]
	sum T
}

func (s *RollingStats[T]) Add(v T) {
	old, ev := s.Push(v)
	if ev {
		s.sum -= old
	}
	s.sum += v
}

func (s *RollingStats[T]) Mean() float64 { return float64(s.sum) / float64(max(s.n, 1)) }

type Watts float64

func (w Watts) String() string { return fmt.Sprintf("%.0fW", float64(w)) }

func main() {
	logs := NewRing[string](3)
	for _, l := range []string{"boot", "mount", "net up", "login", "cron"} {
		if old, ev := logs.Push(l); ev {
			fmt.Printf("evicted %q\n", old)
		}
	}
	var tail []string
	for l := range logs.Values() {
		tail = append(tail, l)
	}
	fmt.Println("tail:", strings.Join(tail, " | "))
	for l := range logs.Backward() {
		fmt.Println("latest:", l)
		break
	}

	power := &RollingStats[Watts]{Ring: NewRing[Watts](4)}
	for _, w := range []Watts{120, 130, 400, 125, 118, 900, 122} {
		power.Add(w)
		var win []string
		for v := range power.Values() {
			win = append(win, v.String())
		}
		fmt.Printf("add %-5v window=%-22s mean=%.2f\n", w, "["+strings.Join(win, ",")+"]", power.Mean())
	}

	counts := &RollingStats[int]{Ring: NewRing[int](2)}
	for i := 1; i <= 5; i++ {
		counts.Add(i * i)
	}
	fmt.Println("int window sum:", counts.sum, "mean:", counts.Mean())
	empty := &RollingStats[float64]{Ring: NewRing[float64](3)}
	fmt.Println("empty mean:", empty.Mean())
}
