// q36: concurrent prime sieve (daisy-chained filter goroutines) with clean teardown via done channel.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Sieve struct {
	done    chan struct{}
	wg      sync.WaitGroup
	filters int
}

func NewSieve() *Sieve { return &Sieve{done: make(chan struct{})} }

func (s *Sieve) generate() <-chan int {
	out := make(chan int)
	s.wg.Go(func() {
		defer close(out)
		for i := 2; ; i++ {
			select {
			case out <- i:
			case <-s.done:
				return
			}
		}
	})
	return out
}

func (s *Sieve) filter(in <-chan int, prime int) <-chan int {
	out := make(chan int)
	s.filters++
	s.wg.Go(func() {
		defer close(out)
		for n := range in {
			if n%prime == 0 {
				continue
			}
			select {
			case out <- n:
			case <-s.done:
				return
			}
		}
	})
	return out
}

// Primes returns the first n primes, then shuts down every goroutine in the chain.
func (s *Sieve) Primes(n int) []int {
	ch := s.generate()
	primes := make([]int, 0, n)
	for range n {
		p := <-ch
		primes = append(primes, p)
		ch = s.filter(ch, p)
	}
	close(s.done)
	// Drain the tail so upstream goroutines blocked on sends can observe done and exit.
	for range ch {
	}
	s.wg.Wait()
	return primes
}

type Factorization map[int]int

func (f Factorization) String(primes []int) string {
	var parts []string
	for _, p := range primes {
		if e := f[p]; e > 0 {
			if e == 1 {
				parts = append(parts, fmt.Sprint(p))
			} else {
				parts = append(parts, fmt.Sprintf("%d^%d", p, e))
			}
		}
	}
	return strings.Join(parts, " * ")
}

func factor(n int, primes []int) Factorization {
	f := Factorization{}
	for _, p := range primes {
		for n%p == 0 {
			f[p]++
			n /= p
		}
	}
	if n > 1 {
		f[n]++
	}
	return f
}

func main() {
	s := NewSieve()
	primes := s.Primes(40)
	fmt.Println("filters started:", s.filters)
	for row := range 4 {
		fmt.Println(primes[row*10 : row*10+10])
	}
	gaps := map[int]int{}
	maxGap := 0
	for i := 1; i < len(primes); i++ {
		g := primes[i] - primes[i-1]
		gaps[g]++
		maxGap = max(maxGap, g)
	}
	for g := 1; g <= maxGap; g++ {
		if gaps[g] > 0 {
			fmt.Printf("gap %2d occurs %2d times\n", g, gaps[g])
		}
	}
	twins := 0
	for i := 1; i < len(primes); i++ {
		if primes[i]-primes[i-1] == 2 {
			twins++
		}
	}
	fmt.Println("twin prime pairs:", twins)
	for _, n := range []int{360, 1001, 9973, 65536, 30030} {
		f := factor(n, primes)
		fmt.Printf("%6d = %s\n", n, f.String(append(primes, 9973)))
	}
}
