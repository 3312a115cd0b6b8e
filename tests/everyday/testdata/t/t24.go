package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Task struct {
	Name     string
	Priority int
	seq      int
}

type PQ []*Task

func (q PQ) Len() int { return len(q) }
func (q PQ) Less(i, j int) bool {
	if q[i].Priority != q[j].Priority {
		return q[i].Priority > q[j].Priority
	}
	return q[i].seq < q[j].seq
}
func (q PQ) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *PQ) Push(x any)   { *q = append(*q, x.(*Task)) }
func (q *PQ) Pop() any {
	old := *q
	n := len(old)
	t := old[n-1]
	*q = old[:n-1]
	return t
}

type Graph map[string][]string

func (g Graph) BFS(start string) []string {
	visited := map[string]bool{start: true}
	queue := []string{start}
	var order []string
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		order = append(order, cur)
		for _, nb := range g[cur] {
			if !visited[nb] {
				visited[nb] = true
				queue = append(queue, nb)
			}
		}
	}
	return order
}

func (g Graph) DFS(node string, visited map[string]bool, depth int, out *strings.Builder) {
	if visited[node] {
		return
	}
	visited[node] = true
	fmt.Fprintf(out, "%s%s\n", strings.Repeat("  ", depth), node)
	for _, nb := range g[node] {
		g.DFS(nb, visited, depth+1, out)
	}
}

func main() {
	pq := &PQ{}
	heap.Init(pq)
	input := []struct {
		name string
		prio int
	}{{"write", 2}, {"test", 5}, {"deploy", 1}, {"review", 5}, {"plan", 9}}
	for i, in := range input {
		heap.Push(pq, &Task{Name: in.name, Priority: in.prio, seq: i})
	}
	for pq.Len() > 0 {
		t := heap.Pop(pq).(*Task)
		fmt.Printf("%d:%s ", t.Priority, t.Name)
	}
	fmt.Println()

	g := Graph{
		"a": {"b", "c"},
		"b": {"d"},
		"c": {"d", "e"},
		"d": {"f"},
		"e": {"f", "a"},
	}
	fmt.Println(g.BFS("a"))
	var sb strings.Builder
	g.DFS("a", map[string]bool{}, 0, &sb)
	fmt.Print(sb.String())
	fmt.Println(len(g), len(g["f"]), g["zz"] == nil)
}
