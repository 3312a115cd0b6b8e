// Topological sort (Kahn's algorithm) for a build dependency graph, with cycle detection.
package main

import (
	"errors"
	"fmt"
	"slices"
	"sort"
)

type DepGraph struct {
	deps map[string][]string // node -> things it depends on
}

func NewDepGraph() *DepGraph { return &DepGraph{deps: map[string][]string{}} }

func (g *DepGraph) Add(node string, dependsOn ...string) {
	g.deps[node] = append(g.deps[node], dependsOn...)
	for _, d := range dependsOn {
		if _, ok := g.deps[d]; !ok {
			g.deps[d] = nil
		}
	}
}

var ErrCycle = errors.New("dependency cycle detected")

func (g *DepGraph) Order() ([]string, error) {
	indeg := map[string]int{}
	users := map[string][]string{}
	for n, ds := range g.deps {
		indeg[n] += 0
		for _, d := range ds {
			indeg[n]++
			users[d] = append(users[d], n)
		}
	}
	var ready []string
	for n, d := range indeg {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	sort.Strings(ready)
	var order []string
	for len(ready) > 0 {
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		us := users[n]
		slices.Sort(us)
		for _, u := range us {
			indeg[u]--
			if indeg[u] == 0 {
				idx, _ := slices.BinarySearch(ready, u)
				ready = slices.Insert(ready, idx, u)
			}
		}
	}
	if len(order) != len(indeg) {
		var stuck []string
		for n, d := range indeg {
			if d > 0 {
				stuck = append(stuck, n)
			}
		}
		slices.Sort(stuck)
		return order, fmt.Errorf("%w among %v", ErrCycle, stuck)
	}
	return order, nil
}

func main() {
	g := NewDepGraph()
	g.Add("app", "http", "db", "log")
	g.Add("http", "net", "log")
	g.Add("db", "net", "config")
	g.Add("log", "config")
	g.Add("net", "syscall")
	g.Add("config", "os")
	g.Add("os", "syscall")
	g.Add("tests", "app", "mock")
	g.Add("mock", "db")

	order, err := g.Order()
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println("build order:")
	for i, n := range order {
		fmt.Printf("  %2d. %s\n", i+1, n)
	}

	pos := map[string]int{}
	for i, n := range order {
		pos[n] = i
	}
	ok := true
	for n, ds := range g.deps {
		for _, d := range ds {
			if pos[d] > pos[n] {
				ok = false
			}
		}
	}
	fmt.Println("order valid:", ok)

	g.Add("syscall", "app")
	partial, err := g.Order()
	fmt.Println("after adding syscall->app:")
	fmt.Println("  partial order:", partial)
	fmt.Println("  error:", err)
	fmt.Println("  is ErrCycle:", errors.Is(err, ErrCycle))
}
