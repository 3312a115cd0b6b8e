// Command j33 runs a three-stage concurrent pipeline (generate, fan-out
// workers, collect) over channels. Results carry their job index so the
// final report is deterministic no matter how goroutines interleave.
package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Job struct {
	ID   int
	Text string
}

type Result struct {
	JobID     int
	Worker    int
	Vowels    int
	Palindrom bool
	Err       error
}

var ErrEmpty = errors.New("empty input")

func generate(texts []string) <-chan Job {
	out := make(chan Job)
	go func() {
		defer close(out)
		for i, t := range texts {
			out <- Job{i, t}
		}
	}()
	return out
}

func process(j Job) (vowels int, pal bool, err error) {
	s := strings.ToLower(strings.Join(strings.Fields(j.Text), ""))
	if s == "" {
		return 0, false, fmt.Errorf("job %d: %w", j.ID, ErrEmpty)
	}
	vowels = strings.Count(s, "a") + strings.Count(s, "e") + strings.Count(s, "i") +
		strings.Count(s, "o") + strings.Count(s, "u")
	r := []rune(s)
	pal = true
	for i := range len(r) / 2 {
		if r[i] != r[len(r)-1-i] {
			pal = false
			break
		}
	}
	return vowels, pal, nil
}

func workers(n int, in <-chan Job) <-chan Result {
	out := make(chan Result)
	var wg sync.WaitGroup
	for w := range n {
		wg.Go(func() {
			for j := range in {
				v, p, err := process(j)
				out <- Result{j.ID, w, v, p, err}
			}
		})
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	texts := []string{
		"Never odd or even", "Gophers build pipelines", "", "Step on no pets",
		"Channels are typed conduits", "Was it a car or a cat I saw", "   ", "Go",
		"A man a plan a canal Panama", "Concurrency is not parallelism",
	}
	const numWorkers = 4

	results := make([]Result, 0, len(texts))
	perWorker := make([]int, numWorkers)
	for r := range workers(numWorkers, generate(texts)) {
		results = append(results, r)
		perWorker[r.Worker]++ // which worker got what varies; only totals are reported
	}
	slices.SortFunc(results, func(a, b Result) int { return a.JobID - b.JobID })

	var errs []error
	totalVowels, pals := 0, 0
	for _, r := range results {
		if r.Err != nil {
			errs = append(errs, r.Err)
			fmt.Printf("#%d  %-32q error: %v\n", r.JobID, texts[r.JobID], r.Err)
			continue
		}
		totalVowels += r.Vowels
		mark := ""
		if r.Palindrom {
			pals++
			mark = "palindrome"
		}
		fmt.Printf("#%d  %-32q vowels=%-2d %s\n", r.JobID, texts[r.JobID], r.Vowels, mark)
	}
	sum := 0
	for _, n := range perWorker {
		sum += n
	}
	fmt.Printf("jobs=%d handled=%d vowels=%d palindromes=%d errors=%d\n",
		len(texts), sum, totalVowels, pals, len(errs))
	err := errors.Join(errs...)
	fmt.Println("all errors are ErrEmpty:", errors.Is(err, ErrEmpty), "| first:", errs[0])

	// A bounded semaphore limits concurrency; results again go to fixed slots.
	sem := make(chan struct{}, 2)
	lengths := make([]int, len(texts))
	var wg sync.WaitGroup
	for i, t := range texts {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			lengths[i] = len(strings.Fields(t))
		})
	}
	wg.Wait()
	fmt.Println("word counts:", lengths)
}
