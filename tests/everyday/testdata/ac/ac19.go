// Topological sort: Kahn's algorithm with deterministic ordering, cycle detection, critical path.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Task struct {
	Name     string
	Duration int
	Deps     []string
}

type CycleError struct{ Remaining []string }

func (e CycleError) Error() string {
	return "cycle among: " + strings.Join(e.Remaining, ", ")
}

type Project struct {
	tasks map[string]Task
}

func NewProject(tasks ...Task) (*Project, error) {
	p := &Project{tasks: map[string]Task{}}
	for _, t := range tasks {
		if _, dup := p.tasks[t.Name]; dup {
			return nil, fmt.Errorf("duplicate task %q", t.Name)
		}
		p.tasks[t.Name] = t
	}
	for _, t := range tasks {
		for _, d := range t.Deps {
			if _, ok := p.tasks[d]; !ok {
				return nil, fmt.Errorf("task %q depends on unknown %q", t.Name, d)
			}
		}
	}
	return p, nil
}

func (p *Project) Order() ([]string, error) {
	indeg := map[string]int{}
	users := map[string][]string{}
	for name, t := range p.tasks {
		indeg[name] += 0
		for _, d := range t.Deps {
			indeg[name]++
			users[d] = append(users[d], name)
		}
	}
	var ready []string
	for n, k := range indeg {
		if k == 0 {
			ready = append(ready, n)
		}
	}
	sort.Strings(ready)
	var order []string
	for len(ready) > 0 {
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for _, u := range users[n] {
			indeg[u]--
			if indeg[u] == 0 {
				ready = append(ready, u)
				sort.Strings(ready)
			}
		}
	}
	if len(order) != len(p.tasks) {
		var rem []string
		for n, k := range indeg {
			if k > 0 {
				rem = append(rem, n)
			}
		}
		sort.Strings(rem)
		return order, CycleError{rem}
	}
	return order, nil
}

func (p *Project) Schedule() (map[string]int, int, []string, error) {
	order, err := p.Order()
	if err != nil {
		return nil, 0, nil, err
	}
	start := map[string]int{}
	via := map[string]string{}
	end, last := 0, ""
	for _, n := range order {
		t := p.tasks[n]
		for _, d := range t.Deps {
			if f := start[d] + p.tasks[d].Duration; f > start[n] || (f == start[n] && d < via[n]) {
				start[n], via[n] = f, d
			}
		}
		if f := start[n] + t.Duration; f > end {
			end, last = f, n
		}
	}
	var path []string
	for n := last; n != ""; n = via[n] {
		path = append([]string{n}, path...)
	}
	return start, end, path, nil
}

func main() {
	build := []Task{
		{"fetch", 2, nil},
		{"configure", 1, []string{"fetch"}},
		{"codegen", 3, []string{"configure"}},
		{"compile-core", 5, []string{"codegen"}},
		{"compile-ui", 4, []string{"configure"}},
		{"assets", 2, []string{"fetch"}},
		{"link", 2, []string{"compile-core", "compile-ui"}},
		{"test", 4, []string{"link"}},
		{"docs", 3, []string{"codegen"}},
		{"package", 1, []string{"link", "assets", "docs"}},
		{"release", 1, []string{"package", "test"}},
	}
	p, err := NewProject(build...)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	order, _ := p.Order()
	fmt.Println("order:", strings.Join(order, " -> "))
	start, total, crit, _ := p.Schedule()
	for _, n := range order {
		t := p.tasks[n]
		fmt.Printf("  %-13s start=%2d end=%2d %s%s\n", n, start[n], start[n]+t.Duration,
			strings.Repeat(" ", start[n]), strings.Repeat("=", t.Duration))
	}
	fmt.Printf("makespan %d, critical path: %s\n", total, strings.Join(crit, " > "))

	cyc := append([]Task(nil), build...)
	cyc[1] = Task{"configure", 1, []string{"fetch", "test"}}
	p2, _ := NewProject(cyc...)
	partial, err := p2.Order()
	var ce CycleError
	if errors.As(err, &ce) {
		fmt.Printf("cycle detected (%d tasks stuck), partial order: %v\n", len(ce.Remaining), partial)
		fmt.Println("  ", err)
	}
	_, err = NewProject(Task{"a", 1, []string{"b"}})
	fmt.Println("validation:", err)
	_, err = NewProject(Task{"a", 1, nil}, Task{"a", 2, nil})
	fmt.Println("validation:", err)
}
