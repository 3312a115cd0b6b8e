package main

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

var logs = `2024-03-01T10:00:01Z INFO  [api] GET /users/42 200 12ms
2024-03-01T10:00:02Z WARN  [api] GET /users/43 404 3ms
2024-03-01T10:00:02Z INFO  [db] query took 150ms rows=10
2024-03-01T10:00:03Z ERROR [api] POST /orders 500 230ms
garbage line here
2024-03-01T10:00:04Z INFO  [api] GET /users/42 200 9ms
2024-03-01T10:00:05Z ERROR [db] connection reset by peer
2024-03-01T10:00:06Z INFO  [api] DELETE /orders/7 204 41ms
2024-03-01T10:00:07Z INFO  [api] GET /health 200 1ms`

var lineRe = regexp.MustCompile(`^(?P<ts>\S+)\s+(?P<level>[A-Z]+)\s+\[(?P<comp>\w+)\]\s+(?P<msg>.*)$`)
var reqRe = regexp.MustCompile(`^(GET|POST|PUT|DELETE) (\S+) (\d{3}) (\d+)ms$`)
var idRe = regexp.MustCompile(`/\d+`)

type entry struct {
	ts, level, comp, msg string
}

func main() {
	var entries []entry
	for i, l := range strings.Split(logs, "\n") {
		m := lineRe.FindStringSubmatch(l)
		if m == nil {
			fmt.Printf("skip line %d: %q\n", i+1, l)
			continue
		}
		e := entry{
			ts:    m[lineRe.SubexpIndex("ts")],
			level: m[lineRe.SubexpIndex("level")],
			comp:  m[lineRe.SubexpIndex("comp")],
			msg:   m[lineRe.SubexpIndex("msg")],
		}
		entries = append(entries, e)
	}

	levels := map[string]int{}
	for _, e := range entries {
		levels[e.level]++
	}
	var lv []string
	for k := range levels {
		lv = append(lv, k)
	}
	sort.Strings(lv)
	for _, k := range lv {
		fmt.Printf("%-5s %d\n", k, levels[k])
	}

	routeTime := map[string][]int{}
	statuses := map[int]int{}
	for _, e := range entries {
		m := reqRe.FindStringSubmatch(e.msg)
		if m == nil {
			continue
		}
		route := m[1] + " " + idRe.ReplaceAllString(m[2], "/:id")
		ms, _ := strconv.Atoi(m[4])
		code, _ := strconv.Atoi(m[3])
		routeTime[route] = append(routeTime[route], ms)
		statuses[code/100*100]++
	}
	routes := make([]string, 0, len(routeTime))
	for r := range routeTime {
		routes = append(routes, r)
	}
	sort.Strings(routes)
	for _, r := range routes {
		ts := routeTime[r]
		sum := 0
		for _, t := range ts {
			sum += t
		}
		fmt.Printf("%-20s n=%d avg=%.1fms\n", r, len(ts), float64(sum)/float64(len(ts)))
	}
	codes := []int{}
	for c := range statuses {
		codes = append(codes, c)
	}
	sort.Ints(codes)
	for _, c := range codes {
		fmt.Printf("%dxx: %d\n", c/100, statuses[c])
	}

	numRe := regexp.MustCompile(`(\d+)ms`)
	fmt.Println(numRe.ReplaceAllStringFunc("a 12ms b 300ms", func(s string) string {
		n, _ := strconv.Atoi(strings.TrimSuffix(s, "ms"))
		return fmt.Sprintf("%.2fs", float64(n)/1000)
	}))
	fmt.Println(regexp.MustCompile(`\[(\w+)\]`).FindAllStringSubmatchIndex(logs[:80], -1))
}
