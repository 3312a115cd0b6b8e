package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Item struct {
	node string
	dist int
}

type PQ []Item

func (p PQ) Len() int { return len(p) }
func (p PQ) Less(i, j int) bool {
	if p[i].dist != p[j].dist {
		return p[i].dist < p[j].dist
	}
	return p[i].node < p[j].node
}
func (p PQ) Swap(i, j int) { p[i], p[j] = p[j], p[i] }
func (p *PQ) Push(x any)   { *p = append(*p, x.(Item)) }
func (p *PQ) Pop() any {
	old := *p
	n := len(old)
	it := old[n-1]
	*p = old[:n-1]
	return it
}

type Edge struct {
	to string
	w  int
}

func dijkstra(g map[string][]Edge, src string) (map[string]int, map[string]string) {
	dist := map[string]int{src: 0}
	prev := map[string]string{}
	pq := &PQ{{src, 0}}
	for pq.Len() > 0 {
		cur := heap.Pop(pq).(Item)
		if d, ok := dist[cur.node]; ok && cur.dist > d {
			continue
		}
		for _, e := range g[cur.node] {
			nd := cur.dist + e.w
			if d, ok := dist[e.to]; !ok || nd < d {
				dist[e.to] = nd
				prev[e.to] = cur.node
				heap.Push(pq, Item{e.to, nd})
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, dst string) string {
	var p []string
	for n := dst; n != ""; n = prev[n] {
		p = append([]string{n}, p...)
	}
	return strings.Join(p, "->")
}

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] > h[j] } // max-heap
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	o := *h
	x := o[len(o)-1]
	*h = o[:len(o)-1]
	return x
}

func main() {
	g := map[string][]Edge{
		"A": {{"B", 4}, {"C", 2}},
		"B": {{"C", 5}, {"D", 10}},
		"C": {{"E", 3}},
		"E": {{"D", 4}, {"F", 11}},
		"D": {{"F", 1}},
	}
	dist, prev := dijkstra(g, "A")
	for _, n := range []string{"A", "B", "C", "D", "E", "F", "Z"} {
		if d, ok := dist[n]; ok {
			fmt.Printf("%s: %2d via %s\n", n, d, path(prev, n))
		} else {
			fmt.Printf("%s: unreachable\n", n)
		}
	}

	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	heap.Push(h, 9)
	(*h)[2] = 100
	heap.Fix(h, 2)
	removed := heap.Remove(h, h.Len()-1)
	fmt.Println("removed:", removed)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()

	// k smallest via max-heap of size k
	nums := []int{42, 7, 19, 3, 88, 21, 5, 64, 11}
	k := &IntHeap{}
	for _, x := range nums {
		heap.Push(k, x)
		if k.Len() > 4 {
			heap.Pop(k)
		}
	}
	fmt.Println("4 smallest (heap order):", len(*k), (*k)[0])
}
