package main

import (
	"bufio"
	"fmt"
	"slices"
	"strings"
)

type Graph struct{ adj map[string][]string }

func ParseGraph(spec string, directed bool) *Graph {
	g := &Graph{adj: map[string][]string{}}
	sc := bufio.NewScanner(strings.NewReader(spec))
	for sc.Scan() {
		from, rest, ok := strings.Cut(strings.TrimSpace(sc.Text()), "->")
		if !ok {
			continue
		}
		from = strings.TrimSpace(from)
		if _, seen := g.adj[from]; !seen {
			g.adj[from] = nil
		}
		for _, to := range strings.FieldsFunc(rest, func(r rune) bool { return r == ',' || r == ' ' }) {
			g.adj[from] = append(g.adj[from], to)
			if !directed {
				g.adj[to] = append(g.adj[to], from)
			} else if _, seen := g.adj[to]; !seen {
				g.adj[to] = nil
			}
		}
	}
	for k := range g.adj {
		slices.Sort(g.adj[k])
	}
	return g
}

func (g *Graph) BFS(start, goal string) []string {
	prev := map[string]string{start: ""}
	queue := []string{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == goal {
			var path []string
			for n := goal; n != ""; n = prev[n] {
				path = append(path, n)
			}
			slices.Reverse(path)
			return path
		}
		for _, nb := range g.adj[cur] {
			if _, ok := prev[nb]; !ok {
				prev[nb] = cur
				queue = append(queue, nb)
			}
		}
	}
	return nil
}

func (g *Graph) DFS(start string, visit func(node string, depth int)) {
	seen := map[string]bool{}
	var walk func(string, int)
	walk = func(n string, d int) {
		if seen[n] {
			return
		}
		seen[n] = true
		visit(n, d)
		for _, nb := range g.adj[n] {
			walk(nb, d+1)
		}
	}
	walk(start, 0)
}
func (g *Graph) TopoSort() ([]string, bool) {
	indeg := map[string]int{}
	for n, outs := range g.adj {
		indeg[n] += 0
		for _, o := range outs {
			indeg[o]++
		}
	}
	var ready []string
	for n, d := range indeg {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	slices.Sort(ready)
	var order []string
	for len(ready) > 0 {
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for _, o := range g.adj[n] {
			indeg[o]--
			if indeg[o] == 0 {
				ready = append(ready, o)
				slices.Sort(ready)
			}
		}
	}
	return order, len(order) == len(indeg)
}

func main() {
	city := ParseGraph("A -> B, C\nB -> D\nC -> D, E\n D -> F \nE -> F,\nG -> H\n\nbogus", false)
	fmt.Println("path A->F:", city.BFS("A", "F"))
	fmt.Println("path A->H:", city.BFS("A", "H"), city.BFS("A", "H") == nil)
	city.DFS("A", func(n string, d int) { fmt.Printf("%s%s\n", strings.Repeat("  ", d), n) })
	deps := ParseGraph("app -> db, cache, log\ndb -> log, config\ncache -> config\nlog -> config", true)
	order, ok := deps.TopoSort()
	fmt.Println("build order:", order, ok)
	deps.adj["config"] = append(deps.adj["config"], "app")
	order, ok = deps.TopoSort()
	fmt.Println("with cycle:", order, ok)
}
