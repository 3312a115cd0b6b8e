// Concurrent prime sieve as a daisy chain of filter goroutines, plus a parallel segmented count.
package main

import (
	"fmt"
	"sync"
)

func generate(done <-chan struct{}) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 2; ; i++ {
			select {
			case ch <- i:
			case <-done:
				return
			}
		}
	}()
	return ch
}

func filter(done <-chan struct{}, in <-chan int, prime int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			if v%prime != 0 {
				select {
				case out <- v:
				case <-done:
					return
				}
			}
		}
	}()
	return out
}

func firstPrimes(n int) []int {
	done := make(chan struct{})
	defer close(done)
	ch := generate(done)
	var primes []int
	for len(primes) < n {
		p := <-ch
		primes = append(primes, p)
		ch = filter(done, ch, p)
	}
	return primes
}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	primes := firstPrimes(40)
	for i := 0; i < len(primes); i += 10 {
		fmt.Printf("primes %2d-%2d: %v\n", i+1, i+10, primes[i:i+10])
	}

	// Segmented counting: each goroutine counts primes in its own range.
	const limit = 5000
	const segs = 5
	counts := make([]int, segs)
	twins := make([]int, segs)
	var wg sync.WaitGroup
	for s := 0; s < segs; s++ {
		wg.Add(1)
		go func(s int) {
			defer wg.Done()
			lo, hi := s*limit/segs, (s+1)*limit/segs
			for n := lo; n < hi; n++ {
				if isPrime(n) {
					counts[s]++
					if isPrime(n + 2) {
						twins[s]++
					}
				}
			}
		}(s)
	}
	wg.Wait()
	total, totalTwins := 0, 0
	for s := 0; s < segs; s++ {
		fmt.Printf("segment [%4d,%4d): primes=%3d twin-pairs=%2d\n", s*limit/segs, (s+1)*limit/segs, counts[s], twins[s])
		total += counts[s]
		totalTwins += twins[s]
	}
	fmt.Printf("pi(%d) = %d, twin pairs starting below %d = %d\n", limit, total, limit, totalTwins)

	// Goldbach check for small even numbers, fanned out and gathered by index.
	evens := []int{4, 28, 100, 128, 330, 998, 1000, 2024}
	pairs := make([][2]int, len(evens))
	for i, e := range evens {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := 2; p <= e/2; p++ {
				if isPrime(p) && isPrime(e-p) {
					pairs[i] = [2]int{p, e - p}
					return
				}
			}
		}()
	}
	wg.Wait()
	for i, e := range evens {
		fmt.Printf("goldbach %4d = %d + %d\n", e, pairs[i][0], pairs[i][1])
	}
}
