// Access log analysis using regexp named capture groups.
package main

import (
	"bufio"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

const accessLog = `10.0.0.1 - - [12/Mar/2024:10:00:01 +0000] "GET /index.html HTTP/1.1" 200 5120 0.012
10.0.0.2 - - [12/Mar/2024:10:00:02 +0000] "GET /api/users?id=7 HTTP/1.1" 200 734 0.087
10.0.0.1 - - [12/Mar/2024:10:00:04 +0000] "POST /api/login HTTP/1.1" 401 120 0.045
10.0.0.3 - - [12/Mar/2024:10:00:05 +0000] "GET /static/app.js HTTP/1.1" 304 0 0.002
10.0.0.4 - - [12/Mar/2024:10:00:07 +0000] "GET /api/orders HTTP/1.1" 500 98 1.204
garbage line that does not match
10.0.0.2 - - [12/Mar/2024:10:00:09 +0000] "DELETE /api/users/7 HTTP/1.1" 204 0 0.150
10.0.0.5 - - [12/Mar/2024:10:00:11 +0000] "GET /index.html HTTP/1.1" 200 5120 0.010
10.0.0.1 - - [12/Mar/2024:10:00:12 +0000] "POST /api/login HTTP/1.1" 200 310 0.052
10.0.0.4 - - [12/Mar/2024:10:00:15 +0000] "GET /api/orders HTTP/1.1" 503 98 2.001
10.0.0.3 - - [12/Mar/2024:10:00:18 +0000] "GET /favicon.ico HTTP/1.1" 404 0 0.001
10.0.0.6 - - [12/Mar/2024:10:00:20 +0000] "PUT /api/users/9 HTTP/1.1" 200 80 0.230
`

var lineRE = regexp.MustCompile(
	`^(?P<ip>\d+\.\d+\.\d+\.\d+) \S+ \S+ \[(?P<ts>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) [^"]+" (?P<status>\d{3}) (?P<bytes>\d+) (?P<secs>[\d.]+)$`)

var idRE = regexp.MustCompile(`/\d+(/|$)`)

type entry map[string]string

func match(line string) (entry, bool) {
	m := lineRE.FindStringSubmatch(line)
	if m == nil {
		return nil, false
	}
	e := entry{}
	for i, name := range lineRE.SubexpNames() {
		if name != "" {
			e[name] = m[i]
		}
	}
	return e, true
}

func routeOf(path string) string {
	if i := strings.IndexByte(path, '?'); i >= 0 {
		path = path[:i]
	}
	return idRE.ReplaceAllString(path, "/:id$1")
}

type routeStat struct {
	route string
	hits  int
	total float64
	max   float64
}

func main() {
	statusClass := map[string]int{}
	routes := map[string]*routeStat{}
	bytesByIP := map[string]int{}
	bad := 0

	sc := bufio.NewScanner(strings.NewReader(accessLog))
	for n := 1; sc.Scan(); n++ {
		e, ok := match(sc.Text())
		if !ok {
			fmt.Printf("skip line %d: %q\n", n, sc.Text())
			bad++
			continue
		}
		statusClass[e["status"][:1]+"xx"]++
		b, _ := strconv.Atoi(e["bytes"])
		bytesByIP[e["ip"]] += b
		secs, _ := strconv.ParseFloat(e["secs"], 64)
		key := e["method"] + " " + routeOf(e["path"])
		rs := routes[key]
		if rs == nil {
			rs = &routeStat{route: key}
			routes[key] = rs
		}
		rs.hits++
		rs.total += secs
		rs.max = max(rs.max, secs)
		if e["status"] >= "500" {
			fmt.Printf("server error at %s: %s %s -> %s\n", e["ts"], e["method"], e["path"], e["status"])
		}
	}

	fmt.Println("\nStatus classes:")
	classes := []string{"2xx", "3xx", "4xx", "5xx"}
	for _, c := range classes {
		fmt.Printf("  %s %3d\n", c, statusClass[c])
	}

	list := make([]*routeStat, 0, len(routes))
	for _, r := range routes {
		list = append(list, r)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].hits != list[j].hits {
			return list[i].hits > list[j].hits
		}
		return list[i].route < list[j].route
	})
	fmt.Println("\nRoutes (hits, avg ms, max ms):")
	for _, r := range list {
		fmt.Printf("  %-24s %2d %8.1f %8.1f\n", r.route, r.hits, 1000*r.total/float64(r.hits), 1000*r.max)
	}

	ips := make([]string, 0, len(bytesByIP))
	for ip := range bytesByIP {
		ips = append(ips, ip)
	}
	sort.Strings(ips)
	fmt.Println("\nBytes served per client:")
	for _, ip := range ips {
		fmt.Printf("  %-10s %6d\n", ip, bytesByIP[ip])
	}
	fmt.Printf("\nunparseable lines: %d\n", bad)
	fmt.Println("capture groups:", strings.Join(lineRE.SubexpNames()[1:], ", "))
}
