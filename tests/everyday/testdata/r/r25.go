package main

import (
	"bufio"
	"cmp"
	"fmt"
	"iter"
	"strconv"
	"strings"
)

// A tiny line-oriented DSL: job <name> { key: value ... }
const pipeline = `
# nightly data pipeline
job extract {
  source: "s3://bucket/raw/*.csv"
  retries: 3
  timeout: 600
}
job transform {
  depends: extract
  script: "clean.py --strict"
  retries: 1
}
job load {
  depends: transform, validate
  target: "warehouse.events"
  parallel: true
}
job validate {
  depends: extract
  rules: 12
}
`

type Job struct {
	Name    string
	Props   map[string]string
	Depends []string
}

// lines yields (line number, trimmed text), skipping blanks and comments.
func lines(src string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		sc := bufio.NewScanner(strings.NewReader(src))
		for n := 1; sc.Scan(); n++ {
			t := strings.TrimSpace(sc.Text())
			if t == "" || strings.HasPrefix(t, "#") {
				continue
			}
			if !yield(n, t) {
				return
			}
		}
	}
}

func parse(src string) ([]*Job, error) {
	var jobs []*Job
	var cur *Job
	for no, text := range lines(src) {
		switch {
		case strings.HasPrefix(text, "job ") && strings.HasSuffix(text, "{"):
			if cur != nil {
				return nil, fmt.Errorf("line %d: nested job", no)
			}
			cur = &Job{Name: strings.TrimSpace(text[4 : len(text)-1]), Props: map[string]string{}}
		case text == "}":
			if cur == nil {
				return nil, fmt.Errorf("line %d: unmatched }", no)
			}
			jobs = append(jobs, cur)
			cur = nil
		default:
			k, v, ok := strings.Cut(text, ":")
			if !ok || cur == nil {
				return nil, fmt.Errorf("line %d: bad statement %q", no, text)
			}
			v = strings.TrimSpace(v)
			if uq, err := strconv.Unquote(v); err == nil {
				v = uq
			}
			if k == "depends" {
				for d := range strings.SplitSeq(v, ",") {
					cur.Depends = append(cur.Depends, strings.TrimSpace(d))
				}
			} else {
				cur.Props[k] = v
			}
		}
	}
	return jobs, nil
}

// topo returns a deterministic topological order (Kahn; ties keep definition order).
func topo(jobs []*Job) ([]string, error) {
	indeg := map[string]int{}
	users := map[string][]string{}
	for _, j := range jobs {
		for _, d := range j.Depends {
			indeg[j.Name]++
			users[d] = append(users[d], j.Name)
		}
	}
	var ready, order []string
	for _, j := range jobs {
		if indeg[j.Name] == 0 {
			ready = append(ready, j.Name)
		}
	}
	for len(ready) > 0 {
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for _, u := range users[n] {
			if indeg[u]--; indeg[u] == 0 {
				ready = append(ready, u)
			}
		}
	}
	if len(order) != len(jobs) {
		return order, fmt.Errorf("cycle detected")
	}
	return order, nil
}

func main() {
	jobs, err := parse(pipeline)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	for _, j := range jobs {
		deps := cmp.Or(strings.Join(j.Depends, ","), "-")
		fmt.Printf("job %-10s deps=%-20s props=%d\n", j.Name, deps, len(j.Props))
		if r, ok := j.Props["retries"]; ok {
			fmt.Printf("    retries=%s timeout=%s\n", r, cmp.Or(j.Props["timeout"], "default"))
		}
	}
	order, err := topo(jobs)
	fmt.Println("run order:", strings.Join(order, " -> "), err)
	for _, bad := range []string{"job a {\n job b {\n}", "}\n", "job a {\n nonsense\n}"} {
		_, err := parse(bad)
		fmt.Println("bad input:", err)
	}
	cyc, _ := parse("job a {\n depends: b\n}\njob b {\n depends: a\n}")
	_, err = topo(cyc)
	fmt.Println("cyclic:", err)
}
