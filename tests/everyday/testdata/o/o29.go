package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Package struct {
	Name string
	Deps []string
}

type CycleError struct{ Path []string }

func (e *CycleError) Error() string { return "dependency cycle: " + strings.Join(e.Path, " -> ") }

type MissingError struct{ From, Dep string }

func (e *MissingError) Error() string {
	return fmt.Sprintf("%s requires unknown package %s", e.From, e.Dep)
}

type Graph map[string]Package

type mark int

const (
	unvisited mark = iota
	visiting
	done
)

// Order returns a deterministic topological order (deps first).
func (g Graph) Order(roots ...string) ([]string, error) {
	state := map[string]mark{}
	var order []string
	var stack []string
	var visit func(string) error
	visit = func(n string) error {
		switch state[n] {
		case done:
			return nil
		case visiting:
			i := slices.Index(stack, n)
			return &CycleError{append(slices.Clone(stack[i:]), n)}
		}
		p, ok := g[n]
		if !ok {
			from := "<root>"
			if len(stack) > 0 {
				from = stack[len(stack)-1]
			}
			return &MissingError{from, n}
		}
		state[n] = visiting
		stack = append(stack, n)
		deps := slices.Sorted(slices.Values(p.Deps))
		for _, d := range deps {
			if err := visit(d); err != nil {
				return fmt.Errorf("via %s: %w", n, err)
			}
		}
		stack = stack[:len(stack)-1]
		state[n] = done
		order = append(order, n)
		return nil
	}
	if len(roots) == 0 {
		roots = slices.Sorted(maps.Keys(g))
	}
	for _, r := range roots {
		if err := visit(r); err != nil {
			return order, err
		}
	}
	return order, nil
}

func (g Graph) Add(name string, deps ...string) { g[name] = Package{name, deps} }

func describe(err error) string {
	var ce *CycleError
	var me *MissingError
	switch {
	case errors.As(err, &ce):
		return fmt.Sprintf("CYCLE of length %d: %v", len(ce.Path)-1, ce.Path)
	case errors.As(err, &me):
		return fmt.Sprintf("MISSING %s (needed by %s)", me.Dep, me.From)
	}
	return "ok"
}

func main() {
	g := Graph{}
	g.Add("app", "http", "log", "db")
	g.Add("http", "net", "log")
	g.Add("db", "net", "log", "pool")
	g.Add("pool", "sync")
	g.Add("net")
	g.Add("log", "fmt")
	g.Add("fmt")
	g.Add("sync")

	order, err := g.Order("app")
	fmt.Println("build order for app:", strings.Join(order, " "), "|", describe(err))
	order, err = g.Order()
	fmt.Println("full order:", strings.Join(order, " "))

	levels := map[string]int{}
	for _, n := range order {
		lv := 0
		for _, d := range g[n].Deps {
			lv = max(lv, levels[d]+1)
		}
		levels[n] = lv
	}
	byLevel := map[int][]string{}
	for n, lv := range levels {
		byLevel[lv] = append(byLevel[lv], n)
	}
	for _, lv := range slices.Sorted(maps.Keys(byLevel)) {
		names := byLevel[lv]
		slices.Sort(names)
		fmt.Printf("  level %d: %v\n", lv, names)
	}

	g2 := maps.Clone(g)
	g2.Add("sync", "app")
	order, err = g2.Order("app")
	fmt.Println("with cycle:", err)
	fmt.Println("  ->", describe(err), "partial:", order)

	g3 := maps.Clone(g)
	g3.Add("log", "fmt", "color")
	_, err = g3.Order("app")
	fmt.Println("with missing:", err)
	fmt.Println("  ->", describe(err))

	g4 := Graph{}
	g4.Add("a", "a")
	_, err = g4.Order()
	fmt.Println("self loop:", describe(err))
	_, err = g.Order("ghost")
	fmt.Println("missing root:", describe(err))
}
