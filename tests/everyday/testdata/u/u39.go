package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
)

type Record struct {
	Line   int
	Raw    string
	User   string
	Bytes  int
	Region string
	Err    error
}

func generate(lines []string) <-chan Record {
	out := make(chan Record)
	go func() {
		defer close(out)
		for i, l := range lines {
			out <- Record{Line: i + 1, Raw: l}
		}
	}()
	return out
}

func parse(in <-chan Record) <-chan Record {
	out := make(chan Record)
	go func() {
		defer close(out)
		for r := range in {
			fields := strings.Split(r.Raw, "|")
			if len(fields) != 2 {
				r.Err = fmt.Errorf("line %d: want 2 fields, got %d", r.Line, len(fields))
				out <- r
				continue
			}
			n, err := strconv.Atoi(fields[1])
			if err != nil {
				r.Err = fmt.Errorf("line %d: %w", r.Line, err)
			}
			r.User, r.Bytes = fields[0], n
			out <- r
		}
	}()
	return out
}

func enrich(in <-chan Record, regions map[string]string, workers int) <-chan Record {
	out := make(chan Record)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for r := range in {
				if r.Err == nil {
					r.Region = regions[r.User]
					if r.Region == "" {
						r.Region = "unknown"
					}
				}
				out <- r
			}
		})
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	input := []string{
		"alice|1200", "bob|300", "carol|x", "alice|800", "dave|50",
		"broken line", "bob|700", "erin|1000", "carol|250", "alice|1",
	}
	regions := map[string]string{"alice": "eu", "bob": "us", "carol": "eu", "erin": "ap"}

	var good, bad []Record
	for r := range enrich(parse(generate(input)), regions, 3) {
		if r.Err != nil {
			bad = append(bad, r)
		} else {
			good = append(good, r)
		}
	}
	slices.SortFunc(good, func(a, b Record) int { return a.Line - b.Line })
	slices.SortFunc(bad, func(a, b Record) int { return a.Line - b.Line })

	perRegion := map[string]int{}
	perUser := map[string]int{}
	for _, r := range good {
		perRegion[r.Region] += r.Bytes
		perUser[r.User] += r.Bytes
		fmt.Printf("%2d %-6s %-7s %5d\n", r.Line, r.User, r.Region, r.Bytes)
	}
	for _, r := range bad {
		fmt.Println("error:", r.Err)
	}
	fmt.Println("per region:", perRegion)

	type kv struct {
		User  string
		Total int
	}
	var top []kv
	for u, t := range perUser {
		top = append(top, kv{u, t})
	}
	slices.SortFunc(top, func(a, b kv) int {
		if a.Total != b.Total {
			return b.Total - a.Total
		}
		return strings.Compare(a.User, b.User)
	})
	fmt.Printf("top users: %+v\n", top[:3])
	fmt.Printf("processed=%d ok=%d failed=%d\n", len(good)+len(bad), len(good), len(bad))
}
