package main

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

func generate(limit int) <-chan int {
	ch := make(chan int)
	go func() {
		for i := 2; i <= limit; i++ {
			ch <- i
		}
		close(ch)
	}()
	return ch
}

func filter(in <-chan int, prime int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			if n%prime != 0 {
				out <- n
			}
		}
		close(out)
	}()
	return out
}

type SafeMap struct {
	mu sync.Mutex
	m  map[string]int
}

func (s *SafeMap) Inc(k string, d int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k] += d
}

func process(id int) (int, error) {
	if id%7 == 6 {
		return 0, fmt.Errorf("task %d: %w", id, errors.New("bad input"))
	}
	return id * 3, nil
}

func main() {
	ch := generate(50)
	var primes []int
	for {
		p, ok := <-ch
		if !ok {
			break
		}
		primes = append(primes, p)
		ch = filter(ch, p)
	}
	fmt.Println(primes)

	sm := &SafeMap{m: map[string]int{}}
	var ops atomic.Int64
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			key := []string{"even", "odd"}[n%2]
			sm.Inc(key, n)
			ops.Add(1)
		}(i)
	}
	wg.Wait()
	fmt.Println(sm.m, ops.Load())

	type res struct {
		idx int
		val int
		err error
	}
	out := make(chan res, 14)
	for i := range 14 {
		go func() {
			v, err := process(i)
			out <- res{i, v, err}
		}()
	}
	vals := make([]int, 14)
	var errs []error
	errByIdx := map[int]error{}
	for range 14 {
		r := <-out
		vals[r.idx] = r.val
		if r.err != nil {
			errByIdx[r.idx] = r.err
		}
	}
	for i := range 14 {
		if e, ok := errByIdx[i]; ok {
			errs = append(errs, e)
		}
	}
	fmt.Println(vals)
	fmt.Println(errors.Join(errs...))
	fmt.Println(cap(out), len(out))
}
