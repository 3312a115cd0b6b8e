// h21: worker pool parsing and scoring log chunks; results are sorted before printing.
package main

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
)

type job struct {
	id    int
	lines []string
}

type result struct {
	jobID    int
	requests int
	slow     int
	p99ish   int
	hosts    map[string]int
	parseErr []string
}

var reqRE = regexp.MustCompile(`host=(\w+) .*latency_ms=(\d+)`)

func process(j job) result {
	r := result{jobID: j.id, hosts: map[string]int{}}
	var lat []int
	for _, l := range j.lines {
		m := reqRE.FindStringSubmatch(l)
		if m == nil {
			r.parseErr = append(r.parseErr, fmt.Sprintf("job %d: %q", j.id, l))
			continue
		}
		ms, _ := strconv.Atoi(m[2])
		lat = append(lat, ms)
		r.requests++
		r.hosts[m[1]]++
		if ms > 250 {
			r.slow++
		}
	}
	if len(lat) > 0 {
		slices.Sort(lat)
		r.p99ish = lat[len(lat)*99/100]
	}
	return r
}

func generate() []string {
	hosts := []string{"web1", "web2", "web3"}
	var out []string
	for i := range 200 {
		if i%67 == 13 {
			out = append(out, "corrupted line #"+strconv.Itoa(i))
			continue
		}
		lat := (i*37)%300 + i%7
		out = append(out, fmt.Sprintf("ts=%d host=%s path=/p%d latency_ms=%d", 1000+i, hosts[i%len(hosts)], i%5, lat))
	}
	return out
}

func main() {
	lines := generate()
	const chunk, workers = 25, 4

	jobs := make(chan job)
	results := make(chan result)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				results <- process(j)
			}
		})
	}
	go func() {
		for id, start := 0, 0; start < len(lines); id, start = id+1, start+chunk {
			jobs <- job{id: id, lines: lines[start:min(start+chunk, len(lines))]}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	var all []result
	for r := range results {
		all = append(all, r)
	}
	// Completion order depends on scheduling; sort by job id for stable output.
	slices.SortFunc(all, func(a, b result) int { return cmp.Compare(a.jobID, b.jobID) })

	totalHosts := map[string]int{}
	var errs []string
	total, slow := 0, 0
	fmt.Println("job  reqs slow  max~p99")
	for _, r := range all {
		fmt.Printf("%3d  %4d %4d  %7d\n", r.jobID, r.requests, r.slow, r.p99ish)
		total += r.requests
		slow += r.slow
		for h, n := range r.hosts {
			totalHosts[h] += n
		}
		errs = append(errs, r.parseErr...)
	}
	fmt.Printf("\ntotal requests=%d slow=%d (%.1f%%)\n", total, slow, 100*float64(slow)/float64(total))
	hs := make([]string, 0, len(totalHosts))
	for h := range totalHosts {
		hs = append(hs, h)
	}
	slices.Sort(hs)
	for _, h := range hs {
		fmt.Printf("  %s: %d\n", h, totalHosts[h])
	}
	fmt.Println("parse errors:")
	for _, e := range errs {
		fmt.Println("  " + strings.TrimSpace(e))
	}
}
