package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Job struct {
	ID   int
	Text string
}

type Result struct {
	JobID  int
	Worker int
	Words  int
	Vowels int
	Upper  string
}

func countVowels(s string) int {
	n := 0
	for _, r := range strings.ToLower(s) {
		if strings.ContainsRune("aeiou", r) {
			n++
		}
	}
	return n
}

func worker(id int, jobs <-chan Job, results chan<- Result, processed *atomic.Int64, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- Result{
			JobID:  j.ID,
			Worker: id,
			Words:  len(strings.Fields(j.Text)),
			Vowels: countVowels(j.Text),
			Upper:  strings.ToUpper(j.Text[:1]) + j.Text[1:],
		}
		processed.Add(1)
	}
}

func main() {
	texts := []string{
		"the quick brown fox",
		"jumps over the lazy dog",
		"go is expressive concise clean and efficient",
		"channels orchestrate mutexes serialize",
		"don't communicate by sharing memory",
		"share memory by communicating",
		"concurrency is not parallelism",
		"errors are values",
		"a little copying is better than a little dependency",
		"clear is better than clever",
	}
	jobs := make(chan Job)
	results := make(chan Result, len(texts))
	var processed atomic.Int64
	var wg sync.WaitGroup
	const numWorkers = 4
	for w := 1; w <= numWorkers; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &processed, &wg)
	}
	go func() {
		for i, t := range texts {
			jobs <- Job{ID: i + 1, Text: t}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	var all []Result
	workersUsed := map[int]bool{}
	for r := range results {
		all = append(all, r)
		workersUsed[r.Worker] = true
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	totalWords, totalVowels := 0, 0
	for _, r := range all {
		fmt.Printf("job %2d words=%d vowels=%2d %q\n", r.JobID, r.Words, r.Vowels, r.Upper)
		totalWords += r.Words
		totalVowels += r.Vowels
	}
	fmt.Println("processed:", processed.Load(), "results:", len(all))
	fmt.Println("totals:", totalWords, totalVowels)
	fmt.Println("at least one worker used:", len(workersUsed) >= 1 && len(workersUsed) <= numWorkers)

	byWords := make(map[int][]int)
	for _, r := range all {
		byWords[r.Words] = append(byWords[r.Words], r.JobID)
	}
	fmt.Println(byWords)
}
