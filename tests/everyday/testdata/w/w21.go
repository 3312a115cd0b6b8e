package main

import (
	"container/ring"
	"fmt"
	"iter"
	"strings"
)

type Ring[T any] struct {
	buf   []T
	start int
	n     int
}

func NewRing[T any](capacity int) *Ring[T] {
	return &Ring[T]{buf: make([]T, capacity)}
}

func (r *Ring[T]) Push(v T) (dropped T, didDrop bool) {
	if r.n == len(r.buf) {
		dropped, didDrop = r.buf[r.start], true
		r.buf[r.start] = v
		r.start = (r.start + 1) % len(r.buf)
		return
	}
	r.buf[(r.start+r.n)%len(r.buf)] = v
	r.n++
	return
}

func (r *Ring[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for i := 0; i < r.n; i++ {
			if !yield(r.buf[(r.start+i)%len(r.buf)]) {
				return
			}
		}
	}
}

func (r *Ring[T]) Len() int { return r.n }

type MovingAvg struct {
	win *Ring[float64]
	sum float64
}

func (m *MovingAvg) Add(x float64) float64 {
	if old, ok := m.win.Push(x); ok {
		m.sum -= old
	}
	m.sum += x
	return m.sum / float64(m.win.Len())
}

func main() {
	r := NewRing[int](4)
	for i := 1; i <= 6; i++ {
		d, ok := r.Push(i * 10)
		fmt.Printf("push %d -> dropped=%d,%v\n", i*10, d, ok)
	}
	var got []int
	for v := range r.All() {
		got = append(got, v)
	}
	fmt.Println("contents:", got, "raw:", r.buf, "start:", r.start)

	ma := &MovingAvg{win: NewRing[float64](3)}
	prices := []float64{10, 11, 12, 13, 12, 11, 15, 20}
	var sb strings.Builder
	for _, p := range prices {
		fmt.Fprintf(&sb, "%.2f ", ma.Add(p))
	}
	fmt.Println("sma3:", strings.TrimSpace(sb.String()))

	tail := NewRing[string](3)
	logText := "boot\nload config\nconnect db\nserve :8080\nGET /\nGET /health\nshutdown"
	for _, line := range strings.Split(logText, "\n") {
		tail.Push(line)
	}
	for line := range tail.All() {
		fmt.Println("tail>", line)
	}

	cr := ring.New(5)
	for i := 0; i < cr.Len(); i++ {
		cr.Value = string(rune('A' + i))
		cr = cr.Next()
	}
	var seq []string
	cr.Do(func(v any) { seq = append(seq, v.(string)) })
	fmt.Println("ring:", seq)
	cr = cr.Move(2)
	removed := cr.Unlink(2)
	var rest, gone []string
	cr.Do(func(v any) { rest = append(rest, v.(string)) })
	removed.Do(func(v any) { gone = append(gone, v.(string)) })
	fmt.Println("after unlink:", rest, "removed:", gone)

	players := ring.New(7)
	for i := 1; i <= 7; i++ {
		players.Value = i
		players = players.Next()
	}
	players = players.Prev()
	var out []int
	for players.Len() > 1 {
		players = players.Move(2)
		out = append(out, players.Unlink(1).Value.(int))
	}
	fmt.Println("josephus order:", out, "survivor:", players.Value)
}
