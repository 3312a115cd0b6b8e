// Command j37 is a discrete-event simulation of a coffee shop driven by a
// generic priority queue built on container/heap, with a simulated clock.
package main

import (
	"container/heap"
	"fmt"
	"strings"
)

// PQ is a min-heap ordered by a caller-supplied less function.
type PQ[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (q *PQ[T]) Len() int           { return len(q.items) }
func (q *PQ[T]) Less(i, j int) bool { return q.less(q.items[i], q.items[j]) }
func (q *PQ[T]) Swap(i, j int)      { q.items[i], q.items[j] = q.items[j], q.items[i] }
func (q *PQ[T]) Push(x any)         { q.items = append(q.items, x.(T)) }
func (q *PQ[T]) Pop() any {
	n := len(q.items) - 1
	v := q.items[n]
	q.items = q.items[:n]
	return v
}

// Typed wrappers hide the any-based heap.Interface from callers.
func (q *PQ[T]) Add(v T)     { heap.Push(q, v) }
func (q *PQ[T]) Next() T     { return heap.Pop(q).(T) }
func (q *PQ[T]) Empty() bool { return q.Len() == 0 }

type EventKind int

const (
	Arrive EventKind = iota
	StartBrew
	Finish
)

func (k EventKind) String() string { return [...]string{"arrive", "brew", "finish"}[k] }

type Event struct {
	At       int // minutes since opening
	Seq      int // tie-breaker keeps ordering deterministic
	Kind     EventKind
	Customer string
	Drink    string
}

var brewTime = map[string]int{"espresso": 2, "latte": 4, "mocha": 5, "tea": 3}

func main() {
	seq := 0
	events := &PQ[Event]{less: func(a, b Event) bool {
		if a.At != b.At {
			return a.At < b.At
		}
		return a.Seq < b.Seq
	}}
	schedule := func(at int, k EventKind, who, drink string) {
		seq++
		events.Add(Event{at, seq, k, who, drink})
	}

	arrivals := []struct {
		at         int
		who, drink string
	}{{0, "ana", "latte"}, {1, "ben", "espresso"}, {1, "cy", "mocha"}, {2, "dee", "tea"}, {9, "eli", "latte"}, {9, "fay", "espresso"}}
	for _, a := range arrivals {
		schedule(a.at, Arrive, a.who, a.drink)
	}

	const baristas = 2
	free := baristas
	var waiting []Event
	arrivedAt := map[string]int{}
	var log strings.Builder
	totalWait, served := 0, 0

	for !events.Empty() {
		e := events.Next()
		fmt.Fprintf(&log, "t=%02d %-6v %-4s %s\n", e.At, e.Kind, e.Customer, e.Drink)
		switch e.Kind {
		case Arrive:
			arrivedAt[e.Customer] = e.At
			waiting = append(waiting, e)
		case StartBrew:
			schedule(e.At+brewTime[e.Drink], Finish, e.Customer, e.Drink)
		case Finish:
			free++
			served++
			totalWait += e.At - arrivedAt[e.Customer]
		}
		for free > 0 && len(waiting) > 0 {
			next := waiting[0]
			waiting = waiting[1:]
			free--
			schedule(e.At, StartBrew, next.Customer, next.Drink)
		}
	}
	fmt.Print(log.String())
	fmt.Printf("served %d customers, average time in shop %.2f min\n", served, float64(totalWait)/float64(served))

	// The same generic queue orders strings by length then alphabetically.
	words := &PQ[string]{less: func(a, b string) bool {
		return len(a) < len(b) || len(a) == len(b) && a < b
	}}
	for _, w := range strings.Fields("heap sort with a generic priority queue is neat") {
		words.Add(w)
	}
	var out []string
	for !words.Empty() {
		out = append(out, words.Next())
	}
	fmt.Println(strings.Join(out, " "))
}
