// A metrics registry that interns label sets with the unique package so that
// identical series share one canonical key and compare by pointer.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unique"
)

type Labels struct {
	Service string
	Method  string
	Status  string
}

func (l Labels) String() string {
	return fmt.Sprintf("{service=%q method=%q status=%q}", l.Service, l.Method, l.Status)
}

type SeriesKey = unique.Handle[Labels]

type Counter struct {
	key   SeriesKey
	value float64
}

type Registry struct {
	series map[SeriesKey]*Counter
	lookup int
	create int
}

func NewRegistry() *Registry {
	return &Registry{series: make(map[SeriesKey]*Counter)}
}

func (r *Registry) Counter(l Labels) *Counter {
	r.lookup++
	h := unique.Make(l)
	c, ok := r.series[h]
	if !ok {
		r.create++
		c = &Counter{key: h}
		r.series[h] = c
	}
	return c
}

func (c *Counter) Add(v float64) { c.value += v }

// parseRequestLine turns "svc METHOD status" into labels, normalising case.
func parseRequestLine(s string) (Labels, bool) {
	f := strings.Fields(s)
	if len(f) != 3 {
		return Labels{}, false
	}
	return Labels{
		Service: strings.ToLower(f[0]),
		Method:  strings.ToUpper(f[1]),
		Status:  f[2],
	}, true
}

var accessLog = []string{
	"cart GET 200", "cart get 200", "Cart POST 201", "checkout POST 500",
	"cart GET 404", "checkout POST 200", "search GET 200", "SEARCH get 200",
	"checkout post 500", "cart GET 200", "broken-line", "search GET 503",
	"cart POST 201", "search GET 200",
}

func main() {
	reg := NewRegistry()
	skipped := 0
	for _, line := range accessLog {
		l, ok := parseRequestLine(line)
		if !ok {
			skipped++
			continue
		}
		reg.Counter(l).Add(1)
	}
	fmt.Printf("lines=%d skipped=%d lookups=%d distinct series=%d\n",
		len(accessLog), skipped, reg.lookup, reg.create)

	counters := make([]*Counter, 0, len(reg.series))
	for _, c := range reg.series {
		counters = append(counters, c)
	}
	slices.SortFunc(counters, func(a, b *Counter) int {
		la, lb := a.key.Value(), b.key.Value()
		return cmp.Or(
			cmp.Compare(la.Service, lb.Service),
			cmp.Compare(la.Method, lb.Method),
			cmp.Compare(la.Status, lb.Status),
		)
	})
	for _, c := range counters {
		fmt.Printf("  %-52v %3.0f\n", c.key.Value(), c.value)
	}

	// Handles made from equal values are equal; different values are not.
	a := unique.Make(Labels{"cart", "GET", "200"})
	b := unique.Make(Labels{Service: "cart", Method: "GET", Status: "200"})
	c := unique.Make(Labels{"cart", "GET", "404"})
	fmt.Println("a == b:", a == b)
	fmt.Println("a == c:", a == c)
	fmt.Println("registry has a:", reg.series[a] != nil, "value", reg.series[a].value)

	// Interning plain strings: build strings dynamically, then dedupe.
	var hosts []unique.Handle[string]
	for i := range 12 {
		name := fmt.Sprintf("node-%02d.dc%d", i%4, 1+i%2)
		hosts = append(hosts, unique.Make(name))
	}
	distinct := map[unique.Handle[string]]int{}
	for _, h := range hosts {
		distinct[h]++
	}
	names := make([]string, 0, len(distinct))
	for h, n := range distinct {
		names = append(names, fmt.Sprintf("%s x%d", h.Value(), n))
	}
	slices.Sort(names)
	fmt.Println("interned hosts:", len(distinct))
	for _, n := range names {
		fmt.Println("  ", n)
	}

	// Error-rate summary per service.
	type agg struct{ total, errors float64 }
	perSvc := map[string]*agg{}
	for _, ctr := range counters {
		l := ctr.key.Value()
		s := perSvc[l.Service]
		if s == nil {
			s = &agg{}
			perSvc[l.Service] = s
		}
		s.total += ctr.value
		if strings.HasPrefix(l.Status, "5") {
			s.errors += ctr.value
		}
	}
	for _, svc := range []string{"cart", "checkout", "search"} {
		s := perSvc[svc]
		fmt.Printf("%-9s requests=%2.0f 5xx=%1.0f rate=%5.1f%%\n", svc, s.total, s.errors, 100*s.errors/s.total)
	}
}
