// q21: worker pool that checksums "files", collects results, then sorts for stable output.
package main

import (
	"cmp"
	"fmt"
	"hash/crc32"
	"slices"
	"strings"
	"sync"
)

type Job struct {
	ID   int
	Name string
	Body string
}

type Result struct {
	JobID    int
	Name     string
	Worker   int
	Lines    int
	Words    int
	Checksum uint32
	Err      error
}

type Processor interface {
	Process(Job) (Result, error)
}

type checksummer struct{ maxBytes int }

func (c checksummer) Process(j Job) (Result, error) {
	if len(j.Body) > c.maxBytes {
		return Result{}, fmt.Errorf("%s: %d bytes exceeds limit %d", j.Name, len(j.Body), c.maxBytes)
	}
	return Result{
		Lines:    strings.Count(j.Body, "\n") + 1,
		Words:    len(strings.Fields(j.Body)),
		Checksum: crc32.ChecksumIEEE([]byte(j.Body)),
	}, nil
}

func runPool(p Processor, jobs []Job, workers int) []Result {
	jobCh := make(chan Job)
	resCh := make(chan Result, len(jobs))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for j := range jobCh {
				r, err := p.Process(j)
				r.JobID, r.Name, r.Worker, r.Err = j.ID, j.Name, w, err
				resCh <- r
			}
		})
	}
	for _, j := range jobs {
		jobCh <- j
	}
	close(jobCh)
	wg.Wait()
	close(resCh)

	var results []Result
	for r := range resCh {
		results = append(results, r)
	}
	slices.SortFunc(results, func(a, b Result) int { return cmp.Compare(a.JobID, b.JobID) })
	return results
}

func main() {
	var jobs []Job
	templates := []string{
		"package main\nfunc main() {}\n",
		"SELECT id, name FROM users WHERE active = true;",
		"# README\n\nThis project does things.\nSee docs.",
		"key=value\nother=thing\n",
	}
	for i := range 14 {
		body := strings.Repeat(templates[i%len(templates)], 1+i%3)
		jobs = append(jobs, Job{ID: i + 1, Name: fmt.Sprintf("file-%02d.txt", i+1), Body: body})
	}
	results := runPool(checksummer{maxBytes: 100}, jobs, 4)

	var ok, failed, totalWords int
	workersUsed := map[int]bool{}
	for _, r := range results {
		workersUsed[r.Worker] = true
		if r.Err != nil {
			failed++
			fmt.Printf("#%02d %s ERROR %v\n", r.JobID, r.Name, r.Err)
			continue
		}
		ok++
		totalWords += r.Words
		fmt.Printf("#%02d %s lines=%2d words=%2d crc=%08x\n", r.JobID, r.Name, r.Lines, r.Words, r.Checksum)
	}
	fmt.Printf("ok=%d failed=%d words=%d\n", ok, failed, totalWords)
	fmt.Println("at least one worker used:", len(workersUsed) >= 1, "| never more than 4:", len(workersUsed) <= 4)
}
