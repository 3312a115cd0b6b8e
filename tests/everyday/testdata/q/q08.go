// q08: Dijkstra over a weighted road network using container/heap.
package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"slices"
	"strings"
)

type Weight interface {
	~int | ~int64 | ~float64
}

type Edge[N comparable, W Weight] struct {
	To     N
	Weight W
}

type WGraph[N comparable, W Weight] map[N][]Edge[N, W]

func (g WGraph[N, W]) AddUndirected(a, b N, w W) {
	g[a] = append(g[a], Edge[N, W]{b, w})
	g[b] = append(g[b], Edge[N, W]{a, w})
}

type item[N comparable, W Weight] struct {
	node N
	dist W
	seq  int // insertion order breaks ties deterministically
}

type minHeap[N comparable, W Weight] []item[N, W]

func (h minHeap[N, W]) Len() int { return len(h) }
func (h minHeap[N, W]) Less(i, j int) bool {
	if h[i].dist != h[j].dist {
		return h[i].dist < h[j].dist
	}
	return h[i].seq < h[j].seq
}
func (h minHeap[N, W]) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *minHeap[N, W]) Push(x any)   { *h = append(*h, x.(item[N, W])) }
func (h *minHeap[N, W]) Pop() any {
	old := *h
	v := old[len(old)-1]
	*h = old[:len(old)-1]
	return v
}

// Dijkstra returns distances and predecessor links from src.
func Dijkstra[N comparable, W Weight](g WGraph[N, W], src N) (map[N]W, map[N]N) {
	dist := map[N]W{src: 0}
	prev := map[N]N{}
	done := map[N]bool{}
	h := &minHeap[N, W]{{node: src}}
	seq := 1
	for h.Len() > 0 {
		cur := heap.Pop(h).(item[N, W])
		if done[cur.node] {
			continue
		}
		done[cur.node] = true
		for _, e := range g[cur.node] {
			nd := cur.dist + e.Weight
			if old, ok := dist[e.To]; !ok || nd < old {
				dist[e.To] = nd
				prev[e.To] = cur.node
				heap.Push(h, item[N, W]{e.To, nd, seq})
				seq++
			}
		}
	}
	return dist, prev
}

func PathTo[N comparable](prev map[N]N, src, dst N) []N {
	path := []N{dst}
	for cur := dst; cur != src; {
		p, ok := prev[cur]
		if !ok {
			return nil
		}
		path = append(path, p)
		cur = p
	}
	slices.Reverse(path)
	return path
}

type City string

func main() {
	roads := WGraph[City, float64]{}
	for _, r := range []struct {
		a, b City
		km   float64
	}{
		{"Amsterdam", "Utrecht", 45.5}, {"Amsterdam", "Haarlem", 20.1}, {"Haarlem", "Leiden", 33.0},
		{"Leiden", "The Hague", 18.7}, {"The Hague", "Rotterdam", 26.4}, {"Utrecht", "Rotterdam", 61.2},
		{"Utrecht", "Arnhem", 64.0}, {"Rotterdam", "Breda", 50.3}, {"Breda", "Eindhoven", 59.8},
		{"Utrecht", "Eindhoven", 92.1}, {"Arnhem", "Eindhoven", 85.0},
	} {
		roads.AddUndirected(r.a, r.b, r.km)
	}
	dist, prev := Dijkstra(roads, "Amsterdam")
	cities := make([]City, 0, len(dist))
	for c := range dist {
		cities = append(cities, c)
	}
	slices.SortFunc(cities, func(a, b City) int {
		return cmp.Or(cmp.Compare(dist[a], dist[b]), strings.Compare(string(a), string(b)))
	})
	for _, c := range cities {
		p := PathTo(prev, "Amsterdam", c)
		names := make([]string, len(p))
		for i, n := range p {
			names[i] = string(n)
		}
		fmt.Printf("%-10s %6.1f km  via %s\n", c, dist[c], strings.Join(names, " -> "))
	}

	// Integer-weighted graph of network latencies (ms).
	net := WGraph[int, int]{}
	for i := range 6 {
		net.AddUndirected(i, (i+1)%6, 10+i)
	}
	net.AddUndirected(0, 3, 25)
	d, p := Dijkstra(net, 0)
	for n := range 6 {
		fmt.Printf("node %d latency=%2dms path=%v\n", n, d[n], PathTo(p, 0, n))
	}
}
