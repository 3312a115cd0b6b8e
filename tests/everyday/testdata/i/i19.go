package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

// Base collection with counting; embedded into richer generic types.
type Bag[T comparable] struct {
	counts map[T]int
	total  int
}

func NewBag[T comparable]() Bag[T] { return Bag[T]{counts: map[T]int{}} }

func (b *Bag[T]) Add(v T, n int) {
	b.counts[v] += n
	b.total += n
}

func (b *Bag[T]) Count(v T) int { return b.counts[v] }
func (b *Bag[T]) Total() int    { return b.total }

// Histogram embeds Bag and adds ordering via a label function.
type Histogram[T comparable] struct {
	Bag[T]
	label func(T) string
}

func NewHistogram[T comparable](label func(T) string) *Histogram[T] {
	return &Histogram[T]{Bag: NewBag[T](), label: label}
}

func (h *Histogram[T]) Bars() iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		labels := map[string]T{}
		for k := range h.counts {
			labels[h.label(k)] = k
		}
		for _, l := range slices.Sorted(maps.Keys(labels)) {
			if !yield(l, h.counts[labels[l]]) {
				return
			}
		}
	}
}

func (h *Histogram[T]) Render(width int) {
	for l, c := range h.Bars() {
		bar := c * width / max(h.Total(), 1)
		fmt.Printf("%-8s %3d %s\n", l, c, string(slices.Repeat([]byte{'#'}, bar)))
	}
}

// TimedHistogram embeds a pointer to a generic struct and shadows Add.
type TimedHistogram[T comparable] struct {
	*Histogram[T]
	ticks []int
}

func (t *TimedHistogram[T]) Add(v T, tick int) {
	t.Histogram.Add(v, 1)
	t.ticks = append(t.ticks, tick)
}

type Status int

const (
	OK Status = iota
	Warn
	Fail
)

func (s Status) String() string { return [...]string{"ok", "warn", "fail"}[s] }

type Bucket struct{ Lo, Hi int }

func main() {
	h := NewHistogram(func(s Status) string { return s.String() })
	for _, s := range []Status{OK, OK, Warn, OK, Fail, OK, Warn, OK} {
		h.Add(s, 1)
	}
	fmt.Println("total:", h.Total(), "ok:", h.Count(OK), "fail:", h.Bag.Count(Fail))
	h.Render(20)

	ages := NewHistogram(func(b Bucket) string { return fmt.Sprintf("%02d-%02d", b.Lo, b.Hi) })
	for _, a := range []int{23, 35, 31, 19, 42, 38, 27, 33, 51, 36} {
		lo := a / 10 * 10
		ages.Add(Bucket{lo, lo + 9}, 1)
	}
	ages.Render(30)
	fmt.Println("30s:", ages.Count(Bucket{30, 39}))

	th := &TimedHistogram[string]{Histogram: NewHistogram(func(s string) string { return s })}
	for i, ev := range []string{"login", "click", "click", "logout", "login", "click"} {
		th.Add(ev, i*10)
	}
	fmt.Println("events:", th.Total(), "ticks:", th.ticks)
	for l, c := range th.Bars() {
		fmt.Printf("%s=%d ", l, c)
		if l == "login" {
			break
		}
	}
	fmt.Println()
	fmt.Printf("%T %T\n", th.Histogram, th.Bag)
}
