// ag13: topological sort (Kahn's algorithm) over generic nodes with cycle reporting and build levels.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
)

type DAG[N cmp.Ordered] struct {
	out map[N][]N
	in  map[N]int
}

func NewDAG[N cmp.Ordered]() *DAG[N] { return &DAG[N]{out: map[N][]N{}, in: map[N]int{}} }

func (d *DAG[N]) Node(n N) {
	if _, ok := d.in[n]; !ok {
		d.in[n] = 0
	}
}

// DependsOn records that a needs b (edge b -> a).
func (d *DAG[N]) DependsOn(a N, bs ...N) {
	d.Node(a)
	for _, b := range bs {
		d.Node(b)
		d.out[b] = append(d.out[b], a)
		d.in[a]++
	}
}

type CycleError[N any] struct{ Remaining []N }

func (e *CycleError[N]) Error() string {
	return fmt.Sprintf("cycle detected among %v", e.Remaining)
}

// Levels returns nodes grouped by the earliest step they can be built.
func (d *DAG[N]) Levels() ([][]N, error) {
	indeg := make(map[N]int, len(d.in))
	var ready []N
	for n, c := range d.in {
		indeg[n] = c
		if c == 0 {
			ready = append(ready, n)
		}
	}
	var levels [][]N
	done := 0
	for len(ready) > 0 {
		slices.Sort(ready)
		levels = append(levels, ready)
		done += len(ready)
		var next []N
		for _, n := range ready {
			for _, m := range d.out[n] {
				indeg[m]--
				if indeg[m] == 0 {
					next = append(next, m)
				}
			}
		}
		ready = next
	}
	if done != len(d.in) {
		var rem []N
		for n, c := range indeg {
			if c > 0 {
				rem = append(rem, n)
			}
		}
		slices.Sort(rem)
		return levels, &CycleError[N]{rem}
	}
	return levels, nil
}

func (d *DAG[N]) Order() ([]N, error) {
	lv, err := d.Levels()
	var flat []N
	for _, l := range lv {
		flat = append(flat, l...)
	}
	return flat, err
}

type Pkg string

type Course int

func (c Course) String() string { return fmt.Sprintf("CS%d", int(c)) }

func main() {
	build := NewDAG[Pkg]()
	build.DependsOn("app", "http", "db", "log")
	build.DependsOn("http", "net", "log")
	build.DependsOn("db", "net", "codec")
	build.DependsOn("codec", "bytes")
	build.DependsOn("net", "bytes")
	build.DependsOn("log")
	build.DependsOn("tests", "app", "mock")
	lv, err := build.Levels()
	fmt.Println("error:", err)
	for i, l := range lv {
		fmt.Printf("step %d: %v\n", i+1, l)
	}
	order, _ := build.Order()
	parts := make([]string, len(order))
	for i, p := range order {
		parts[i] = string(p)
	}
	fmt.Println("order:", strings.Join(parts, " -> "))

	cur := NewDAG[Course]()
	cur.DependsOn(201, 101)
	cur.DependsOn(202, 101, 102)
	cur.DependsOn(301, 201, 202)
	cur.DependsOn(350, 301)
	cur.DependsOn(310, 202)
	semesters, _ := cur.Levels()
	for i, s := range semesters {
		fmt.Printf("semester %d: %v\n", i+1, s)
	}

	bad := NewDAG[string]()
	bad.DependsOn("a", "b")
	bad.DependsOn("b", "c")
	bad.DependsOn("c", "a")
	bad.DependsOn("d", "c")
	bad.DependsOn("e")
	partial, err := bad.Order()
	fmt.Println("partial order:", partial)
	fmt.Println("error:", err)
	var ce *CycleError[string]
	if errors.As(err, &ce) {
		fmt.Println("nodes stuck:", len(ce.Remaining), ce.Remaining)
	}
}
