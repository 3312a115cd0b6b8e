// Dijkstra shortest paths on a rail network with generic min-heap and route reconstruction.
package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"math"
	"sort"
	"strings"
)

type pqItem[T any] struct {
	val  T
	prio float64
	seq  int
}

type minHeap[T any] []pqItem[T]

func (h minHeap[T]) Len() int { return len(h) }
func (h minHeap[T]) Less(i, j int) bool {
	if c := cmp.Compare(h[i].prio, h[j].prio); c != 0 {
		return c < 0
	}
	return h[i].seq < h[j].seq
}
func (h minHeap[T]) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *minHeap[T]) Push(x any)   { *h = append(*h, x.(pqItem[T])) }
func (h *minHeap[T]) Pop() any {
	old := *h
	it := old[len(old)-1]
	*h = old[:len(old)-1]
	return it
}

type PQ[T any] struct {
	h   minHeap[T]
	seq int
}

func (q *PQ[T]) Push(v T, p float64) {
	q.seq++
	heap.Push(&q.h, pqItem[T]{v, p, q.seq})
}
func (q *PQ[T]) Pop() (T, float64) {
	it := heap.Pop(&q.h).(pqItem[T])
	return it.val, it.prio
}
func (q *PQ[T]) Len() int { return q.h.Len() }

type Edge struct {
	To   string
	Mins float64
	Line string
}

type Network map[string][]Edge

func (n Network) Connect(a, b string, mins float64, line string) {
	n[a] = append(n[a], Edge{b, mins, line})
	n[b] = append(n[b], Edge{a, mins, line})
}

type Step struct {
	From string
	Edge
}

type state struct{ station, line string }

type link struct {
	from state
	edge Edge
}

func (n Network) Shortest(src string, transferPenalty float64) (map[string]float64, func(string) []Step) {
	tentative := map[state]float64{}
	via := map[state]link{}
	done := map[state]bool{}
	dist := map[string]float64{}
	arrival := map[string]state{}
	pq := &PQ[state]{}
	start := state{src, ""}
	tentative[start] = 0
	pq.Push(start, 0)
	for pq.Len() > 0 {
		s, d := pq.Pop()
		if done[s] {
			continue
		}
		done[s] = true
		if _, ok := dist[s.station]; !ok {
			dist[s.station] = d
			arrival[s.station] = s
		}
		for _, e := range n[s.station] {
			cost := e.Mins
			if s.line != "" && s.line != e.Line {
				cost += transferPenalty
			}
			ns := state{e.To, e.Line}
			if old, ok := tentative[ns]; !ok || d+cost < old {
				tentative[ns] = d + cost
				via[ns] = link{s, e}
				pq.Push(ns, d+cost)
			}
		}
	}
	path := func(dst string) []Step {
		st, ok := arrival[dst]
		if !ok {
			return nil
		}
		var steps []Step
		for cur := st; cur != start; cur = via[cur].from {
			steps = append([]Step{{via[cur].from.station, via[cur].edge}}, steps...)
		}
		return steps
	}
	return dist, path
}

func describe(steps []Step, src, dst string) string {
	if src == dst {
		return "(origin)"
	}
	if steps == nil {
		return "unreachable"
	}
	parts := make([]string, len(steps))
	for i, st := range steps {
		parts[i] = fmt.Sprintf("%s-(%s)->%s", st.From, st.Line, st.To)
	}
	return strings.Join(parts, " ")
}

func main() {
	net := Network{}
	net.Connect("Airport", "Central", 18, "red")
	net.Connect("Central", "Harbor", 6, "red")
	net.Connect("Harbor", "Stadium", 7, "red")
	net.Connect("Central", "Museum", 4, "blue")
	net.Connect("Museum", "Park", 5, "blue")
	net.Connect("Park", "Stadium", 4, "blue")
	net.Connect("Airport", "Depot", 9, "green")
	net.Connect("Depot", "Park", 8, "green")
	net.Connect("University", "Museum", 3, "yellow")
	net.Connect("University", "Harbor", 9, "yellow")
	net.Connect("Island", "Ferry", 12, "boat")
	for _, penalty := range []float64{0, 5} {
		fmt.Printf("== from Airport, transfer penalty %.0f min ==\n", penalty)
		dist, path := net.Shortest("Airport", penalty)
		names := make([]string, 0, len(net))
		for s := range net {
			names = append(names, s)
		}
		sort.Strings(names)
		for _, s := range names {
			d, ok := dist[s]
			if !ok {
				d = math.Inf(1)
			}
			fmt.Printf("  %-10s %5.0f  %s\n", s, d, describe(path(s), "Airport", s))
		}
	}
}
