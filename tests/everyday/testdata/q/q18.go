// q18: generic double-ended queue (growable ring) used for a sliding-window maximum.
package main

import (
	"fmt"
	"strings"
)

type Deque[T any] struct {
	buf        []T
	head, size int
}

func (d *Deque[T]) grow() {
	nb := make([]T, max(4, len(d.buf)*2))
	for i := range d.size {
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

func (d *Deque[T]) PushFront(v T) {
	if d.size == len(d.buf) {
		d.grow()
	}
	d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
	d.buf[d.head] = v
	d.size++
}

func (d *Deque[T]) PopFront() (T, bool) {
	var zero T
	if d.size == 0 {
		return zero, false
	}
	v := d.buf[d.head]
	d.buf[d.head] = zero
	d.head = (d.head + 1) % len(d.buf)
	d.size--
	return v, true
}

func (d *Deque[T]) PopBack() (T, bool) {
	var zero T
	if d.size == 0 {
		return zero, false
	}
	i := (d.head + d.size - 1) % len(d.buf)
	v := d.buf[i]
	d.buf[i] = zero
	d.size--
	return v, true
}

func (d *Deque[T]) Front() T { return d.buf[d.head] }
func (d *Deque[T]) Back() T  { return d.buf[(d.head+d.size-1)%len(d.buf)] }
func (d *Deque[T]) Len() int { return d.size }
func (d *Deque[T]) Cap() int { return len(d.buf) }

// WindowMax returns the max of every window of size k using a monotonic deque of indices.
func WindowMax[T int | float64](xs []T, k int) []T {
	var dq Deque[int]
	var out []T
	for i, x := range xs {
		for dq.Len() > 0 && dq.Front() <= i-k {
			dq.PopFront()
		}
		for dq.Len() > 0 && xs[dq.Back()] <= x {
			dq.PopBack()
		}
		dq.PushBack(i)
		if i >= k-1 {
			out = append(out, xs[dq.Front()])
		}
	}
	return out
}

func isPalindrome(s string) bool {
	var d Deque[rune]
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' {
			d.PushBack(r)
		}
	}
	for d.Len() > 1 {
		a, _ := d.PopFront()
		b, _ := d.PopBack()
		if a != b {
			return false
		}
	}
	return true
}

func main() {
	var d Deque[string]
	for i := range 6 {
		if i%2 == 0 {
			d.PushBack(fmt.Sprintf("b%d", i))
		} else {
			d.PushFront(fmt.Sprintf("f%d", i))
		}
		fmt.Printf("after op %d: len=%d cap=%d front=%s back=%s\n", i, d.Len(), d.Cap(), d.Front(), d.Back())
	}
	var drained []string
	for d.Len() > 0 {
		v, _ := d.PopFront()
		drained = append(drained, v)
	}
	fmt.Println("drained:", strings.Join(drained, " "))

	cpu := []int{12, 40, 33, 8, 71, 65, 20, 19, 90, 15, 14, 13}
	fmt.Println("cpu:        ", cpu)
	fmt.Println("max window3:", WindowMax(cpu, 3))
	fmt.Println("max window5:", WindowMax(cpu, 5))
	fmt.Println("float win2: ", WindowMax([]float64{0.5, 1.25, 0.75, 2.0, 1.5}, 2))
	for _, s := range []string{"A man, a plan, a canal: Panama", "golang", "Was it a car or a cat I saw?", "xy"} {
		fmt.Printf("palindrome %-34q %v\n", s, isPalindrome(s))
	}
}
