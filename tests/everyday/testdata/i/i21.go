package main

import (
	"cmp"
	"fmt"
	"iter"
)

// Merge combines two sorted sequences into one sorted sequence using iter.Pull.
func Merge[T cmp.Ordered](a, b iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		na, stopA := iter.Pull(a)
		defer stopA()
		nb, stopB := iter.Pull(b)
		defer stopB()
		va, okA := na()
		vb, okB := nb()
		for okA || okB {
			if okA && (!okB || va <= vb) {
				if !yield(va) {
					return
				}
				va, okA = na()
			} else {
				if !yield(vb) {
					return
				}
				vb, okB = nb()
			}
		}
	}
}

// Multiples yields k, 2k, 3k, ... up to limit; it logs when it's stopped.
func Multiples(k, limit int, log *[]string) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer func() { *log = append(*log, fmt.Sprintf("multiples(%d) closed", k)) }()
		for v := k; v <= limit; v += k {
			if !yield(v) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) []T {
	var out []T
	if n <= 0 {
		return out
	}
	for v := range seq {
		out = append(out, v)
		if len(out) == n {
			break
		}
	}
	return out
}

// Equal compares two sequences element-wise using Pull.
func Equal[T comparable](a, b iter.Seq[T]) bool {
	na, sa := iter.Pull(a)
	defer sa()
	nb, sb := iter.Pull(b)
	defer sb()
	for {
		x, ok1 := na()
		y, ok2 := nb()
		if ok1 != ok2 || x != y {
			return false
		}
		if !ok1 {
			return true
		}
	}
}

type Tick int

func (t Tick) String() string { return fmt.Sprintf("t%d", int(t)) }

func Ticks(vals ...Tick) iter.Seq[Tick] {
	return func(yield func(Tick) bool) {
		for _, v := range vals {
			if !yield(v) {
				return
			}
		}
	}
}

func main() {
	var log []string
	merged := Merge(Multiples(3, 30, &log), Multiples(5, 30, &log))
	fmt.Println("first 8:", Take(merged, 8))
	fmt.Println("log after Take:", log)

	log = nil
	var all []int
	for v := range merged {
		all = append(all, v)
	}
	fmt.Println("all:", all)
	fmt.Println("log after full range:", log)

	fmt.Println("ticks:", Take(Merge(Ticks(1, 4, 9), Ticks(2, 3, 10, 11)), 10))
	fmt.Println("equal same:", Equal(Ticks(1, 2, 3), Ticks(1, 2, 3)))
	fmt.Println("equal prefix:", Equal(Ticks(1, 2), Ticks(1, 2, 3)))
	log = nil
	fmt.Println("equal diff:", Equal(Multiples(2, 10, &log), Multiples(4, 20, &log)), log)

	next, stop := iter.Pull(Multiples(7, 50, &log))
	for i := 0; i < 3; i++ {
		v, ok := next()
		fmt.Printf("pull %d: %d %t\n", i, v, ok)
	}
	stop()
	v, ok := next()
	fmt.Println("after stop:", v, ok, "take0:", Take(merged, 0))
}
