package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type DAG map[string][]string

var ErrCycle = errors.New("cycle detected")

func (g DAG) nodes() []string {
	set := map[string]struct{}{}
	for n, deps := range g {
		set[n] = struct{}{}
		for _, d := range deps {
			set[d] = struct{}{}
		}
	}
	out := make([]string, 0, len(set))
	for n := range set {
		out = append(out, n)
	}
	slices.Sort(out)
	return out
}

// TopoKahn returns nodes so that every dependency comes before its dependents.
func (g DAG) TopoKahn() ([]string, error) {
	indeg := map[string]int{}
	users := map[string][]string{}
	for _, n := range g.nodes() {
		indeg[n] += 0
		for _, d := range g[n] {
			indeg[n]++
			users[d] = append(users[d], n)
		}
	}
	var queue, order []string
	for _, n := range g.nodes() {
		if indeg[n] == 0 {
			queue = append(queue, n)
		}
	}
	for len(queue) > 0 {
		slices.Sort(queue)
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		for _, u := range users[n] {
			indeg[u]--
			if indeg[u] == 0 {
				queue = append(queue, u)
			}
		}
	}
	if len(order) != len(indeg) {
		return order, fmt.Errorf("kahn: %w (%d of %d sorted)", ErrCycle, len(order), len(indeg))
	}
	return order, nil
}

func (g DAG) FindCycle() []string {
	const (
		white = iota
		gray
		black
	)
	color := map[string]int{}
	var stack []string
	var cycle []string
	var visit func(n string) bool
	visit = func(n string) bool {
		color[n] = gray
		stack = append(stack, n)
		deps := slices.Clone(g[n])
		slices.Sort(deps)
		for _, d := range deps {
			if color[d] == gray {
				i := slices.Index(stack, d)
				cycle = append(slices.Clone(stack[i:]), d)
				return true
			}
			if color[d] == white && visit(d) {
				return true
			}
		}
		stack = stack[:len(stack)-1]
		color[n] = black
		return false
	}
	for _, n := range g.nodes() {
		if color[n] == white && visit(n) {
			return cycle
		}
	}
	return nil
}

func main() {
	build := DAG{
		"app":      {"http", "db", "config"},
		"http":     {"net", "log"},
		"db":       {"net", "log", "config"},
		"config":   {"log"},
		"net":      {},
		"log":      nil,
		"testutil": {"app"},
	}
	order, err := build.TopoKahn()
	fmt.Println(strings.Join(order, " -> "), err)
	fmt.Println("cycle:", build.FindCycle())

	build["log"] = append(build["log"], "app")
	order, err = build.TopoKahn()
	fmt.Printf("partial=%v err=%v is=%t\n", order, err, errors.Is(err, ErrCycle))
	fmt.Println("cycle:", strings.Join(build.FindCycle(), " -> "))
	fmt.Println(len(build.nodes()), build.nodes())
}
