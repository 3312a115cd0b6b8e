package main

import (
	"bufio"
	"cmp"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

const accessLog = `192.168.1.10 - - [10/Mar/2024:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 "-" "Mozilla/5.0"
192.168.1.11 - alice [10/Mar/2024:13:55:40 +0000] "POST /api/login HTTP/1.1" 302 0 "-" "curl/8.0"
10.0.0.5 - - [10/Mar/2024:13:56:02 +0000] "GET /images/logo.png HTTP/1.1" 200 10240 "/index.html" "Mozilla/5.0"
192.168.1.10 - - [10/Mar/2024:13:57:11 +0000] "GET /missing HTTP/1.1" 404 512 "-" "Mozilla/5.0"
garbage line that does not match
10.0.0.7 - bob [10/Mar/2024:14:01:45 +0000] "GET /api/items?id=3 HTTP/1.1" 200 845 "-" "python-requests/2.31"
10.0.0.7 - bob [10/Mar/2024:14:02:01 +0000] "DELETE /api/items/3 HTTP/1.1" 500 128 "-" "python-requests/2.31"
192.168.1.12 - - [10/Mar/2024:14:15:00 +0000] "GET /index.html HTTP/1.1" 304 0 "-" "Safari/17"
10.0.0.5 - - [10/Mar/2024:14:20:19 +0000] "GET /api/items HTTP/1.1" 200 4096 "-" "Mozilla/5.0"
192.168.1.11 - alice [10/Mar/2024:14:59:59 +0000] "GET /logout HTTP/1.1" 200 64 "-" "curl/8.0"
`

var lineRE = regexp.MustCompile(`^(\S+) \S+ (\S+) \[([^\]]+)\] "(\S+) (\S+) \S+" (\d{3}) (\d+) "([^"]*)" "([^"]*)"$`)

type Entry struct {
	IP     string
	User   string
	When   time.Time
	Method string
	Path   string
	Status int
	Bytes  int
	Agent  string
}

func parseLine(line string) (Entry, error) {
	m := lineRE.FindStringSubmatch(line)
	if m == nil {
		return Entry{}, fmt.Errorf("no match: %.20q", line)
	}
	t, err := time.Parse("02/Jan/2006:15:04:05 -0700", m[3])
	if err != nil {
		return Entry{}, err
	}
	status, _ := strconv.Atoi(m[6])
	size, _ := strconv.Atoi(m[7])
	path, _, _ := strings.Cut(m[5], "?")
	return Entry{m[1], m[2], t, m[4], path, status, size, m[9]}, nil
}

type Counter[K cmp.Ordered] map[K]int

func (c Counter[K]) Sorted() []K {
	keys := slices.Collect(maps.Keys(c))
	slices.SortFunc(keys, func(a, b K) int {
		if d := c[b] - c[a]; d != 0 {
			return d
		}
		return cmp.Compare(a, b)
	})
	return keys
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(accessLog))
	var entries []Entry
	lineNo := 0
	for sc.Scan() {
		lineNo++
		e, err := parseLine(sc.Text())
		if err != nil {
			fmt.Printf("line %d skipped: %v\n", lineNo, err)
			continue
		}
		entries = append(entries, e)
	}
	statusClass := Counter[string]{}
	paths := Counter[string]{}
	ips := Counter[string]{}
	perHour := Counter[string]{}
	totalBytes := 0
	for _, e := range entries {
		statusClass[fmt.Sprintf("%dxx", e.Status/100)]++
		paths[e.Path]++
		ips[e.IP]++
		perHour[e.When.Format("2006-01-02 15h")]++
		totalBytes += e.Bytes
	}
	fmt.Printf("entries=%d bytes=%d avg=%.1f\n", len(entries), totalBytes, float64(totalBytes)/float64(len(entries)))
	for _, title := range []string{"status", "paths", "ips", "hours"} {
		c := map[string]Counter[string]{"status": statusClass, "paths": paths, "ips": ips, "hours": perHour}[title]
		fmt.Printf("%s:\n", title)
		for _, k := range c.Sorted() {
			fmt.Printf("  %-20s %d\n", k, c[k])
		}
	}
	errs := slices.DeleteFunc(slices.Clone(entries), func(e Entry) bool { return e.Status < 400 })
	fmt.Println("errors:")
	for _, e := range errs {
		fmt.Printf("  %s %s %s -> %d (user=%s)\n", e.When.Format(time.Kitchen), e.Method, e.Path, e.Status, e.User)
	}
	first, last := entries[0].When, entries[len(entries)-1].When
	fmt.Println("span:", last.Sub(first))
}
