package main

import (
	"errors"
	"fmt"
	"iter"
)

var ErrEmpty = errors.New("ring buffer empty")

type Ring[T any] struct {
	buf        []T
	head, size int
	overwrites int
}

func NewRing[T any](capacity int) *Ring[T] {
	return &Ring[T]{buf: make([]T, capacity)}
}

func (r *Ring[T]) Push(v T) {
	tail := (r.head + r.size) % len(r.buf)
	r.buf[tail] = v
	if r.size == len(r.buf) {
		r.head = (r.head + 1) % len(r.buf)
		r.overwrites++
		return
	}
	r.size++
}

func (r *Ring[T]) Pop() (T, error) {
	var zero T
	if r.size == 0 {
		return zero, ErrEmpty
	}
	v := r.buf[r.head]
	r.buf[r.head] = zero
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return v, nil
}

func (r *Ring[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := range r.size {
			if !yield(i, r.buf[(r.head+i)%len(r.buf)]) {
				return
			}
		}
	}
}

func (r *Ring[T]) Len() int { return r.size }

type MovingAverage struct {
	win *Ring[float64]
	sum float64
}

func (m *MovingAverage) Add(x float64) float64 {
	if m.win.Len() == len(m.win.buf) {
		old, _ := m.win.Pop()
		m.sum -= old
	}
	m.win.Push(x)
	m.sum += x
	return m.sum / float64(m.win.Len())
}

func main() {
	r := NewRing[string](3)
	for _, s := range []string{"a", "b", "c", "d", "e"} {
		r.Push(s)
	}
	fmt.Println("len", r.Len(), "overwrites", r.overwrites, "raw", r.buf, "head", r.head)
	for i, v := range r.All() {
		fmt.Printf("%d=%s ", i, v)
	}
	fmt.Println()
	for {
		v, err := r.Pop()
		if errors.Is(err, ErrEmpty) {
			fmt.Println("drained:", err)
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Printf("%q %d\n", r.buf, r.Len())

	ma := &MovingAverage{win: NewRing[float64](4)}
	prices := []float64{10, 11, 12, 13, 20, 8, 9, 30}
	for _, p := range prices {
		fmt.Printf("%5.1f -> avg %6.2f\n", p, ma.Add(p))
	}

	type event struct {
		ID   int
		Kind string
	}
	log := NewRing[event](4)
	for i := 1; i <= 6; i++ {
		kind := "info"
		if i%3 == 0 {
			kind = "warn"
		}
		log.Push(event{i, kind})
	}
	var last []event
	for _, e := range log.All() {
		last = append(last, e)
	}
	fmt.Printf("%v\n%+v\n", last, last[len(last)-1])
}
