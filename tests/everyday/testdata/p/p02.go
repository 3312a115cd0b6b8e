// Dijkstra's algorithm using container/heap on a small road network.
package main

import (
	"container/heap"
	"fmt"
	"math"
	"slices"
	"strings"
)

type edge struct {
	to     string
	weight int
}

type item struct {
	node string
	dist int
}

type pq []item

func (q pq) Len() int { return len(q) }
func (q pq) Less(i, j int) bool {
	if q[i].dist != q[j].dist {
		return q[i].dist < q[j].dist
	}
	return q[i].node < q[j].node
}
func (q pq) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *pq) Push(x any)   { *q = append(*q, x.(item)) }
func (q *pq) Pop() any {
	old := *q
	it := old[len(old)-1]
	*q = old[:len(old)-1]
	return it
}

type graph map[string][]edge

func (g graph) addRoad(a, b string, w int) {
	g[a] = append(g[a], edge{b, w})
	g[b] = append(g[b], edge{a, w})
}

func (g graph) dijkstra(src string) (map[string]int, map[string]string) {
	dist := make(map[string]int, len(g))
	prev := make(map[string]string)
	for n := range g {
		dist[n] = math.MaxInt
	}
	dist[src] = 0
	h := &pq{{src, 0}}
	pops := 0
	for h.Len() > 0 {
		cur := heap.Pop(h).(item)
		pops++
		if cur.dist > dist[cur.node] {
			continue // stale entry
		}
		for _, e := range g[cur.node] {
			nd := cur.dist + e.weight
			if nd < dist[e.to] {
				dist[e.to] = nd
				prev[e.to] = cur.node
				heap.Push(h, item{e.to, nd})
			}
		}
	}
	fmt.Println("heap pops:", pops)
	return dist, prev
}

func pathTo(prev map[string]string, src, dst string) []string {
	var p []string
	for n := dst; ; n = prev[n] {
		p = append(p, n)
		if n == src {
			break
		}
	}
	slices.Reverse(p)
	return p
}

func main() {
	g := graph{}
	roads := []struct {
		a, b string
		w    int
	}{
		{"Amsterdam", "Utrecht", 45}, {"Amsterdam", "Haarlem", 20},
		{"Haarlem", "Leiden", 30}, {"Leiden", "DenHaag", 20},
		{"DenHaag", "Rotterdam", 25}, {"Utrecht", "Rotterdam", 60},
		{"Utrecht", "Arnhem", 65}, {"Rotterdam", "Breda", 50},
		{"Breda", "Eindhoven", 60}, {"Arnhem", "Eindhoven", 90},
		{"Utrecht", "DenBosch", 55}, {"DenBosch", "Eindhoven", 35},
		{"Leiden", "Utrecht", 55},
	}
	for _, r := range roads {
		g.addRoad(r.a, r.b, r.w)
	}
	dist, prev := g.dijkstra("Amsterdam")
	names := slices.Sorted(func(yield func(string) bool) {
		for n := range dist {
			if !yield(n) {
				return
			}
		}
	})
	for _, n := range names {
		fmt.Printf("%-10s %4d  %s\n", n, dist[n], strings.Join(pathTo(prev, "Amsterdam", n), " > "))
	}
	far := slices.MaxFunc(names, func(a, b string) int { return dist[a] - dist[b] })
	fmt.Printf("farthest city: %s (%d min)\n", far, dist[far])
}
