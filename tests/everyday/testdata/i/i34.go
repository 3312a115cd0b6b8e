package main

import (
	"container/heap"
	"fmt"
	"slices"
	"strings"
)

type Weight interface{ ~int | ~int64 | ~float64 }

type WGraph[N comparable, W Weight] struct {
	edges map[N][]wedge[N, W]
}

type wedge[N comparable, W Weight] struct {
	to N
	w  W
}

func NewWGraph[N comparable, W Weight]() *WGraph[N, W] {
	return &WGraph[N, W]{edges: map[N][]wedge[N, W]{}}
}

func (g *WGraph[N, W]) Link(a, b N, w W) {
	g.edges[a] = append(g.edges[a], wedge[N, W]{b, w})
	g.edges[b] = append(g.edges[b], wedge[N, W]{a, w})
}

type qitem[N any, W Weight] struct {
	n   N
	d   W
	seq int
}
type minQ[N any, W Weight] []qitem[N, W]

func (q minQ[N, W]) Len() int { return len(q) }
func (q minQ[N, W]) Less(i, j int) bool {
	if q[i].d != q[j].d {
		return q[i].d < q[j].d
	}
	return q[i].seq < q[j].seq
}
func (q minQ[N, W]) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *minQ[N, W]) Push(x any)   { *q = append(*q, x.(qitem[N, W])) }
func (q *minQ[N, W]) Pop() any {
	old := *q
	it := old[len(old)-1]
	*q = old[:len(old)-1]
	return it
}

// ShortestPath runs Dijkstra and returns the path and total cost.
func (g *WGraph[N, W]) ShortestPath(src, dst N) ([]N, W, bool) {
	dist := map[N]W{src: 0}
	prev := map[N]N{}
	done := map[N]bool{}
	q := &minQ[N, W]{{n: src}}
	seq := 0
	for q.Len() > 0 {
		cur := heap.Pop(q).(qitem[N, W])
		if done[cur.n] {
			continue
		}
		done[cur.n] = true
		if cur.n == dst {
			break
		}
		for _, e := range g.edges[cur.n] {
			nd := cur.d + e.w
			if old, ok := dist[e.to]; !ok || nd < old {
				dist[e.to] = nd
				prev[e.to] = cur.n
				seq++
				heap.Push(q, qitem[N, W]{e.to, nd, seq})
			}
		}
	}
	d, ok := dist[dst]
	if !ok {
		return nil, 0, false
	}
	path := []N{dst}
	for n := dst; n != src; {
		n = prev[n]
		path = append(path, n)
	}
	slices.Reverse(path)
	return path, d, true
}

type Station string
type Km float64

func (k Km) String() string { return fmt.Sprintf("%.1fkm", float64(k)) }

func main() {
	rail := NewWGraph[Station, Km]()
	rail.Link("Zurich", "Basel", 87.2)
	rail.Link("Zurich", "Bern", 125.5)
	rail.Link("Basel", "Bern", 98.9)
	rail.Link("Bern", "Lausanne", 95.0)
	rail.Link("Lausanne", "Geneva", 62.3)
	rail.Link("Basel", "Geneva", 250.1)
	rail.Link("Zurich", "Lucerne", 51.4)
	rail.Island("Lugano")

	for _, q := range [][2]Station{{"Zurich", "Geneva"}, {"Lucerne", "Lausanne"}, {"Geneva", "Geneva"}, {"Basel", "Lugano"}} {
		p, d, ok := rail.ShortestPath(q[0], q[1])
		if !ok {
			fmt.Printf("%s -> %s: unreachable\n", q[0], q[1])
			continue
		}
		names := make([]string, len(p))
		for i, s := range p {
			names[i] = string(s)
		}
		fmt.Printf("%s -> %s: %v via %s\n", q[0], q[1], d, strings.Join(names, " > "))
	}

	grid := NewWGraph[[2]int, int]()
	for r := range 3 {
		for c := range 3 {
			if c < 2 {
				grid.Link([2]int{r, c}, [2]int{r, c + 1}, 1+r)
			}
			if r < 2 {
				grid.Link([2]int{r, c}, [2]int{r + 1, c}, 1+c*2)
			}
		}
	}
	p, d, _ := grid.ShortestPath([2]int{0, 0}, [2]int{2, 2})
	fmt.Println("grid path:", p, "cost:", d)
}

func (g *WGraph[N, W]) Island(n N) { g.edges[n] = nil }
