package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const accessLog = `10.0.0.1 - - [12/Mar/2024:10:00:01 +0000] "GET /api/users HTTP/1.1" 200 512 0.031
10.0.0.2 - - [12/Mar/2024:10:00:02 +0000] "GET /api/orders HTTP/1.1" 200 2048 0.120
10.0.0.1 - - [12/Mar/2024:10:00:03 +0000] "POST /api/orders HTTP/1.1" 201 128 0.250
10.0.0.3 - - [12/Mar/2024:10:00:03 +0000] "GET /health HTTP/1.1" 200 2 0.001
10.0.0.4 - - [12/Mar/2024:10:00:05 +0000] "GET /api/users/42 HTTP/1.1" 404 64 0.012
# comment line that should be skipped
10.0.0.2 - - [12/Mar/2024:10:00:06 +0000] "GET /api/orders HTTP/1.1" 500 0 1.503
10.0.0.5 - - [12/Mar/2024:10:00:07 +0000] "DELETE /api/orders/7 HTTP/1.1" 403 32 0.008
10.0.0.1 - - [12/Mar/2024:10:00:08 +0000] "GET /api/users HTTP/1.1" 200 530 0.029
malformed line here
10.0.0.3 - - [12/Mar/2024:10:00:09 +0000] "GET /health HTTP/1.1" 200 2 0.001
10.0.0.2 - - [12/Mar/2024:10:00:10 +0000] "GET /api/orders HTTP/1.1" 502 0 3.000
10.0.0.6 - - [12/Mar/2024:10:00:11 +0000] "GET /api/users HTTP/1.1" 200 498 0.044
`

type entry struct {
	IP      string
	Method  string
	Path    string
	Status  int
	Bytes   int
	Seconds float64
}

func parseLine(line string) (entry, bool) {
	q1 := strings.IndexByte(line, '"')
	q2 := strings.LastIndexByte(line, '"')
	if q1 < 0 || q2 <= q1 {
		return entry{}, false
	}
	req := strings.Fields(line[q1+1 : q2])
	rest := strings.Fields(line[q2+1:])
	if len(req) != 3 || len(rest) != 3 {
		return entry{}, false
	}
	status, err1 := strconv.Atoi(rest[0])
	size, err2 := strconv.Atoi(rest[1])
	secs, err3 := strconv.ParseFloat(rest[2], 64)
	if err1 != nil || err2 != nil || err3 != nil {
		return entry{}, false
	}
	ip, _, _ := strings.Cut(line, " ")
	return entry{ip, req[0], req[1], status, size, secs}, true
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(accessLog))
	var entries []entry
	var skipped, bad int
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			skipped++
			continue
		}
		e, ok := parseLine(line)
		if !ok {
			bad++
			continue
		}
		entries = append(entries, e)
	}
	if err := sc.Err(); err != nil {
		fmt.Println("scan error:", err)
	}
	fmt.Printf("parsed=%d skipped=%d malformed=%d\n\n", len(entries), skipped, bad)

	classes := map[string]int{}
	codes := map[int]int{}
	bytesByIP := map[string]int{}
	for _, e := range entries {
		classes[fmt.Sprintf("%dxx", e.Status/100)]++
		codes[e.Status]++
		bytesByIP[e.IP] += e.Bytes
	}

	fmt.Println("Status classes:")
	keys := make([]string, 0, len(classes))
	for k := range classes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  %s %-12s %d\n", k, strings.Repeat("█", classes[k]*2), classes[k])
	}

	fmt.Println("\nStatus codes:")
	codeList := make([]int, 0, len(codes))
	for c := range codes {
		codeList = append(codeList, c)
	}
	sort.Ints(codeList)
	for _, c := range codeList {
		fmt.Printf("  %d %s\n", c, strings.Repeat("*", codes[c]))
	}

	fmt.Println("\nSlow requests (>1s):")
	for _, e := range entries {
		if e.Seconds > 1 {
			fmt.Printf("  %-6s %-14s status=%d %.3fs from %s\n", e.Method, e.Path, e.Status, e.Seconds, e.IP)
		}
	}

	ips := make([]string, 0, len(bytesByIP))
	for ip := range bytesByIP {
		ips = append(ips, ip)
	}
	sort.Slice(ips, func(i, j int) bool {
		if bytesByIP[ips[i]] != bytesByIP[ips[j]] {
			return bytesByIP[ips[i]] > bytesByIP[ips[j]]
		}
		return ips[i] < ips[j]
	})
	fmt.Println("\nBytes by client:")
	for _, ip := range ips {
		fmt.Printf("  %-10s %6d\n", ip, bytesByIP[ip])
	}
}
