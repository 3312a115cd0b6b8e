package main

import (
	"container/heap"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Graph map[string][]string

var ErrCycle = errors.New("cycle detected")

func (g Graph) Nodes() []string {
	set := map[string]bool{}
	for n, deps := range g {
		set[n] = true
		for _, d := range deps {
			set[d] = true
		}
	}
	return slices.Sorted(maps.Keys(set))
}

// TopoSort returns nodes so that dependencies come first (Kahn's algorithm).
func (g Graph) TopoSort() ([]string, error) {
	indeg, rev := map[string]int{}, map[string][]string{}
	for _, n := range g.Nodes() {
		indeg[n] = 0
	}
	for n, deps := range g {
		for _, d := range deps {
			indeg[n]++
			rev[d] = append(rev[d], n)
		}
	}
	queue := slices.DeleteFunc(g.Nodes(), func(n string) bool { return indeg[n] > 0 })
	var order []string
	for len(queue) > 0 {
		slices.Sort(queue)
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		for _, m := range rev[n] {
			indeg[m]--
			if indeg[m] == 0 {
				queue = append(queue, m)
			}
		}
	}
	if len(order) != len(indeg) {
		return order, fmt.Errorf("topo: %d of %d nodes ordered: %w", len(order), len(indeg), ErrCycle)
	}
	return order, nil
}

type Edge struct {
	To   string
	Cost int
}

// minQ is a priority queue of (node, distance) pairs stored as Edges.
type minQ []Edge

func (q minQ) Len() int { return len(q) }
func (q minQ) Less(i, j int) bool {
	return q[i].Cost < q[j].Cost || (q[i].Cost == q[j].Cost && q[i].To < q[j].To)
}
func (q minQ) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *minQ) Push(x any)   { *q = append(*q, x.(Edge)) }
func (q *minQ) Pop() any     { o := *q; x := o[len(o)-1]; *q = o[:len(o)-1]; return x }

func dijkstra(adj map[string][]Edge, src string) (map[string]int, map[string]string) {
	dist := map[string]int{src: 0}
	prev := map[string]string{}
	q := &minQ{{src, 0}}
	for q.Len() > 0 {
		cur := heap.Pop(q).(Edge)
		if cur.Cost > dist[cur.To] {
			continue
		}
		for _, e := range adj[cur.To] {
			nd := cur.Cost + e.Cost
			if old, ok := dist[e.To]; !ok || nd < old {
				dist[e.To] = nd
				prev[e.To] = cur.To
				heap.Push(q, Edge{e.To, nd})
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, dst string) string {
	p := []string{dst}
	for n, ok := prev[dst]; ok; n, ok = prev[n] {
		p = slices.Insert(p, 0, n)
	}
	return strings.Join(p, "->")
}

func main() {
	deps := Graph{
		"report":    {"aggregate", "dims"},
		"aggregate": {"clean"},
		"clean":     {"extract"},
		"dims":      {"extract"},
		"publish":   {"report"},
	}
	order, err := deps.TopoSort()
	fmt.Println("order:", order, err)
	deps["extract"] = []string{"publish"}
	order, err = deps.TopoSort()
	fmt.Println("cyclic:", order, err, errors.Is(err, ErrCycle))

	adj := map[string][]Edge{
		"A": {{"B", 4}, {"C", 1}},
		"C": {{"B", 2}, {"D", 7}},
		"B": {{"D", 1}, {"E", 5}},
		"D": {{"E", 1}},
	}
	dist, prev := dijkstra(adj, "A")
	for _, n := range slices.Sorted(maps.Keys(dist)) {
		fmt.Printf("%s dist=%d path=%s\n", n, dist[n], path(prev, n))
	}
	_, reachable := dist["Z"]
	fmt.Println("Z reachable:", reachable, "prev:", prev)
}
