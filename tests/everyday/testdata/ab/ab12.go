package main

import (
	"fmt"
	"math"
	"slices"
	"sort"
)

type Request struct {
	Endpoint string
	Status   int
	Millis   float64
}

var endpoints = []string{"/api/login", "/api/search", "/api/cart", "/api/checkout"}

// Latencies generated deterministically from a small linear recurrence (no RNG needed).
func generate() []Request {
	var out []Request
	x := 17
	for i := 0; i < 120; i++ {
		x = (x*73 + 41) % 997
		ep := endpoints[i%len(endpoints)]
		base := map[string]float64{"/api/login": 40, "/api/search": 85, "/api/cart": 25, "/api/checkout": 150}[ep]
		ms := base + float64(x%97)*base/60
		if x%31 == 0 {
			ms *= 6 // occasional slow outlier
		}
		status := 200
		if x%23 == 0 {
			status = 500
		} else if x%19 == 0 {
			status = 404
		}
		out = append(out, Request{ep, status, math.Round(ms*10) / 10})
	}
	return out
}

// Quantile uses linear interpolation between closest ranks (numpy default, pandas default).
func Quantile(sorted []float64, q float64) float64 {
	if len(sorted) == 0 {
		return math.NaN()
	}
	pos := q * float64(len(sorted)-1)
	lo := int(math.Floor(pos))
	hi := int(math.Ceil(pos))
	frac := pos - float64(lo)
	return sorted[lo] + (sorted[hi]-sorted[lo])*frac
}

type Summary struct {
	N                        int
	Mean, P50, P90, P95, P99 float64
	Max                      float64
	Errors                   int
}

func summarize(rs []Request) Summary {
	xs := make([]float64, 0, len(rs))
	s := Summary{N: len(rs)}
	sum := 0.0
	for _, r := range rs {
		xs = append(xs, r.Millis)
		sum += r.Millis
		if r.Status >= 500 {
			s.Errors++
		}
	}
	slices.Sort(xs)
	s.Mean = sum / float64(len(xs))
	s.P50, s.P90 = Quantile(xs, 0.5), Quantile(xs, 0.9)
	s.P95, s.P99 = Quantile(xs, 0.95), Quantile(xs, 0.99)
	s.Max = xs[len(xs)-1]
	return s
}

func main() {
	reqs := generate()
	by := map[string][]Request{}
	for _, r := range reqs {
		by[r.Endpoint] = append(by[r.Endpoint], r)
	}
	keys := make([]string, 0, len(by))
	for k := range by {
		keys = append(keys, k)
	}
	sort.Strings(keys)

	fmt.Printf("%-14s %4s %8s %8s %8s %8s %8s %8s %5s\n", "endpoint", "n", "mean", "p50", "p90", "p95", "p99", "max", "err%")
	for _, k := range keys {
		s := summarize(by[k])
		fmt.Printf("%-14s %4d %8.1f %8.1f %8.1f %8.1f %8.1f %8.1f %5.1f\n", k, s.N, s.Mean, s.P50, s.P90, s.P95, s.P99, s.Max,
			100*float64(s.Errors)/float64(s.N))
	}
	all := summarize(reqs)
	fmt.Printf("%-14s %4d %8.1f %8.1f %8.1f %8.1f %8.1f %8.1f %5.1f\n", "ALL", all.N, all.Mean, all.P50, all.P90, all.P95, all.P99, all.Max,
		100*float64(all.Errors)/float64(all.N))

	statuses := map[int]int{}
	for _, r := range reqs {
		statuses[r.Status]++
	}
	codes := make([]int, 0, len(statuses))
	for c := range statuses {
		codes = append(codes, c)
	}
	sort.Ints(codes)
	fmt.Println("\nstatus value_counts:")
	for _, c := range codes {
		fmt.Printf("  %d %4d\n", c, statuses[c])
	}

	// SLO check: fraction of requests under 200ms per endpoint
	fmt.Println("\nSLO (<200ms) attainment:")
	for _, k := range keys {
		ok := 0
		for _, r := range by[k] {
			if r.Millis < 200 {
				ok++
			}
		}
		pct := 100 * float64(ok) / float64(len(by[k]))
		flag := "OK"
		if pct < 95 {
			flag = "BREACH"
		}
		fmt.Printf("  %-14s %6.2f%% %s\n", k, pct, flag)
	}
}
