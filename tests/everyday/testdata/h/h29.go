// h29: normalise REST paths into routes, then compute per-route status mix and error rates.
package main

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

const reqLog = `GET /api/users/1842 200 12
GET /api/users/77 200 9
GET /api/users/77/orders 200 31
POST /api/users 201 45
GET /api/orders/3f2b9c1e-8d4a-4b7e-9a61-0c5d2e7f1a90 200 18
GET /api/orders/a1b2c3d4-0000-4000-8000-123456789abc 404 4
DELETE /api/users/15 403 3
GET /api/users/abc 400 2
GET /api/users/9/orders 500 120
GET /api/users/12/orders 503 98
GET /api/search?q=go 200 64
GET /api/search?q=rust&page=2 200 71
PUT /api/users/1842 200 22
GET /healthz 200 1
GET /api/users/77 304 2`

var (
	uuidRE = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`)
	numRE  = regexp.MustCompile(`^\d+$`)
)

func route(path string) string {
	path, _, _ = strings.Cut(path, "?")
	segs := strings.Split(path, "/")
	for i, s := range segs {
		switch {
		case numRE.MatchString(s):
			segs[i] = ":id"
		case uuidRE.MatchString(s):
			segs[i] = ":uuid"
		}
	}
	return strings.Join(segs, "/")
}

type routeStats struct {
	key     string
	classes [6]int // index = status/100
	n       int
	latency int
}

func (r *routeStats) errRate() float64 {
	return float64(r.classes[4]+r.classes[5]) / float64(r.n)
}

func main() {
	stats := map[string]*routeStats{}
	for line := range strings.Lines(reqLog) {
		f := strings.Fields(line)
		if len(f) != 4 {
			continue
		}
		status, err1 := strconv.Atoi(f[2])
		ms, err2 := strconv.Atoi(f[3])
		if err1 != nil || err2 != nil || status < 100 || status > 599 {
			fmt.Println("bad line:", strings.TrimSpace(line))
			continue
		}
		key := f[0] + " " + route(f[1])
		rs := stats[key]
		if rs == nil {
			rs = &routeStats{key: key}
			stats[key] = rs
		}
		rs.classes[status/100]++
		rs.n++
		rs.latency += ms
	}

	list := make([]*routeStats, 0, len(stats))
	for _, s := range stats {
		list = append(list, s)
	}
	slices.SortFunc(list, func(a, b *routeStats) int {
		return cmp.Or(cmp.Compare(b.errRate(), a.errRate()), cmp.Compare(b.n, a.n), strings.Compare(a.key, b.key))
	})

	fmt.Printf("%-30s %3s %3s %3s %3s %3s %6s %7s\n", "ROUTE", "N", "2xx", "3xx", "4xx", "5xx", "ERR%", "AVG_MS")
	var total, errs int
	for _, s := range list {
		fmt.Printf("%-30s %3d %3d %3d %3d %3d %5.0f%% %7.1f\n", s.key, s.n,
			s.classes[2], s.classes[3], s.classes[4], s.classes[5], 100*s.errRate(), float64(s.latency)/float64(s.n))
		total += s.n
		errs += s.classes[4] + s.classes[5]
	}
	fmt.Printf("\noverall: %d requests, %d errors (%.1f%%), %d routes\n", total, errs, 100*float64(errs)/float64(total), len(list))

	alerts := slices.DeleteFunc(slices.Clone(list), func(s *routeStats) bool { return s.classes[5] == 0 })
	for _, s := range alerts {
		fmt.Printf("ALERT %s: %d server errors\n", s.key, s.classes[5])
	}
}
