// Delivery route planning with Dijkstra over a generic priority queue
// built on container/heap.
package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// PQ is a min-heap ordered by a caller-supplied less function.
type PQ[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (q *PQ[T]) Len() int           { return len(q.items) }
func (q *PQ[T]) Less(i, j int) bool { return q.less(q.items[i], q.items[j]) }
func (q *PQ[T]) Swap(i, j int)      { q.items[i], q.items[j] = q.items[j], q.items[i] }
func (q *PQ[T]) Push(x any)         { q.items = append(q.items, x.(T)) }
func (q *PQ[T]) Pop() any {
	n := len(q.items)
	it := q.items[n-1]
	var zero T
	q.items[n-1] = zero
	q.items = q.items[:n-1]
	return it
}

func NewPQ[T any](less func(a, b T) bool) *PQ[T] { return &PQ[T]{less: less} }
func (q *PQ[T]) PushItem(v T)                    { heap.Push(q, v) }
func (q *PQ[T]) PopItem() T                      { return heap.Pop(q).(T) }

type Edge struct {
	To      string
	Minutes int
}

type Graph map[string][]Edge

func (g Graph) Road(a, b string, minutes int) {
	g[a] = append(g[a], Edge{b, minutes})
	g[b] = append(g[b], Edge{a, minutes})
}

type visit struct {
	node string
	dist int
}

// ShortestPaths returns distances and predecessors from src.
func (g Graph) ShortestPaths(src string, closed map[string]bool) (map[string]int, map[string]string) {
	dist := map[string]int{src: 0}
	prev := map[string]string{}
	pq := NewPQ(func(a, b visit) bool {
		return cmp.Or(cmp.Compare(a.dist, b.dist), cmp.Compare(a.node, b.node)) < 0
	})
	pq.PushItem(visit{src, 0})
	for pq.Len() > 0 {
		cur := pq.PopItem()
		if cur.dist > dist[cur.node] {
			continue // stale entry
		}
		for _, e := range g[cur.node] {
			if closed[e.To] {
				continue
			}
			nd := cur.dist + e.Minutes
			if d, ok := dist[e.To]; !ok || nd < d {
				dist[e.To] = nd
				prev[e.To] = cur.node
				pq.PushItem(visit{e.To, nd})
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, src, dst string) []string {
	p := []string{dst}
	for p[len(p)-1] != src {
		p = append(p, prev[p[len(p)-1]])
	}
	slices.Reverse(p)
	return p
}

func main() {
	g := Graph{}
	g.Road("depot", "harbour", 12)
	g.Road("depot", "market", 7)
	g.Road("market", "harbour", 4)
	g.Road("market", "old-town", 9)
	g.Road("harbour", "old-town", 6)
	g.Road("old-town", "university", 5)
	g.Road("harbour", "airport", 20)
	g.Road("university", "airport", 11)
	g.Road("market", "stadium", 15)
	g.Road("stadium", "airport", 8)
	g.Road("university", "hospital", 3)

	dist, prev := g.ShortestPaths("depot", nil)
	fmt.Println("fastest routes from depot:")
	for _, dst := range slices.Sorted(maps.Keys(dist)) {
		if dst == "depot" {
			continue
		}
		fmt.Printf("  %-10s %3d min  %s\n", dst, dist[dst], strings.Join(path(prev, "depot", dst), " > "))
	}

	fmt.Println("\nwith the market closed for a festival:")
	dist2, prev2 := g.ShortestPaths("depot", map[string]bool{"market": true})
	for _, dst := range []string{"old-town", "airport", "stadium", "hospital"} {
		d, ok := dist2[dst]
		if !ok {
			fmt.Printf("  %-10s unreachable\n", dst)
			continue
		}
		fmt.Printf("  %-10s %3d min (+%d)  %s\n", dst, d, d-dist[dst], strings.Join(path(prev2, "depot", dst), " > "))
	}

	// Order today's deliveries by urgency then distance using the same PQ type.
	type delivery struct {
		id       string
		dest     string
		priority int // 1 = urgent
	}
	orders := []delivery{
		{"D1", "airport", 3}, {"D2", "hospital", 1}, {"D3", "harbour", 2},
		{"D4", "stadium", 3}, {"D5", "university", 2}, {"D6", "old-town", 1},
	}
	q := NewPQ(func(a, b delivery) bool {
		return cmp.Or(cmp.Compare(a.priority, b.priority), cmp.Compare(dist[a.dest], dist[b.dest])) < 0
	})
	for _, o := range orders {
		q.PushItem(o)
	}
	fmt.Println("\ndispatch order:")
	clock := 8 * 60
	for q.Len() > 0 {
		o := q.PopItem()
		eta := clock + dist[o.dest]
		fmt.Printf("  %s p%d -> %-10s leave %02d:%02d arrive %02d:%02d\n",
			o.id, o.priority, o.dest, clock/60, clock%60, eta/60, eta%60)
		clock = eta + dist[o.dest] // drive back to the depot
	}
	fmt.Printf("driver back at depot at %02d:%02d\n", clock/60, clock%60)
}
