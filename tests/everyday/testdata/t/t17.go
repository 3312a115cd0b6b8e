package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	id    int
	value int
}

func worker(id int, jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{id: j, value: j * j}
	}
	_ = id
}

func main() {
	jobs := make(chan int, 10)
	results := make(chan result, 10)
	var wg sync.WaitGroup
	for w := range 3 {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= 9; j++ {
		jobs <- j
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	fmt.Println(all)

	// mutex-protected counter
	var mu sync.Mutex
	counter := 0
	var wg2 sync.WaitGroup
	for i := range 50 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			counter += i
			mu.Unlock()
		}()
	}
	wg2.Wait()
	fmt.Println("counter:", counter)

	// results by index: no locking needed
	squares := make([]int, 8)
	var wg3 sync.WaitGroup
	for i := range squares {
		wg3.Go(func() {
			squares[i] = i * i
		})
	}
	wg3.Wait()
	fmt.Println(squares)

	// pipeline
	gen := func(n int) <-chan int {
		ch := make(chan int)
		go func() {
			defer close(ch)
			for i := range n {
				ch <- i
			}
		}()
		return ch
	}
	double := func(in <-chan int) <-chan int {
		out := make(chan int)
		go func() {
			defer close(out)
			for v := range in {
				out <- v * 2
			}
		}()
		return out
	}
	sum := 0
	for v := range double(double(gen(6))) {
		sum += v
	}
	fmt.Println("pipeline sum:", sum)

	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("once!") })
	}
}
