// h01: parse Apache combined access logs with a regexp and report the top paths.
package main

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

const accessLog = `10.0.0.1 - - [12/Mar/2024:10:00:01 +0000] "GET /index.html HTTP/1.1" 200 5120 "-" "Mozilla/5.0"
10.0.0.2 - - [12/Mar/2024:10:00:02 +0000] "GET /api/users HTTP/1.1" 200 830 "-" "curl/8.0"
10.0.0.1 - - [12/Mar/2024:10:00:03 +0000] "POST /api/login HTTP/1.1" 401 90 "-" "Mozilla/5.0"
10.0.0.3 - - [12/Mar/2024:10:00:04 +0000] "GET /index.html HTTP/1.1" 304 0 "-" "Mozilla/5.0"
10.0.0.4 - - [12/Mar/2024:10:00:05 +0000] "GET /static/app.js HTTP/1.1" 200 20480 "-" "Mozilla/5.0"
this line is garbage and should be skipped
10.0.0.2 - - [12/Mar/2024:10:00:06 +0000] "GET /api/users HTTP/1.1" 500 120 "-" "curl/8.0"
10.0.0.5 - - [12/Mar/2024:10:00:07 +0000] "GET /api/users?page=2 HTTP/1.1" 200 790 "-" "curl/8.0"
10.0.0.1 - - [12/Mar/2024:10:00:08 +0000] "POST /api/login HTTP/1.1" 200 310 "-" "Mozilla/5.0"
10.0.0.6 - - [12/Mar/2024:10:00:09 +0000] "GET /index.html HTTP/1.1" 200 5120 "-" "Mozilla/5.0"
10.0.0.3 - - [12/Mar/2024:10:00:10 +0000] "GET /static/app.js HTTP/1.1" 304 - "-" "Mozilla/5.0"
10.0.0.7 - - [12/Mar/2024:10:00:11 +0000] "DELETE /api/users/7 HTTP/1.1" 403 45 "-" "curl/8.0"`

var lineRE = regexp.MustCompile(`^(\S+) \S+ \S+ \[([^\]]+)\] "(\S+) (\S+) [^"]*" (\d{3}) (\d+|-)`)

type hit struct {
	IP     string
	Method string
	Path   string
	Status int
	Bytes  int
}

type pathStats struct {
	Path   string
	Hits   int
	Bytes  int
	Errors int
}

func parse(line string) (hit, bool) {
	m := lineRE.FindStringSubmatch(line)
	if m == nil {
		return hit{}, false
	}
	status, _ := strconv.Atoi(m[5])
	size := 0
	if m[6] != "-" {
		size, _ = strconv.Atoi(m[6])
	}
	path, _, _ := strings.Cut(m[4], "?") // drop the query string
	return hit{IP: m[1], Method: m[3], Path: path, Status: status, Bytes: size}, true
}

func main() {
	stats := map[string]*pathStats{}
	ips := map[string]int{}
	skipped := 0
	for i, line := range strings.Split(accessLog, "\n") {
		h, ok := parse(line)
		if !ok {
			fmt.Printf("skip line %d: %q\n", i+1, line)
			skipped++
			continue
		}
		ps := stats[h.Path]
		if ps == nil {
			ps = &pathStats{Path: h.Path}
			stats[h.Path] = ps
		}
		ps.Hits++
		ps.Bytes += h.Bytes
		if h.Status >= 400 {
			ps.Errors++
		}
		ips[h.IP]++
	}

	rows := make([]*pathStats, 0, len(stats))
	for _, ps := range stats {
		rows = append(rows, ps)
	}
	slices.SortFunc(rows, func(a, b *pathStats) int {
		return cmp.Or(cmp.Compare(b.Hits, a.Hits), cmp.Compare(a.Path, b.Path))
	})

	const topN = 3
	fmt.Printf("\nTop %d paths:\n", topN)
	fmt.Printf("%-16s %5s %8s %6s\n", "PATH", "HITS", "BYTES", "ERRS")
	for _, ps := range rows[:min(topN, len(rows))] {
		fmt.Printf("%-16s %5d %8d %6d\n", ps.Path, ps.Hits, ps.Bytes, ps.Errors)
	}

	fmt.Println("\nAll paths by error rate:")
	slices.SortStableFunc(rows, func(a, b *pathStats) int {
		ra := float64(a.Errors) / float64(a.Hits)
		rb := float64(b.Errors) / float64(b.Hits)
		return cmp.Compare(rb, ra)
	})
	for _, ps := range rows {
		fmt.Printf("  %-16s %5.1f%%\n", ps.Path, 100*float64(ps.Errors)/float64(ps.Hits))
	}

	keys := slices.Sorted(func(yield func(string) bool) {
		for k := range ips {
			if !yield(k) {
				return
			}
		}
	})
	fmt.Println("\nRequests per client:")
	for _, ip := range keys {
		fmt.Printf("  %-10s %s\n", ip, strings.Repeat("#", ips[ip]))
	}
	fmt.Printf("\nskipped=%d unique_ips=%d unique_paths=%d\n", skipped, len(ips), len(stats))
}
