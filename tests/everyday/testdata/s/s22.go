package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"slices"
	"strings"
)

// Dijkstra's algorithm with container/heap on a small road network.

type Edge struct {
	To     string
	Weight int
}

type Item struct {
	Node string
	Dist int
}

type PQ []Item

func (q PQ) Len() int { return len(q) }
func (q PQ) Less(i, j int) bool {
	return q[i].Dist < q[j].Dist || (q[i].Dist == q[j].Dist && q[i].Node < q[j].Node)
}
func (q PQ) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *PQ) Push(x any)   { *q = append(*q, x.(Item)) }
func (q *PQ) Pop() any {
	old := *q
	it := old[len(old)-1]
	*q = old[:len(old)-1]
	return it
}

type Graph map[string][]Edge

func (g Graph) AddRoad(a, b string, w int) {
	g[a] = append(g[a], Edge{b, w})
	g[b] = append(g[b], Edge{a, w})
}

func (g Graph) Dijkstra(src string) (map[string]int, map[string]string) {
	dist := map[string]int{src: 0}
	prev := map[string]string{}
	pq := &PQ{{src, 0}}
	for pq.Len() > 0 {
		cur := heap.Pop(pq).(Item)
		if cur.Dist > dist[cur.Node] {
			continue
		}
		for _, e := range g[cur.Node] {
			nd := cur.Dist + e.Weight
			if old, ok := dist[e.To]; !ok || nd < old {
				dist[e.To] = nd
				prev[e.To] = cur.Node
				heap.Push(pq, Item{e.To, nd})
			}
		}
	}
	return dist, prev
}

func pathTo(prev map[string]string, src, dst string) []string {
	p := []string{dst}
	for p[len(p)-1] != src {
		p = append(p, prev[p[len(p)-1]])
	}
	slices.Reverse(p)
	return p
}

func main() {
	g := Graph{}
	g.AddRoad("Amsterdam", "Utrecht", 45)
	g.AddRoad("Amsterdam", "Haarlem", 20)
	g.AddRoad("Haarlem", "Leiden", 35)
	g.AddRoad("Leiden", "DenHaag", 20)
	g.AddRoad("DenHaag", "Rotterdam", 25)
	g.AddRoad("Utrecht", "Rotterdam", 60)
	g.AddRoad("Utrecht", "Arnhem", 65)
	g.AddRoad("Rotterdam", "Breda", 50)
	g.AddRoad("Breda", "Eindhoven", 60)
	g.AddRoad("Utrecht", "Eindhoven", 90)
	g.AddRoad("Arnhem", "Eindhoven", 80)
	g.AddRoad("Amsterdam", "Leiden", 45)

	dist, prev := g.Dijkstra("Amsterdam")
	names := make([]string, 0, len(dist))
	for k := range dist {
		names = append(names, k)
	}
	slices.SortFunc(names, func(a, b string) int {
		return cmp.Or(cmp.Compare(dist[a], dist[b]), strings.Compare(a, b))
	})
	fmt.Println("Shortest distances from Amsterdam:")
	for _, n := range names {
		fmt.Printf("  %-10s %4d km  via %s\n", n, dist[n], strings.Join(pathTo(prev, "Amsterdam", n), " > "))
	}
	h := &PQ{}
	for i, v := range []int{42, 7, 19, 88, 3, 56, 23, 91, 15, 64} {
		heap.Push(h, Item{fmt.Sprintf("v%02d", i), v})
	}
	for h.Len() > 0 {
		fmt.Printf(" %v", heap.Pop(h))
	}
	fmt.Println()
}
