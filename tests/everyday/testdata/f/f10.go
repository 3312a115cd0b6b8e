// f10: parse access-log lines with named regexp groups and redact sensitive values.
package main

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

var (
	lineRe = regexp.MustCompile(
		`^(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\S+) \[(?P<ts>[^\]]+)\] ` +
			`"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<proto>\d\.\d)" (?P<status>\d{3}) (?P<bytes>\d+|-)` +
			`(?: (?P<ms>\d+)ms)?$`)
	emailRe  = regexp.MustCompile(`[\w.+-]+@[\w-]+\.[\w.]+`)
	tokenRe  = regexp.MustCompile(`(?i)(token|api_key|password)=([^&\s"]+)`)
	digitsRe = regexp.MustCompile(`/\d+(/|$)`)
)

type Entry map[string]string

func parse(line string) (Entry, error) {
	m := lineRe.FindStringSubmatch(line)
	if m == nil {
		return nil, fmt.Errorf("unrecognised line: %.40q", line)
	}
	e := Entry{}
	for i, name := range lineRe.SubexpNames() {
		if name != "" {
			e[name] = m[i]
		}
	}
	for _, octet := range strings.Split(e["ip"], ".") {
		if n, _ := strconv.Atoi(octet); n > 255 {
			return nil, fmt.Errorf("bad ip %s: octet %d > 255", e["ip"], n)
		}
	}
	return e, nil
}

func redact(s string) string {
	s = emailRe.ReplaceAllStringFunc(s, func(email string) string {
		local, domain, _ := strings.Cut(email, "@")
		return local[:1] + strings.Repeat("*", len(local)-1) + "@" + domain
	})
	return tokenRe.ReplaceAllString(s, "${1}=REDACTED")
}

func route(path string) string {
	p, _, _ := strings.Cut(path, "?")
	// Replace numeric segments; loop because adjacent matches share a slash.
	for digitsRe.MatchString(p) {
		p = digitsRe.ReplaceAllString(p, "/:id$1")
	}
	return p
}

func main() {
	logs := []string{
		`10.0.0.1 - alice [10/Oct/2023:13:55:36 +0000] "GET /api/users/42/orders/7?token=abc123 HTTP/1.1" 200 512 12ms`,
		`10.0.0.2 - - [10/Oct/2023:13:55:37 +0000] "POST /api/login?password=hunter2&user=bob HTTP/2.0" 401 37 3ms`,
		`10.0.0.1 - alice [10/Oct/2023:13:55:38 +0000] "GET /api/users/43/orders/8 HTTP/1.1" 200 498`,
		`999.0.0.1 - x [10/Oct/2023:13:55:39 +0000] "GET / HTTP/1.1" 200 10`,
		`10.0.0.3 - carol.smith@example.com [10/Oct/2023:13:55:40 +0000] "DELETE /api/items/9 HTTP/1.1" 204 - 40ms`,
		`garbage line that does not match anything at all`,
		`10.0.0.2 - - [10/Oct/2023:13:55:41 +0000] "GET /health HTTP/1.1" 503 0 1ms`,
	}
	statusByRoute := map[string]map[string]int{}
	totalBytes, totalMs, timed := 0, 0, 0
	for i, l := range logs {
		e, err := parse(l)
		if err != nil {
			fmt.Printf("line %d: %v\n", i+1, err)
			continue
		}
		r := e["method"] + " " + route(e["path"])
		if statusByRoute[r] == nil {
			statusByRoute[r] = map[string]int{}
		}
		statusByRoute[r][e["status"]]++
		if e["bytes"] != "-" {
			n, _ := strconv.Atoi(e["bytes"])
			totalBytes += n
		}
		if e["ms"] != "" {
			n, _ := strconv.Atoi(e["ms"])
			totalMs += n
			timed++
		}
		fmt.Printf("line %d: user=%-26s %s\n", i+1, redact(e["user"]), redact(e["path"]))
	}
	routes := make([]string, 0, len(statusByRoute))
	for r := range statusByRoute {
		routes = append(routes, r)
	}
	sort.Strings(routes)
	fmt.Println("\nroutes:")
	for _, r := range routes {
		var parts []string
		for code, n := range statusByRoute[r] {
			parts = append(parts, fmt.Sprintf("%s×%d", code, n))
		}
		sort.Strings(parts)
		fmt.Printf("  %-34s %s\n", r, strings.Join(parts, " "))
	}
	fmt.Printf("bytes=%d avg_latency=%.1fms over %d timed requests\n", totalBytes, float64(totalMs)/float64(timed), timed)
}
