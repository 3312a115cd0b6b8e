// Discrete-event bank queue simulation with seeded randomness and a priority queue of events.
package main

import (
	"container/heap"
	"fmt"
	"math/rand/v2"
)

type EventKind int

const (
	Arrival EventKind = iota
	Departure
)

func (k EventKind) String() string {
	return [...]string{"arrive", "depart"}[k]
}

type Event struct {
	Time     float64
	Kind     EventKind
	Customer int
	Teller   int
	seq      int
}

type EventQueue []*Event

func (q EventQueue) Len() int { return len(q) }
func (q EventQueue) Less(i, j int) bool {
	if q[i].Time != q[j].Time {
		return q[i].Time < q[j].Time
	}
	return q[i].seq < q[j].seq
}
func (q EventQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *EventQueue) Push(x any)   { *q = append(*q, x.(*Event)) }
func (q *EventQueue) Pop() any {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	return e
}

type Result struct {
	Served            int
	AvgWait, MaxWait  float64
	MaxQueue          int
	TellerUtilisation []float64
}

func simulate(tellers, customers int, arrivalRate, serviceRate float64, seed uint64, trace bool) Result {
	r := rand.New(rand.NewPCG(seed, 99))
	q := &EventQueue{}
	seq := 0
	push := func(e *Event) { e.seq = seq; seq++; heap.Push(q, e) }

	t := 0.0
	for c := range customers {
		t += r.ExpFloat64() / arrivalRate
		push(&Event{Time: t, Kind: Arrival, Customer: c})
	}
	busy := make([]bool, tellers)
	busyTime := make([]float64, tellers)
	arrivedAt := make(map[int]float64)
	var waiting []int
	var res Result
	totalWait, now := 0.0, 0.0

	startService := func(c, teller int) {
		wait := now - arrivedAt[c]
		totalWait += wait
		res.MaxWait = max(res.MaxWait, wait)
		service := r.ExpFloat64() / serviceRate
		busy[teller] = true
		busyTime[teller] += service
		push(&Event{Time: now + service, Kind: Departure, Customer: c, Teller: teller})
	}
	for q.Len() > 0 {
		e := heap.Pop(q).(*Event)
		now = e.Time
		if trace {
			fmt.Printf("  t=%7.3f %s customer %d\n", now, e.Kind, e.Customer)
		}
		switch e.Kind {
		case Arrival:
			arrivedAt[e.Customer] = now
			waiting = append(waiting, e.Customer)
			res.MaxQueue = max(res.MaxQueue, len(waiting))
		case Departure:
			busy[e.Teller] = false
			res.Served++
		}
		for i := range busy {
			if !busy[i] && len(waiting) > 0 {
				c := waiting[0]
				waiting = waiting[1:]
				startService(c, i)
			}
		}
	}
	res.AvgWait = totalWait / float64(res.Served)
	for _, b := range busyTime {
		res.TellerUtilisation = append(res.TellerUtilisation, b/now)
	}
	return res
}

func main() {
	fmt.Println("trace of a tiny run:")
	simulate(1, 4, 1.0, 1.5, 7, true)
	fmt.Println()
	fmt.Println("tellers  served  avgWait  maxWait  maxQueue  utilisation")
	for tellers := 1; tellers <= 4; tellers++ {
		res := simulate(tellers, 5000, 2.0, 1.0, 2024, false)
		fmt.Printf("%7d  %6d  %7.3f  %7.3f  %8d  %.3f\n", tellers, res.Served, res.AvgWait, res.MaxWait, res.MaxQueue, res.TellerUtilisation)
	}
}
