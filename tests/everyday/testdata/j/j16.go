// Command j16 checksums a set of documents concurrently. Each goroutine
// captures its own per-iteration loop variables and writes to its own
// slot, so output is deterministic regardless of scheduling.
package main

import (
	"crypto/sha256"
	"fmt"
	"hash/crc32"
	"strings"
	"sync"
)

type Doc struct {
	Name string
	Body string
}

type Result struct {
	Name   string
	Words  int
	CRC    uint32
	SHA256 string
}

func analyze(d Doc) Result {
	sum := sha256.Sum256([]byte(d.Body))
	return Result{
		Name:   d.Name,
		Words:  len(strings.Fields(d.Body)),
		CRC:    crc32.ChecksumIEEE([]byte(d.Body)),
		SHA256: fmt.Sprintf("%x", sum[:6]),
	}
}

func main() {
	docs := []Doc{
		{"readme", "Go is an open source programming language"},
		{"license", "Redistribution and use in source and binary forms"},
		{"notes", "per iteration loop variables arrived in Go 1.22"},
		{"empty", ""},
		{"poem", "gophers dig tunnels under the garden all day long"},
	}

	// Pattern 1: WaitGroup.Go and index-addressed results.
	results := make([]Result, len(docs))
	var wg sync.WaitGroup
	for i, d := range docs {
		wg.Go(func() { results[i] = analyze(d) }) // i and d are fresh each iteration
	}
	wg.Wait()
	for _, r := range results {
		fmt.Printf("%-8s words=%2d crc=%08x sha=%s\n", r.Name, r.Words, r.CRC, r.SHA256)
	}

	// Pattern 2: classic Add/Done with a mutex-protected aggregate.
	var (
		mu      sync.Mutex
		total   int
		longest string
	)
	for _, d := range docs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n := len(strings.Fields(d.Body))
			mu.Lock()
			defer mu.Unlock()
			total += n
			// Ties are broken lexicographically so the winner is order-independent.
			if len(d.Body) > len(longest) || (len(d.Body) == len(longest) && d.Body < longest) {
				longest = d.Body
			}
		}()
	}
	wg.Wait()
	fmt.Println("total words:", total)
	fmt.Printf("longest body: %q\n", longest)

	// Pattern 3: fan-out over integers with results sent on a buffered channel,
	// then reassembled by index.
	type sq struct{ i, v int }
	ch := make(chan sq, 8)
	for i := range 8 {
		wg.Go(func() { ch <- sq{i, i * i} })
	}
	wg.Wait()
	close(ch)
	squares := make([]int, 8)
	for s := range ch {
		squares[s.i] = s.v
	}
	fmt.Println("squares:", squares)

	// Pattern 4: closures collected in a loop each see their own variable.
	var printers []func() string
	for _, d := range docs[:3] {
		printers = append(printers, func() string { return strings.ToUpper(d.Name) })
	}
	for _, p := range printers {
		fmt.Print(p(), " ")
	}
	fmt.Println()

	// sync.Once guarding lazy initialisation used from many goroutines.
	var once sync.Once
	inits := 0
	for range 10 {
		wg.Go(func() { once.Do(func() { inits++ }) })
	}
	wg.Wait()
	fmt.Println("initialised", inits, "time(s)")
}
