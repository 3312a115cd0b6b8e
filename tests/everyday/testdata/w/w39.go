package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
)

type Edge struct {
	To     string
	Weight float64
}

type item struct {
	node string
	dist float64
}

type minHeap []item

func (h minHeap) Len() int { return len(h) }
func (h minHeap) Less(i, j int) bool {
	return cmp.Or(cmp.Compare(h[i].dist, h[j].dist), strings.Compare(h[i].node, h[j].node)) < 0
}
func (h minHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)   { *h = append(*h, x.(item)) }
func (h *minHeap) Pop() any {
	old := *h
	it := old[len(old)-1]
	*h = old[:len(old)-1]
	return it
}

func parseEdges(s string) (map[string][]Edge, error) {
	g := map[string][]Edge{}
	for _, spec := range strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == ',' }) {
		f := strings.Fields(spec)
		if len(f) != 3 {
			return nil, fmt.Errorf("bad edge spec %q", spec)
		}
		w, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			return nil, err
		}
		g[f[0]] = append(g[f[0]], Edge{f[1], w})
		g[f[1]] = append(g[f[1]], Edge{f[0], w})
	}
	return g, nil
}

func dijkstra(g map[string][]Edge, src string) (map[string]float64, map[string]string) {
	dist, prev := map[string]float64{}, map[string]string{}
	for n := range g {
		dist[n] = math.Inf(1)
	}
	dist[src] = 0
	h := &minHeap{{src, 0}}
	for h.Len() > 0 {
		cur := heap.Pop(h).(item)
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range g[cur.node] {
			nd := cur.dist + e.Weight
			if nd < dist[e.To] {
				dist[e.To] = nd
				prev[e.To] = cur.node
				heap.Push(h, item{e.To, nd})
			}
		}
	}
	return dist, prev
}

func pathTo(prev map[string]string, src, dst string) []string {
	var p []string
	for n := dst; ; n = prev[n] {
		p = append(p, n)
		if n == src {
			break
		}
		if _, ok := prev[n]; !ok {
			return nil
		}
	}
	slices.Reverse(p)
	return p
}

const roads = `Amsterdam Berlin 6.5, Amsterdam Brussels 2.1, Brussels Paris 3.2, Paris Berlin 10.5
Berlin Prague 4.1, Paris Lyon 2.0, Lyon Milan 4.6, Prague Vienna 3.9,  Vienna Milan 7.8
Brussels Cologne 2.4, Cologne Berlin 5.6
Reykjavik Nuuk 3.5`

func main() {
	g, err := parseEdges(roads)
	fmt.Println("nodes:", len(g), "err:", err)
	dist, prev := dijkstra(g, "Amsterdam")
	nodes := slices.SortedFunc(maps.Keys(dist), func(a, b string) int {
		return cmp.Or(cmp.Compare(dist[a], dist[b]), strings.Compare(a, b))
	})
	for _, n := range nodes {
		d := dist[n]
		if math.IsInf(d, 1) {
			fmt.Printf("%-10s %6s  unreachable\n", n, "inf")
			continue
		}
		fmt.Printf("%-10s %6.1f  %s\n", n, d, strings.Join(pathTo(prev, "Amsterdam", n), " > "))
	}
	_, err = parseEdges("A B 1, A B\n")
	fmt.Println("error:", err)
	fmt.Println(math.Inf(1), -math.Inf(1), math.Inf(1) > math.MaxFloat64, math.NaN() == math.NaN())
}
