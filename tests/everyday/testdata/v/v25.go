package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

type LogLine struct {
	Service string
	Status  int
	Millis  int
}

type partial struct {
	worker int
	count  map[string]int
	errors map[string]int
	total  map[string]int
}

func parseLines(raw string) []LogLine {
	var out []LogLine
	for _, ln := range strings.Split(strings.TrimSpace(raw), "\n") {
		var l LogLine
		if _, err := fmt.Sscanf(ln, "%s %d %d", &l.Service, &l.Status, &l.Millis); err != nil {
			continue
		}
		out = append(out, l)
	}
	return out
}

const logs = `
api 200 35
api 200 41
web 200 120
api 500 900
db 200 5
web 404 12
api 200 38
db 200 7
db 503 2000
web 200 98
api 200 44
web 500 450
db 200 6
api 429 3
web 200 101
bad line here
api 200 29
`

func main() {
	lines := parseLines(logs)
	fmt.Println("parsed lines:", len(lines))

	const workers = 4
	chunkSize := (len(lines) + workers - 1) / workers
	results := make(chan partial, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		lo := w * chunkSize
		hi := min(lo+chunkSize, len(lines))
		wg.Add(1)
		go func(id int, chunk []LogLine) {
			defer wg.Done()
			p := partial{worker: id, count: map[string]int{}, errors: map[string]int{}, total: map[string]int{}}
			for _, l := range chunk {
				p.count[l.Service]++
				p.total[l.Service] += l.Millis
				if l.Status >= 500 {
					p.errors[l.Service]++
				}
			}
			results <- p
		}(w, lines[lo:hi])
	}
	wg.Wait()
	close(results)

	var parts []partial
	for p := range results {
		parts = append(parts, p)
	}
	slices.SortFunc(parts, func(a, b partial) int { return a.worker - b.worker })

	count, errs, total := map[string]int{}, map[string]int{}, map[string]int{}
	for _, p := range parts {
		fmt.Printf("worker %d saw %v\n", p.worker, p.count)
		for k, v := range p.count {
			count[k] += v
		}
		for k, v := range p.errors {
			errs[k] += v
		}
		for k, v := range p.total {
			total[k] += v
		}
	}

	services := make([]string, 0, len(count))
	for s := range count {
		services = append(services, s)
	}
	slices.Sort(services)
	fmt.Printf("%-5s %5s %6s %9s\n", "svc", "reqs", "err%", "avg ms")
	for _, s := range services {
		fmt.Printf("%-5s %5d %5.1f%% %9.2f\n", s, count[s], 100*float64(errs[s])/float64(count[s]), float64(total[s])/float64(count[s]))
	}

	// mutex-protected shared histogram
	var mu sync.Mutex
	hist := map[int]int{}
	var wg2 sync.WaitGroup
	for _, l := range lines {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			hist[l.Status/100*100]++
			mu.Unlock()
		}()
	}
	wg2.Wait()
	fmt.Println("status classes:", hist)

	// fan-in pipeline with ordered results by index
	squares := make([]int, 10)
	var wg3 sync.WaitGroup
	for i := range squares {
		wg3.Go(func() { squares[i] = i * i })
	}
	wg3.Wait()
	fmt.Println(squares)
}
