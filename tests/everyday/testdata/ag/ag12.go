// ag12: Dijkstra shortest paths over a generic weighted graph with a generic heap.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Weight interface {
	~int | ~int64 | ~float64
}

type Edge[N comparable, W Weight] struct {
	To N
	W  W
}

type WGraph[N cmp.Ordered, W Weight] struct {
	adj map[N][]Edge[N, W]
}

func (g *WGraph[N, W]) Add(a, b N, w W) {
	if g.adj == nil {
		g.adj = map[N][]Edge[N, W]{}
	}
	g.adj[a] = append(g.adj[a], Edge[N, W]{b, w})
	if _, ok := g.adj[b]; !ok {
		g.adj[b] = nil
	}
}

type item[N any, W Weight] struct {
	node N
	dist W
}

type minHeap[N cmp.Ordered, W Weight] []item[N, W]

func (h *minHeap[N, W]) less(i, j int) bool {
	a, b := (*h)[i], (*h)[j]
	if a.dist != b.dist {
		return a.dist < b.dist
	}
	return a.node < b.node
}

func (h *minHeap[N, W]) push(x item[N, W]) {
	*h = append(*h, x)
	for i := len(*h) - 1; i > 0 && h.less(i, (i-1)/2); i = (i - 1) / 2 {
		(*h)[i], (*h)[(i-1)/2] = (*h)[(i-1)/2], (*h)[i]
	}
}

func (h *minHeap[N, W]) pop() item[N, W] {
	old := *h
	top := old[0]
	old[0] = old[len(old)-1]
	*h = old[:len(old)-1]
	for i := 0; ; {
		m, l, r := i, 2*i+1, 2*i+2
		if l < len(*h) && h.less(l, m) {
			m = l
		}
		if r < len(*h) && h.less(r, m) {
			m = r
		}
		if m == i {
			break
		}
		(*h)[i], (*h)[m] = (*h)[m], (*h)[i]
		i = m
	}
	return top
}

func Dijkstra[N cmp.Ordered, W Weight](g *WGraph[N, W], src N) (map[N]W, map[N]N) {
	dist := map[N]W{src: 0}
	prev := map[N]N{}
	done := map[N]bool{}
	h := &minHeap[N, W]{}
	h.push(item[N, W]{src, 0})
	for len(*h) > 0 {
		cur := h.pop()
		if done[cur.node] {
			continue
		}
		done[cur.node] = true
		for _, e := range g.adj[cur.node] {
			nd := cur.dist + e.W
			if d, ok := dist[e.To]; !ok || nd < d {
				dist[e.To] = nd
				prev[e.To] = cur.node
				h.push(item[N, W]{e.To, nd})
			}
		}
	}
	return dist, prev
}

func PathTo[N comparable](prev map[N]N, src, dst N) []N {
	path := []N{dst}
	for path[len(path)-1] != src {
		p, ok := prev[path[len(path)-1]]
		if !ok {
			return nil
		}
		path = append(path, p)
	}
	slices.Reverse(path)
	return path
}

type Km float64

func (k Km) String() string { return fmt.Sprintf("%.1fkm", float64(k)) }

func main() {
	var roads WGraph[string, Km]
	both := func(a, b string, d Km) { roads.Add(a, b, d); roads.Add(b, a, d) }
	both("Aston", "Brill", 12.5)
	both("Aston", "Crewe", 30)
	both("Brill", "Crewe", 10.2)
	both("Brill", "Dover", 41)
	both("Crewe", "Dover", 18.7)
	both("Dover", "Elgin", 7.3)
	both("Crewe", "Elgin", 33)
	roads.Add("Fenwick", "Aston", 5) // one-way
	dist, prev := Dijkstra(&roads, "Aston")
	towns := make([]string, 0, len(roads.adj))
	for t := range roads.adj {
		towns = append(towns, t)
	}
	slices.Sort(towns)
	for _, t := range towns {
		if d, ok := dist[t]; ok {
			fmt.Printf("%-8s %-8v via %v\n", t, d, PathTo(prev, "Aston", t))
		} else {
			fmt.Printf("%-8s unreachable\n", t)
		}
	}

	var grid WGraph[int, int]
	const W = 4
	cost := []int{1, 3, 1, 2, 1, 5, 1, 9, 4, 2, 1, 1, 7, 1, 8, 1}
	for r := 0; r < W; r++ {
		for c := 0; c < W; c++ {
			id := r*W + c
			if c+1 < W {
				grid.Add(id, id+1, cost[id+1])
				grid.Add(id+1, id, cost[id])
			}
			if r+1 < W {
				grid.Add(id, id+W, cost[id+W])
				grid.Add(id+W, id, cost[id])
			}
		}
	}
	gd, gp := Dijkstra(&grid, 0)
	fmt.Println("grid min cost to corner:", gd[W*W-1]+cost[0])
	fmt.Println("grid path:", PathTo(gp, 0, W*W-1))
	for r := 0; r < W; r++ {
		for c := 0; c < W; c++ {
			fmt.Printf("%3d", gd[r*W+c])
		}
		fmt.Println()
	}
}
