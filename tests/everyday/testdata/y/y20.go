package main

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

const logs = `2024-05-01T10:00:01Z INFO  user=alice action=login ip=10.0.0.5 latency=120ms
2024-05-01T10:00:07Z WARN  user=bob action=upload ip=10.0.0.9 latency=2300ms size=14MB
2024-05-01T10:01:15Z ERROR user=alice action=upload ip=10.0.0.5 latency=45ms err="disk full"
2024-05-01T10:02:00Z INFO  user=carol action=login ip=192.168.1.20 latency=98ms
garbage line without structure
2024-05-01T10:03:30Z INFO  user=bob action=logout ip=10.0.0.9 latency=12ms`

var (
	lineRe = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})Z\s+(\w+)\s+(.*)$`)
	kvRe   = regexp.MustCompile(`(\w+)=("[^"]*"|\S+)`)
	latRe  = regexp.MustCompile(`latency=(?P<ms>\d+)ms`)
	ipRe   = regexp.MustCompile(`\b(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}\b`)
)

func main() {
	levels := map[string]int{}
	for i, line := range strings.Split(logs, "\n") {
		m := lineRe.FindStringSubmatch(line)
		if m == nil {
			fmt.Printf("%d: no match %q\n", i, line)
			continue
		}
		date, tm, level, rest := m[1], m[2], m[3], m[4]
		levels[level]++
		fields := map[string]string{}
		for _, kv := range kvRe.FindAllStringSubmatch(rest, -1) {
			fields[kv[1]] = strings.Trim(kv[2], `"`)
		}
		fmt.Printf("%d: %s %s %-5s user=%-5s action=%-6s extra=%d\n",
			i, date, tm, level, fields["user"], fields["action"], len(fields)-4)
		if e, ok := fields["err"]; ok {
			fmt.Printf("   error detail: %q\n", e)
		}
	}
	fmt.Println("levels:", levels)

	idx := latRe.SubexpIndex("ms")
	var lat []string
	for _, m := range latRe.FindAllStringSubmatch(logs, -1) {
		lat = append(lat, m[idx])
	}
	fmt.Println("latencies:", lat, "names:", latRe.SubexpNames())

	ips := ipRe.FindAllString(logs, -1)
	slices.Sort(ips)
	ips = slices.Compact(ips)
	fmt.Println("unique ips:", ips)

	masked := ipRe.ReplaceAllString("from 10.0.0.5 to 192.168.1.20", "$1.$2.x.x")
	fmt.Println(masked)

	first, _, _ := strings.Cut(logs, "\n")
	upper := regexp.MustCompile(`user=(\w+)`).ReplaceAllStringFunc(first, strings.ToUpper)
	fmt.Println(upper)

	re := regexp.MustCompile(`(?i)error|warn`)
	fmt.Println(re.MatchString("a Warning here"), re.FindStringIndex("xx ERROR yy"), re.String())
	fmt.Printf("%q\n", regexp.MustCompile(`\s*[,;]\s*`).Split("a , b;c ;  d", -1))
	fmt.Println(regexp.QuoteMeta("1.5*x+[y]"))

	_, err := regexp.Compile(`(unclosed`)
	fmt.Println("compile err:", err)

	tmpl := regexp.MustCompile(`(?P<key>\w+):(?P<val>\d+)`)
	var out []byte
	for _, sm := range tmpl.FindAllStringSubmatchIndex("a:1 b:22 c:333", -1) {
		out = tmpl.ExpandString(out, "$val=$key ", "a:1 b:22 c:333", sm)
	}
	fmt.Println(strings.TrimSpace(string(out)))
}
