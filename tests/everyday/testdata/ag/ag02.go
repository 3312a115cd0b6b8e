// ag02: generic deque backed by a growable ring, used for a queue and palindrome checks.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Deque[T any] struct {
	buf   []T
	head  int
	count int
}

func NewDeque[T any](capacity int) *Deque[T] {
	if capacity < 1 {
		capacity = 1
	}
	return &Deque[T]{buf: make([]T, capacity)}
}

func (d *Deque[T]) grow() {
	nb := make([]T, len(d.buf)*2)
	for i := 0; i < d.count; i++ {
		nb[i] = d.buf[(d.head+i)%len(d.buf)]
	}
	d.buf = nb
	d.head = 0
}

func (d *Deque[T]) PushBack(v T) {
	if d.count == len(d.buf) {
		d.grow()
	}
	d.buf[(d.head+d.count)%len(d.buf)] = v
	d.count++
}

func (d *Deque[T]) PushFront(v T) {
	if d.count == len(d.buf) {
		d.grow()
	}
	d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
	d.buf[d.head] = v
	d.count++
}

func (d *Deque[T]) PopFront() (T, bool) {
	var zero T
	if d.count == 0 {
		return zero, false
	}
	v := d.buf[d.head]
	d.buf[d.head] = zero
	d.head = (d.head + 1) % len(d.buf)
	d.count--
	return v, true
}

func (d *Deque[T]) PopBack() (T, bool) {
	var zero T
	if d.count == 0 {
		return zero, false
	}
	idx := (d.head + d.count - 1) % len(d.buf)
	v := d.buf[idx]
	d.buf[idx] = zero
	d.count--
	return v, true
}

func (d *Deque[T]) Len() int { return d.count }
func (d *Deque[T]) Cap() int { return len(d.buf) }

func (d *Deque[T]) Slice() []T {
	out := make([]T, d.count)
	for i := range out {
		out[i] = d.buf[(d.head+i)%len(d.buf)]
	}
	return out
}

func isPalindrome(s string) bool {
	d := NewDeque[rune](4)
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
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

type job struct {
	id   int
	name string
}

func main() {
	d := NewDeque[int](2)
	for i := 1; i <= 5; i++ {
		d.PushBack(i * 10)
		fmt.Printf("pushBack %d -> %v (cap %d)\n", i*10, d.Slice(), d.Cap())
	}
	d.PushFront(5)
	d.PushFront(1)
	fmt.Println("after pushFront:", d.Slice())
	f, _ := d.PopFront()
	b, _ := d.PopBack()
	fmt.Println("popped front", f, "back", b, "->", d.Slice())

	q := NewDeque[job](3)
	names := []string{"build", "test", "lint", "deploy"}
	for i, n := range names {
		q.PushBack(job{i + 1, n})
	}
	// high-priority job jumps the line
	q.PushFront(job{99, "hotfix"})
	for q.Len() > 0 {
		j, _ := q.PopFront()
		fmt.Printf("run job #%d %s (remaining %d)\n", j.id, j.name, q.Len())
	}
	_, ok := q.PopBack()
	fmt.Println("empty popBack ok:", ok)

	for _, s := range []string{"A man, a plan, a canal: Panama", "racecar", "hello", "No 'x' in Nixon", "ab"} {
		fmt.Printf("%-32q palindrome=%v\n", s, isPalindrome(s))
	}
}
