package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

// Iterators with iter.Seq: primes, Fibonacci, take/filter adapters, and early break.

func Primes() iter.Seq[int] {
	return func(yield func(int) bool) {
		var found []int
		for n := 2; ; n++ {
			isPrime := true
			for _, p := range found {
				if p*p > n {
					break
				}
				if n%p == 0 {
					isPrime = false
					break
				}
			}
			if isPrime {
				found = append(found, n)
				if !yield(n) {
					return
				}
			}
		}
	}
}

func Fibonacci() iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		a, b := 0, 1
		for i := 0; ; i++ {
			if !yield(i, a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i >= n {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
}

func main() {
	fmt.Println("first 15 primes:", slices.Collect(Take(Primes(), 15)))

	for p := range Primes() {
		if p > 100 {
			fmt.Println("first prime above 100:", p)
			break
		}
	}

	mod4is1 := Filter(Primes(), func(p int) bool { return p%4 == 1 })
	fmt.Println("primes = 1 mod 4:", slices.Collect(Take(mod4is1, 10)))

	fmt.Println("Fibonacci:")
	for i, f := range Fibonacci() {
		if f > 1000 {
			fmt.Printf("  stop at F(%d)=%d\n", i, f)
			break
		}
		if i%3 == 0 {
			fmt.Printf("  F(%2d) = %4d (even)\n", i, f)
		}
	}

	// iterate a map in sorted order via maps.Keys + slices.Sorted
	lastDigit := map[int]int{}
	for p := range Take(Primes(), 500) {
		lastDigit[p%10]++
	}
	for _, d := range slices.Sorted(maps.Keys(lastDigit)) {
		fmt.Printf("last digit %d: %3d primes\n", d, lastDigit[d])
	}
	for i, w := range slices.Backward([]string{"alpha", "beta", "gamma", "delta"}) {
		fmt.Printf("%d:%s ", i, w)
	}
	fmt.Println()
}
