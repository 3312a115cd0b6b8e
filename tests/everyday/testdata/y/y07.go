package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Result struct {
	Index  int
	Worker int
	Input  string
	Words  int
	Upper  string
}

func process(id, idx int, s string) Result {
	return Result{
		Index:  idx,
		Worker: id,
		Input:  s,
		Words:  len(strings.Fields(s)),
		Upper:  strings.ToUpper(s),
	}
}

func main() {
	docs := []string{
		"the cat sat",
		"on the mat",
		"go routines are cheap",
		"channels connect them",
		"wait groups wait",
		"mutexes guard state",
		"select multiplexes",
		"done",
	}

	jobs := make(chan int)
	results := make(chan Result, len(docs))
	var wg sync.WaitGroup
	for w := range 3 {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i := range jobs {
				results <- process(id, i, docs[i])
			}
		}(w)
	}
	for i := range docs {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(results)

	var all []Result
	for r := range results {
		all = append(all, r)
	}
	slices.SortFunc(all, func(a, b Result) int { return a.Index - b.Index })
	totalWords := 0
	for _, r := range all {
		totalWords += r.Words
		fmt.Printf("%d %-24q words=%d\n", r.Index, r.Input, r.Words)
	}
	fmt.Println("total words:", totalWords)

	// mutex-protected counter map
	var mu sync.Mutex
	freq := map[rune]int{}
	var wg2 sync.WaitGroup
	for _, d := range docs {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			local := map[rune]int{}
			for _, r := range d {
				if r != ' ' {
					local[r]++
				}
			}
			mu.Lock()
			defer mu.Unlock()
			for k, v := range local {
				freq[k] += v
			}
		}()
	}
	wg2.Wait()
	type rc struct {
		R rune
		N int
	}
	var top []rc
	for r, n := range freq {
		top = append(top, rc{r, n})
	}
	slices.SortFunc(top, func(a, b rc) int {
		if a.N != b.N {
			return b.N - a.N
		}
		return int(a.R - b.R)
	})
	for _, t := range top[:5] {
		fmt.Printf("%c:%d ", t.R, t.N)
	}
	fmt.Println()

	// WaitGroup.Go (Go 1.25+)
	var wg3 sync.WaitGroup
	squares := make([]int, 10)
	for i := range squares {
		wg3.Go(func() { squares[i] = i * i })
	}
	wg3.Wait()
	fmt.Println("squares:", squares)

	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("init once") })
	}
}
