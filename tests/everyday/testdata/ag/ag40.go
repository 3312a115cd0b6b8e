// ag40: Tarjan's strongly connected components and a condensation DAG over a generic directed graph.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Digraph[N cmp.Ordered] struct {
	adj map[N][]N
}

func (g *Digraph[N]) Edge(a N, bs ...N) {
	if g.adj == nil {
		g.adj = map[N][]N{}
	}
	g.adj[a] = append(g.adj[a], bs...)
	for _, b := range bs {
		if _, ok := g.adj[b]; !ok {
			g.adj[b] = nil
		}
	}
}

func (g *Digraph[N]) nodes() []N {
	ns := make([]N, 0, len(g.adj))
	for n := range g.adj {
		ns = append(ns, n)
	}
	slices.Sort(ns)
	return ns
}

// SCC returns components (each sorted) in reverse topological order of the condensation.
func (g *Digraph[N]) SCC() [][]N {
	index := map[N]int{}
	low := map[N]int{}
	onStack := map[N]bool{}
	var stack []N
	var comps [][]N
	next := 0
	var strong func(v N)
	strong = func(v N) {
		index[v], low[v] = next, next
		next++
		stack = append(stack, v)
		onStack[v] = true
		for _, w := range g.adj[v] {
			if _, seen := index[w]; !seen {
				strong(w)
				low[v] = min(low[v], low[w])
			} else if onStack[w] {
				low[v] = min(low[v], index[w])
			}
		}
		if low[v] == index[v] {
			var comp []N
			for {
				w := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				onStack[w] = false
				comp = append(comp, w)
				if w == v {
					break
				}
			}
			slices.Sort(comp)
			comps = append(comps, comp)
		}
	}
	for _, n := range g.nodes() {
		if _, seen := index[n]; !seen {
			strong(n)
		}
	}
	return comps
}

// Condense builds the DAG between components, labelled by their index.
func Condense[N cmp.Ordered](g *Digraph[N], comps [][]N) *Digraph[int] {
	which := map[N]int{}
	for i, c := range comps {
		for _, n := range c {
			which[n] = i
		}
	}
	dag := &Digraph[int]{}
	for i := range comps {
		dag.Edge(i)
	}
	for _, a := range g.nodes() {
		for _, b := range g.adj[a] {
			if ca, cb := which[a], which[b]; ca != cb && !slices.Contains(dag.adj[ca], cb) {
				dag.Edge(ca, cb)
			}
		}
	}
	for k := range dag.adj {
		slices.Sort(dag.adj[k])
	}
	return dag
}

type Service string

func main() {
	var calls Digraph[Service]
	calls.Edge("gateway", "auth", "orders")
	calls.Edge("auth", "users")
	calls.Edge("users", "auth", "db")
	calls.Edge("orders", "inventory", "payments")
	calls.Edge("inventory", "orders", "db")
	calls.Edge("payments", "ledger")
	calls.Edge("ledger", "payments", "db")
	calls.Edge("reports", "ledger")
	comps := calls.SCC()
	fmt.Println("strongly connected components:", len(comps))
	for i, c := range comps {
		tag := ""
		if len(c) > 1 {
			tag = "  <- cyclic dependency"
		}
		fmt.Printf("  C%d %v%s\n", i, c, tag)
	}
	dag := Condense(&calls, comps)
	fmt.Println("condensation edges:")
	for _, n := range dag.nodes() {
		if len(dag.adj[n]) > 0 {
			fmt.Printf("  C%d -> %v\n", n, dag.adj[n])
		}
	}
	dagComps := dag.SCC()
	fmt.Println("condensation is acyclic:", len(dagComps) == len(comps))
	fmt.Print("safe deploy order (components):")
	for _, c := range comps {
		fmt.Printf(" %v", c)
	}
	fmt.Println()

	var nums Digraph[int]
	for i := 1; i <= 12; i++ {
		nums.Edge(i, (i*5)%13)
	}
	for i, c := range nums.SCC() {
		fmt.Printf("x->5x mod 13 component %d: %v\n", i, c)
	}

	var chain Digraph[string]
	chain.Edge("a", "b")
	chain.Edge("b", "c")
	chain.Edge("c", "d")
	fmt.Println("acyclic chain SCCs:", chain.SCC())
	chain.Edge("d", "b")
	fmt.Println("after d->b:", chain.SCC())
}
