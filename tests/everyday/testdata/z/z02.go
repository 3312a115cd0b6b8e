package main

import (
	"container/heap"
	"fmt"
	"slices"
	"strings"
)

type Edge struct {
	To     string
	Weight int
}

type Graph map[string][]Edge

type item struct {
	node string
	dist int
	idx  int
}

type PQ []*item

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].dist == pq[j].dist {
		return pq[i].node < pq[j].node
	}
	return pq[i].dist < pq[j].dist
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].idx = i
	pq[j].idx = j
}
func (pq *PQ) Push(x any) {
	it := x.(*item)
	it.idx = len(*pq)
	*pq = append(*pq, it)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	it := old[n-1]
	*pq = old[:n-1]
	return it
}

func Dijkstra(g Graph, src string) (map[string]int, map[string]string) {
	dist := map[string]int{src: 0}
	prev := map[string]string{}
	pq := &PQ{}
	heap.Push(pq, &item{node: src, dist: 0})
	visited := map[string]bool{}
	for pq.Len() > 0 {
		cur := heap.Pop(pq).(*item)
		if visited[cur.node] {
			continue
		}
		visited[cur.node] = true
		for _, e := range g[cur.node] {
			nd := cur.dist + e.Weight
			if d, ok := dist[e.To]; !ok || nd < d {
				dist[e.To] = nd
				prev[e.To] = cur.node
				heap.Push(pq, &item{node: e.To, dist: nd})
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, dst string) []string {
	var p []string
	for at := dst; at != ""; at = prev[at] {
		p = append(p, at)
	}
	slices.Reverse(p)
	return p
}

func main() {
	g := Graph{}
	add := func(a, b string, w int) {
		g[a] = append(g[a], Edge{b, w})
		g[b] = append(g[b], Edge{a, w})
	}
	add("A", "B", 4)
	add("A", "C", 2)
	add("B", "C", 1)
	add("B", "D", 5)
	add("C", "D", 8)
	add("C", "E", 10)
	add("D", "E", 2)
	add("D", "F", 6)
	add("E", "F", 2)
	g["G"] = nil

	dist, prev := Dijkstra(g, "A")
	nodes := make([]string, 0, len(g))
	for n := range g {
		nodes = append(nodes, n)
	}
	slices.Sort(nodes)
	for _, n := range nodes {
		d, ok := dist[n]
		if !ok {
			fmt.Printf("%-2s unreachable\n", n)
			continue
		}
		fmt.Printf("%-2s dist=%2d path=%s\n", n, d, strings.Join(path(prev, n), "->"))
	}
	fmt.Println(dist)
	fmt.Printf("%T %v\n", g["A"][0], g["A"])
}
