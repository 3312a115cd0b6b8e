// ag03: fixed-size generic ring buffer with overwrite, used for moving averages and log tails.
package main

import (
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Ring[T any] struct {
	data  []T
	start int
	size  int
	drops int
}

func NewRing[T any](n int) *Ring[T] { return &Ring[T]{data: make([]T, n)} }

func (r *Ring[T]) Put(v T) {
	if r.size < len(r.data) {
		r.data[(r.start+r.size)%len(r.data)] = v
		r.size++
		return
	}
	r.data[r.start] = v
	r.start = (r.start + 1) % len(r.data)
	r.drops++
}

func (r *Ring[T]) Each(fn func(i int, v T)) {
	for i := 0; i < r.size; i++ {
		fn(i, r.data[(r.start+i)%len(r.data)])
	}
}

func (r *Ring[T]) Items() []T {
	out := make([]T, 0, r.size)
	r.Each(func(_ int, v T) { out = append(out, v) })
	return out
}

func (r *Ring[T]) Full() bool { return r.size == len(r.data) }

func Average[T Number](r *Ring[T]) float64 {
	if r.size == 0 {
		return 0
	}
	var sum T
	r.Each(func(_ int, v T) { sum += v })
	return float64(sum) / float64(r.size)
}

type Millis int64

func (m Millis) String() string { return fmt.Sprintf("%dms", int64(m)) }

type logLine struct {
	level string
	msg   string
}

func main() {
	win := NewRing[float64](4)
	samples := []float64{10, 12, 11, 15, 20, 18, 9, 7}
	for _, s := range samples {
		win.Put(s)
		fmt.Printf("sample %5.1f window=%v avg=%.2f full=%v\n", s, win.Items(), Average(win), win.Full())
	}

	lat := NewRing[Millis](3)
	for _, v := range []Millis{120, 80, 95, 300, 45} {
		lat.Put(v)
	}
	fmt.Println("latencies:", lat.Items(), "avg", Average(lat), "dropped", lat.drops)

	tail := NewRing[logLine](5)
	for i := 1; i <= 12; i++ {
		lvl := "INFO"
		if i%4 == 0 {
			lvl = "WARN"
		}
		if i%7 == 0 {
			lvl = "ERROR"
		}
		tail.Put(logLine{lvl, fmt.Sprintf("event %02d", i)})
	}
	fmt.Printf("last %d of %d log lines:\n", tail.size, tail.size+tail.drops)
	tail.Each(func(i int, l logLine) {
		fmt.Printf("  [%d] %-5s %s\n", i, l.level, l.msg)
	})

	words := NewRing[string](3)
	for _, w := range strings.Fields("the quick brown fox jumps over") {
		words.Put(w)
		fmt.Printf("%-6s -> %s\n", w, strings.Join(words.Items(), " "))
	}
}
