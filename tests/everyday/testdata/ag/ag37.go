// ag37: monotonic deque over a generic ring for sliding-window max/min, plus rate limiting with a fixed window queue.
package main

import (
	"cmp"
	"fmt"
)

type Deque[T any] struct {
	buf        []T
	head, size int
}

func (d *Deque[T]) grow() {
	n := max(4, 2*len(d.buf))
	nb := make([]T, n)
	for i := 0; i < d.size; i++ {
		nb[i] = d.buf[(d.head+i)%len(d.buf)]
	}
	d.buf, d.head = nb, 0
}

func (d *Deque[T]) PushBack(v T) {
	if d.size == len(d.buf) {
		d.grow()
	}
	d.buf[(d.head+d.size)%len(d.buf)] = v
	d.size++
}

func (d *Deque[T]) Front() T { return d.buf[d.head] }
func (d *Deque[T]) Back() T  { return d.buf[(d.head+d.size-1)%len(d.buf)] }
func (d *Deque[T]) PopFront() {
	d.head = (d.head + 1) % len(d.buf)
	d.size--
}
func (d *Deque[T]) PopBack() { d.size-- }
func (d *Deque[T]) Len() int { return d.size }

type indexed[T any] struct {
	i int
	v T
}

// SlidingBest returns, for each full window of size k, the element preferred by better(a, b).
func SlidingBest[T any](xs []T, k int, better func(a, b T) bool) []T {
	var dq Deque[indexed[T]]
	var out []T
	for i, x := range xs {
		for dq.Len() > 0 && !better(dq.Back().v, x) {
			dq.PopBack()
		}
		dq.PushBack(indexed[T]{i, x})
		if dq.Front().i <= i-k {
			dq.PopFront()
		}
		if i >= k-1 {
			out = append(out, dq.Front().v)
		}
	}
	return out
}

func SlidingMax[T cmp.Ordered](xs []T, k int) []T {
	return SlidingBest(xs, k, func(a, b T) bool { return a > b })
}

func SlidingMin[T cmp.Ordered](xs []T, k int) []T {
	return SlidingBest(xs, k, func(a, b T) bool { return a < b })
}

type Millis int64

type RateLimiter struct {
	window Millis
	limit  int
	hits   Deque[Millis]
}

func (r *RateLimiter) Allow(now Millis) bool {
	for r.hits.Len() > 0 && r.hits.Front() <= now-r.window {
		r.hits.PopFront()
	}
	if r.hits.Len() >= r.limit {
		return false
	}
	r.hits.PushBack(now)
	return true
}

type Quote struct {
	Sym   string
	Price float64
}

func main() {
	xs := []int{1, 3, -1, -3, 5, 3, 6, 7}
	fmt.Println("input:      ", xs)
	fmt.Println("max k=3:    ", SlidingMax(xs, 3))
	fmt.Println("min k=3:    ", SlidingMin(xs, 3))
	fmt.Println("max k=1:    ", SlidingMax(xs, 1))
	fmt.Println("max k=len:  ", SlidingMax(xs, len(xs)))

	temps := []float64{12.5, 14.0, 13.2, 17.8, 16.1, 11.0, 10.4, 15.5, 18.9, 17.0}
	hi, lo := SlidingMax(temps, 4), SlidingMin(temps, 4)
	for i := range hi {
		fmt.Printf("days %d-%d: high %.1f low %.1f swing %.1f\n", i, i+3, hi[i], lo[i], hi[i]-lo[i])
	}
	words := []string{"pear", "apple", "fig", "kiwi", "banana", "cherry"}
	fmt.Println("lexi-max k=2:", SlidingMax(words, 2))

	quotes := []Quote{{"A", 10.5}, {"B", 12.0}, {"C", 9.75}, {"D", 12.0}, {"E", 8.0}}
	best := SlidingBest(quotes, 2, func(a, b Quote) bool { return a.Price >= b.Price })
	fmt.Print("best quote per pair:")
	for _, q := range best {
		fmt.Printf(" %s@%.2f", q.Sym, q.Price)
	}
	fmt.Println()

	rl := &RateLimiter{window: 1000, limit: 3}
	allowed, denied := 0, 0
	for _, t := range []Millis{0, 100, 200, 300, 999, 1000, 1150, 1200, 1250, 2100, 2101, 2200, 2300} {
		ok := rl.Allow(t)
		if ok {
			allowed++
		} else {
			denied++
		}
		fmt.Printf("t=%4d allow=%-5v in-window=%d\n", t, ok, rl.hits.Len())
	}
	fmt.Println("allowed:", allowed, "denied:", denied)
}
