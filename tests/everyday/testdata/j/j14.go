// Command j14 uses iter.Pull to merge sorted streams, zip sequences and
// compare two iterators element by element.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

// Merge combines two ascending sequences into one ascending sequence.
func Merge[T cmp.Ordered](a, b iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		nextA, stopA := iter.Pull(a)
		defer stopA()
		nextB, stopB := iter.Pull(b)
		defer stopB()
		va, okA := nextA()
		vb, okB := nextB()
		for okA || okB {
			var v T
			if okA && (!okB || va <= vb) {
				v = va
				va, okA = nextA()
			} else {
				v = vb
				vb, okB = nextB()
			}
			if !yield(v) {
				return
			}
		}
	}
}

// Zip pairs up two sequences, stopping at the shorter one.
func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nb, stop := iter.Pull(b)
		defer stop()
		for va := range a {
			vb, ok := nb()
			if !ok || !yield(va, vb) {
				return
			}
		}
	}
}

// Equal reports whether two sequences yield the same values, and where they differ.
func Equal[T comparable](a, b iter.Seq[T]) (bool, int) {
	na, sa := iter.Pull(a)
	defer sa()
	nb, sb := iter.Pull(b)
	defer sb()
	for i := 0; ; i++ {
		va, okA := na()
		vb, okB := nb()
		if okA != okB || va != vb {
			return false, i
		}
		if !okA {
			return true, i
		}
	}
}

func countdown(from int, log *[]string) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer func() { *log = append(*log, fmt.Sprintf("countdown(%d) cleaned up", from)) }()
		for i := from; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	odds := slices.Values([]int{1, 3, 5, 7, 9, 11})
	evens := slices.Values([]int{2, 4, 6})
	fmt.Println("merged:", slices.Collect(Merge(odds, evens)))

	names := slices.Values([]string{"ana", "ben", "cleo", "dan"})
	ages := slices.Values([]int{31, 27, 45})
	for n, a := range Zip(names, ages) {
		fmt.Printf("%s is %d\n", n, a)
	}

	eq, at := Equal(slices.Values([]string{"a", "b", "c"}), slices.Values([]string{"a", "b", "c"}))
	fmt.Println("equal:", eq, "checked", at)
	eq, at = Equal(slices.Values([]int{1, 2, 3}), slices.Values([]int{1, 2, 4, 5}))
	fmt.Println("equal:", eq, "differs at index", at)

	// Pulling manually and stopping early runs the iterator's deferred cleanup.
	var log []string
	next, stop := iter.Pull(countdown(5, &log))
	for range 2 {
		v, ok := next()
		fmt.Println("pulled", v, ok)
	}
	stop()
	v, ok := next()
	fmt.Println("after stop:", v, ok, log)

	// Merging three streams by nesting.
	words := Merge(Merge(slices.Values([]string{"apple", "kiwi"}),
		slices.Values([]string{"banana", "mango"})), slices.Values([]string{"cherry"}))
	fmt.Println("merged words:", slices.Collect(words))
}
