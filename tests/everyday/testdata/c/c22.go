// Build-system dependency graph: topological ordering, cycle detection and
// reachability exposed as iterators.
package main

import (
	"errors"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Graph struct {
	deps map[string][]string // target -> prerequisites
}

func ParseGraph(spec string) *Graph {
	g := &Graph{deps: map[string][]string{}}
	for line := range strings.Lines(spec) {
		target, rest, ok := strings.Cut(strings.TrimSpace(line), ":")
		if !ok {
			continue
		}
		target = strings.TrimSpace(target)
		if _, seen := g.deps[target]; !seen {
			g.deps[target] = nil
		}
		for d := range strings.FieldsSeq(rest) {
			g.deps[target] = append(g.deps[target], d)
			if _, seen := g.deps[d]; !seen {
				g.deps[d] = nil
			}
		}
	}
	return g
}

// Deps yields the transitive prerequisites of target in BFS order.
func (g *Graph) Deps(target string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		seen := map[string]bool{target: true}
		type item struct {
			name  string
			depth int
		}
		queue := []item{{target, 0}}
		for len(queue) > 0 {
			cur := queue[0]
			queue = queue[1:]
			for _, d := range g.deps[cur.name] {
				if seen[d] {
					continue
				}
				seen[d] = true
				if !yield(cur.depth+1, d) {
					return
				}
				queue = append(queue, item{d, cur.depth + 1})
			}
		}
	}
}

type CycleError struct{ Path []string }

func (e *CycleError) Error() string { return "dependency cycle: " + strings.Join(e.Path, " -> ") }

// BuildOrder returns a deterministic topological order (Kahn's algorithm,
// alphabetical among ready targets), grouped into parallelisable waves.
func (g *Graph) BuildOrder() ([][]string, error) {
	pending := map[string]int{}
	dependents := map[string][]string{}
	for t, ds := range g.deps {
		pending[t] = len(ds)
		for _, d := range ds {
			dependents[d] = append(dependents[d], t)
		}
	}
	var waves [][]string
	for len(pending) > 0 {
		var ready []string
		for t, n := range pending {
			if n == 0 {
				ready = append(ready, t)
			}
		}
		if len(ready) == 0 {
			return waves, &CycleError{g.findCycle(slices.Sorted(maps.Keys(pending)))}
		}
		slices.Sort(ready)
		for _, t := range ready {
			delete(pending, t)
			for _, dep := range dependents[t] {
				pending[dep]--
			}
		}
		waves = append(waves, ready)
	}
	return waves, nil
}

func (g *Graph) findCycle(candidates []string) []string {
	state := map[string]int{} // 0 new, 1 on stack, 2 done
	var stack []string
	var found []string
	var visit func(string) bool
	visit = func(n string) bool {
		state[n] = 1
		stack = append(stack, n)
		for _, d := range g.deps[n] {
			if state[d] == 1 {
				i := slices.Index(stack, d)
				found = append(slices.Clone(stack[i:]), d)
				return true
			}
			if state[d] == 0 && visit(d) {
				return true
			}
		}
		stack = stack[:len(stack)-1]
		state[n] = 2
		return false
	}
	for _, c := range candidates {
		if state[c] == 0 && visit(c) {
			return found
		}
	}
	return nil
}

const project = `
app: server client docs
server: api db-schema logging
client: api ui-kit
api: proto
db-schema: migrations
docs: api
ui-kit: icons
logging:
proto:
`

func main() {
	g := ParseGraph(project)
	fmt.Println("targets:", slices.Sorted(maps.Keys(g.deps)))

	waves, err := g.BuildOrder()
	if err != nil {
		fmt.Println("error:", err)
	}
	for i, w := range waves {
		fmt.Printf("wave %d: %s\n", i+1, strings.Join(w, ", "))
	}

	fmt.Println("\nwhat does 'client' need?")
	for depth, d := range g.Deps("client") {
		fmt.Printf("%s- %s\n", strings.Repeat("  ", depth), d)
	}

	fmt.Println("\nfirst 4 prerequisites of app:")
	count := 0
	for _, d := range g.Deps("app") {
		fmt.Println("  ", d)
		count++
		if count == 4 {
			break
		}
	}

	// Who is affected when proto changes?
	affected := []string{}
	for t := range g.deps {
		for _, d := range g.Deps(t) {
			if d == "proto" {
				affected = append(affected, t)
				break
			}
		}
	}
	slices.Sort(affected)
	fmt.Println("\nrebuild after changing proto:", affected)

	// Introduce a cycle.
	bad := ParseGraph(project + "proto: codegen\ncodegen: app\n")
	waves, err = bad.BuildOrder()
	fmt.Println("\nwith codegen cycle:")
	for i, w := range waves {
		fmt.Printf("  built wave %d: %v\n", i+1, w)
	}
	var ce *CycleError
	if errors.As(err, &ce) {
		fmt.Println(" ", ce)
		fmt.Println("  cycle length:", len(ce.Path)-1)
	}
}
