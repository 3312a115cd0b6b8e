// Parallel access-log analysis: chunked parsing, per-endpoint latency percentiles, merged and sorted.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

func makeLog() []string {
	methods := []string{"GET", "GET", "POST", "GET", "DELETE"}
	paths := []string{"/api/users", "/api/orders", "/health", "/api/orders/{id}", "/static/app.js"}
	codes := []int{200, 200, 200, 201, 404, 500, 200, 304}
	var lines []string
	for i := 0; i < 120; i++ {
		m := methods[i%len(methods)]
		p := paths[(i*3+i/7)%len(paths)]
		c := codes[(i*5+i/4)%len(codes)]
		lat := 3 + (i*37)%97
		if p == "/health" {
			lat = 1 + i%3
		}
		lines = append(lines, fmt.Sprintf("10.0.%d.%d - - %s %s %d %dms", i%4, i%50, m, p, c, lat))
	}
	lines = append(lines, "garbage line", "10.0.0.1 - - GET /x notanumber 5ms")
	return lines
}

type Stat struct {
	Count     int
	Errors    int
	Latencies []int
}

func parseChunk(lines []string) (map[string]*Stat, int) {
	out := map[string]*Stat{}
	bad := 0
	for _, l := range lines {
		f := strings.Fields(l)
		if len(f) != 7 {
			bad++
			continue
		}
		code, err1 := strconv.Atoi(f[5])
		lat, err2 := strconv.Atoi(strings.TrimSuffix(f[6], "ms"))
		if err1 != nil || err2 != nil {
			bad++
			continue
		}
		key := f[3] + " " + f[4]
		s := out[key]
		if s == nil {
			s = &Stat{}
			out[key] = s
		}
		s.Count++
		if code >= 500 {
			s.Errors++
		}
		s.Latencies = append(s.Latencies, lat)
	}
	return out, bad
}

func percentile(sorted []int, p int) int {
	idx := (p*len(sorted) + 99) / 100
	return sorted[max(0, idx-1)]
}

func main() {
	lines := makeLog()
	const chunks = 5
	size := (len(lines) + chunks - 1) / chunks
	partials := make([]map[string]*Stat, chunks)
	bads := make([]int, chunks)
	var wg sync.WaitGroup
	for c := 0; c < chunks; c++ {
		lo, hi := c*size, min((c+1)*size, len(lines))
		wg.Go(func() {
			partials[c], bads[c] = parseChunk(lines[lo:hi])
		})
	}
	wg.Wait()

	merged := map[string]*Stat{}
	badTotal := 0
	for c := range partials { // merge in chunk order
		badTotal += bads[c]
		for k, s := range partials[c] {
			m := merged[k]
			if m == nil {
				m = &Stat{}
				merged[k] = m
			}
			m.Count += s.Count
			m.Errors += s.Errors
			m.Latencies = append(m.Latencies, s.Latencies...)
		}
	}
	keys := make([]string, 0, len(merged))
	for k := range merged {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if merged[keys[i]].Count != merged[keys[j]].Count {
			return merged[keys[i]].Count > merged[keys[j]].Count
		}
		return keys[i] < keys[j]
	})
	fmt.Printf("parsed %d lines in %d chunks, %d malformed\n", len(lines)-badTotal, chunks, badTotal)
	fmt.Printf("%-24s %5s %4s %4s %4s %4s\n", "endpoint", "count", "5xx", "p50", "p90", "p99")
	for _, k := range keys {
		s := merged[k]
		sort.Ints(s.Latencies)
		fmt.Printf("%-24s %5d %4d %4d %4d %4d\n", k, s.Count, s.Errors,
			percentile(s.Latencies, 50), percentile(s.Latencies, 90), percentile(s.Latencies, 99))
	}
	slowest := ""
	worst := 0
	for _, k := range keys {
		if p := percentile(merged[k].Latencies, 99); p > worst {
			worst, slowest = p, k
		}
	}
	fmt.Printf("slowest p99: %s (%dms)\n", slowest, worst)
}
