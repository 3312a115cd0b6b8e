package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// A concurrent image-processing-style pipeline: stages connected by
// channels, with a worker pool in the middle. Results are re-ordered by
// sequence number so output is deterministic.

type Job struct {
	Seq  int
	Name string
}

type Result struct {
	Seq      int
	Name     string
	Checksum uint32
	Worker   int
}

func generate(names []string) <-chan Job {
	out := make(chan Job)
	go func() {
		defer close(out)
		for i, n := range names {
			out <- Job{i, n}
		}
	}()
	return out
}

func checksum(s string) uint32 {
	var h uint32 = 2166136261
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func process(id int, in <-chan Job, out chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range in {
		// simulate work: repeatedly hash the name
		data := strings.Repeat(j.Name, 50)
		out <- Result{j.Seq, j.Name, checksum(data), id}
	}
}

func fanOut(in <-chan Job, workers int) <-chan Result {
	out := make(chan Result)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go process(w, in, out, &wg)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	files := []string{
		"cat.png", "dog.jpg", "sunset.tiff", "logo.svg", "avatar.webp",
		"banner.gif", "invoice.pdf", "chart.png", "map.jpg", "icon.ico",
	}

	results := fanOut(generate(files), 4)

	var collected []Result
	perWorker := map[int]int{}
	for r := range results {
		collected = append(collected, r)
		perWorker[r.Worker]++
	}
	sort.Slice(collected, func(i, j int) bool { return collected[i].Seq < collected[j].Seq })

	for _, r := range collected {
		fmt.Printf("%2d %-12s %08x\n", r.Seq, r.Name, r.Checksum)
	}

	total := 0
	for _, n := range perWorker {
		total += n
	}
	// which worker handled which job varies between runs, so only the total is printed
	fmt.Printf("processed=%d workers used<=4: %t\n", total, len(perWorker) <= 4)

	var xor uint32
	for _, r := range collected {
		xor ^= r.Checksum
	}
	fmt.Printf("combined digest: %08x\n", xor)
}
