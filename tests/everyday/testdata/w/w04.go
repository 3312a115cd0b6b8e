package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Job struct {
	ID   int
	Text string
}

type Result struct {
	JobID  int
	Words  int
	Vowels int
	Worker int
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

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- Result{JobID: j.ID, Words: len(strings.Fields(j.Text)), Vowels: countVowels(j.Text), Worker: id}
	}
}

type FreqTable struct {
	mu     sync.Mutex
	counts map[string]int
}

func (f *FreqTable) AddAll(words []string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, w := range words {
		f.counts[strings.ToLower(strings.Trim(w, ".,!?"))]++
	}
}

func main() {
	texts := []string{
		"Go is expressive, concise, clean, and efficient.",
		"Its concurrency mechanisms make it easy to write programs.",
		"Go compiles quickly to machine code.",
		"It is a fast, statically typed, compiled language.",
		"The quick brown fox jumps over the lazy dog.",
		"Clear is better than clever.",
		"Don't communicate by sharing memory; share memory by communicating.",
		"A little copying is better than a little dependency.",
	}
	jobs := make(chan Job)
	results := make(chan Result, len(texts))
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	go func() {
		for i, t := range texts {
			jobs <- Job{i, t}
		}
		close(jobs)
	}()
	go func() { wg.Wait(); close(results) }()

	var all []Result
	perWorker := map[int]int{}
	for r := range results {
		all = append(all, r)
		perWorker[r.Worker]++
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	totalWords := 0
	for _, r := range all {
		totalWords += r.Words
		fmt.Printf("job %d: words=%2d vowels=%2d\n", r.JobID, r.Words, r.Vowels)
	}
	fmt.Println("total words:", totalWords, "workers used <= 3:", len(perWorker) <= 3)

	freq := &FreqTable{counts: make(map[string]int)}
	var wg2 sync.WaitGroup
	for _, t := range texts {
		wg2.Add(1)
		go func(s string) {
			defer wg2.Done()
			freq.AddAll(strings.Fields(s))
		}(t)
	}
	wg2.Wait()
	var repeated []string
	for w, c := range freq.counts {
		if c > 1 {
			repeated = append(repeated, w)
		}
	}
	sort.Slice(repeated, func(i, j int) bool {
		a, b := repeated[i], repeated[j]
		if freq.counts[a] != freq.counts[b] {
			return freq.counts[a] > freq.counts[b]
		}
		return a < b
	})
	for _, w := range repeated {
		fmt.Printf("%-10s %d\n", w, freq.counts[w])
	}
}
