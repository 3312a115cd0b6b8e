// q15: deterministic topological sort (Kahn's algorithm) for build target ordering.
package main

import (
	"cmp"
	"container/heap"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// orderedHeap is a min-heap so that among ready nodes the smallest is emitted first.
type orderedHeap[T cmp.Ordered] []T

func (h orderedHeap[T]) Len() int           { return len(h) }
func (h orderedHeap[T]) Less(i, j int) bool { return h[i] < h[j] }
func (h orderedHeap[T]) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *orderedHeap[T]) Push(x any)        { *h = append(*h, x.(T)) }
func (h *orderedHeap[T]) Pop() any {
	old := *h
	v := old[len(old)-1]
	*h = old[:len(old)-1]
	return v
}

type DAG[T cmp.Ordered] struct {
	edges map[T][]T // dependency -> dependents
	indeg map[T]int
}

func NewDAG[T cmp.Ordered]() *DAG[T] { return &DAG[T]{edges: map[T][]T{}, indeg: map[T]int{}} }

func (d *DAG[T]) Node(n T) {
	if _, ok := d.indeg[n]; !ok {
		d.indeg[n] = 0
	}
}

// DependsOn records that n must come after dep.
func (d *DAG[T]) DependsOn(n, dep T) {
	d.Node(n)
	d.Node(dep)
	d.edges[dep] = append(d.edges[dep], n)
	d.indeg[n]++
}

type CycleError[T any] struct{ Remaining []T }

func (e *CycleError[T]) Error() string { return fmt.Sprintf("cycle among %v", e.Remaining) }

// Sort returns layers of nodes; each layer could be built in parallel.
func (d *DAG[T]) Sort() ([][]T, error) {
	indeg := maps.Clone(d.indeg)
	var ready orderedHeap[T]
	for _, n := range slices.Sorted(maps.Keys(indeg)) {
		if indeg[n] == 0 {
			ready = append(ready, n)
		}
	}
	var layers [][]T
	done := 0
	for len(ready) > 0 {
		var layer []T
		var next orderedHeap[T]
		for ready.Len() > 0 {
			n := heap.Pop(&ready).(T)
			layer = append(layer, n)
			for _, m := range d.edges[n] {
				indeg[m]--
				if indeg[m] == 0 {
					heap.Push(&next, m)
				}
			}
		}
		done += len(layer)
		layers = append(layers, layer)
		ready = next
	}
	if done != len(indeg) {
		var rest []T
		for _, n := range slices.Sorted(maps.Keys(indeg)) {
			if indeg[n] > 0 {
				rest = append(rest, n)
			}
		}
		return layers, &CycleError[T]{rest}
	}
	return layers, nil
}

func build(spec string) *DAG[string] {
	d := NewDAG[string]()
	for rule := range strings.SplitSeq(spec, ";") {
		target, deps, _ := strings.Cut(strings.TrimSpace(rule), ":")
		d.Node(target)
		for dep := range strings.FieldsSeq(deps) {
			d.DependsOn(target, dep)
		}
	}
	return d
}

func main() {
	spec := "app: api web; api: proto db auth; web: assets proto; auth: proto crypto; db: migrations; " +
		"migrations: ; proto: ; crypto: ; assets: icons css; icons: ; css: ; tests: app fixtures; fixtures: db"
	layers, err := build(spec).Sort()
	fmt.Println("build plan, err =", err)
	step := 0
	for i, l := range layers {
		fmt.Printf("stage %d (%d parallel): %s\n", i, len(l), strings.Join(l, ", "))
		step += len(l)
	}
	fmt.Println("total targets:", step)

	cyclic := "a: b; b: c; c: a; d: ; e: d a"
	layers, err = build(cyclic).Sort()
	fmt.Println("cyclic plan layers:", layers)
	var ce *CycleError[string]
	if errors.As(err, &ce) {
		fmt.Println("error:", err, "| stuck:", len(ce.Remaining))
	}

	nums := NewDAG[int]()
	for i := 2; i <= 12; i++ {
		nums.Node(i)
		for j := 2; j < i; j++ {
			if i%j == 0 {
				nums.DependsOn(i, j)
			}
		}
	}
	nl, _ := nums.Sort()
	for i, l := range nl {
		fmt.Printf("divisor depth %d: %v\n", i, l)
	}
}
