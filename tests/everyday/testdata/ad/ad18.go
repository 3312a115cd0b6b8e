// Result ordering by index: concurrent geocoding-style lookups preserve input order.
package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type Place struct {
	Query string
	Lat   float64
	Lon   float64
}

var gazetteer = map[string][2]float64{
	"paris":     {48.8566, 2.3522},
	"tokyo":     {35.6762, 139.6503},
	"lagos":     {6.5244, 3.3792},
	"lima":      {-12.0464, -77.0428},
	"oslo":      {59.9139, 10.7522},
	"sydney":    {-33.8688, 151.2093},
	"toronto":   {43.6532, -79.3832},
	"nairobi":   {-1.2921, 36.8219},
	"reykjavik": {64.1466, -21.9426},
}

var ErrNotFound = errors.New("not found")

func lookup(q string) (Place, error) {
	key := strings.ToLower(strings.TrimSpace(q))
	c, ok := gazetteer[key]
	if !ok {
		return Place{}, fmt.Errorf("lookup %q: %w", q, ErrNotFound)
	}
	return Place{Query: q, Lat: c[0], Lon: c[1]}, nil
}

type result struct {
	place Place
	err   error
}

// resolveAll runs lookups with at most `parallel` in flight and returns results
// in the same order as the queries.
func resolveAll(queries []string, parallel int) []result {
	out := make([]result, len(queries))
	type job struct {
		idx int
		q   string
	}
	jobs := make(chan job)
	var wg sync.WaitGroup
	for w := 0; w < parallel; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				p, err := lookup(j.q)
				out[j.idx] = result{p, err} // each index written by exactly one goroutine
			}
		}()
	}
	for i, q := range queries {
		jobs <- job{i, q}
	}
	close(jobs)
	wg.Wait()
	return out
}

func hemisphere(p Place) string {
	ns, ew := "N", "E"
	if p.Lat < 0 {
		ns = "S"
	}
	if p.Lon < 0 {
		ew = "W"
	}
	return ns + ew
}

func main() {
	queries := []string{
		"Paris", "Atlantis", "tokyo", " Lagos ", "Lima", "Oslo", "Gotham",
		"Sydney", "TORONTO", "Nairobi", "Reykjavik", "El Dorado", "paris",
	}
	results := resolveAll(queries, 4)
	found, missing := 0, 0
	counts := map[string]int{}
	for i, r := range results {
		if r.err != nil {
			missing++
			fmt.Printf("%2d  %-11s error: %v (not found: %v)\n", i, strings.TrimSpace(queries[i]), r.err, errors.Is(r.err, ErrNotFound))
			continue
		}
		found++
		h := hemisphere(r.place)
		counts[h]++
		fmt.Printf("%2d  %-11s %9.4f %10.4f  %s\n", i, strings.TrimSpace(r.place.Query), r.place.Lat, r.place.Lon, h)
	}
	fmt.Printf("found=%d missing=%d\n", found, missing)
	for _, h := range []string{"NE", "NW", "SE", "SW"} {
		fmt.Printf("hemisphere %s: %d\n", h, counts[h])
	}

	// Same queries with different parallelism must give identical ordering.
	same := true
	for _, p := range []int{1, 2, 8, 13} {
		again := resolveAll(queries, p)
		for i := range again {
			if again[i].place != results[i].place || (again[i].err == nil) != (results[i].err == nil) {
				same = false
			}
		}
	}
	fmt.Println("order stable across parallelism 1,2,8,13:", same)
}
