package main

import (
	"container/heap"
	"fmt"
	"sort"
)

// A discrete-event simulation of a coffee shop with one barista and one till.

type EventKind int

const (
	Arrive EventKind = iota
	OrderDone
	DrinkDone
	Close
)

func (k EventKind) String() string {
	return [...]string{"arrive", "ordered", "served", "close"}[k]
}

type Event struct {
	At, Seq  int
	Kind     EventKind
	Customer int
}

type EventQueue []Event

func (q EventQueue) Len() int { return len(q) }
func (q EventQueue) Less(i, j int) bool {
	if q[i].At != q[j].At {
		return q[i].At < q[j].At
	}
	return q[i].Seq < q[j].Seq
}
func (q EventQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *EventQueue) Push(x any)   { *q = append(*q, x.(Event)) }
func (q *EventQueue) Pop() any {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	return e
}

type Station struct {
	Name string
	Busy bool
	Line []int
	Work int
}

type Shop struct {
	events     EventQueue
	seq, now   int
	till, bar  Station
	arrived    map[int]int // customer -> minute
	served     map[int]int
	drink      map[int]int // customer -> drink type
	log        []string
	closed     bool
	turnedAway int
}

func (s *Shop) schedule(at int, k EventKind, c int) {
	s.seq++
	heap.Push(&s.events, Event{At: at, Seq: s.seq, Kind: k, Customer: c})
}

func (s *Shop) startIfIdle(st *Station, dur func(c int) int, done EventKind) {
	if st.Busy || len(st.Line) == 0 {
		return
	}
	c := st.Line[0]
	st.Line = st.Line[1:]
	st.Busy = true
	d := dur(c)
	st.Work += d
	s.schedule(s.now+d, done, c)
}

func (s *Shop) Run() {
	orderTime := func(c int) int { return 1 + c%3 }
	brewTime := func(c int) int { return []int{2, 4, 3, 6}[s.drink[c]] }
	for s.events.Len() > 0 {
		e := heap.Pop(&s.events).(Event)
		s.now = e.At
		switch e.Kind {
		case Arrive:
			if s.closed || len(s.till.Line) >= 5 {
				s.turnedAway++
				reason := fmt.Sprintf("balks (line %d)", len(s.till.Line))
				if s.closed {
					reason = "finds the door shut"
				}
				s.log = append(s.log, fmt.Sprintf("%3d  c%-2d %s", s.now, e.Customer, reason))
				continue
			}
			s.arrived[e.Customer] = s.now
			s.till.Line = append(s.till.Line, e.Customer)
		case OrderDone:
			s.till.Busy = false
			s.bar.Line = append(s.bar.Line, e.Customer)
		case DrinkDone:
			s.bar.Busy = false
			s.served[e.Customer] = s.now
			s.log = append(s.log, fmt.Sprintf("%3d  c%-2d %-6v after %2d min", s.now, e.Customer, e.Kind, s.now-s.arrived[e.Customer]))
		case Close:
			s.closed = true
			s.log = append(s.log, fmt.Sprintf("%3d  doors %v", s.now, e.Kind))
		}
		s.startIfIdle(&s.till, orderTime, OrderDone)
		s.startIfIdle(&s.bar, brewTime, DrinkDone)
	}
}

func main() {
	s := &Shop{arrived: map[int]int{}, served: map[int]int{}, drink: map[int]int{}}
	s.till.Name, s.bar.Name = "till", "bar"
	gaps := []int{0, 1, 1, 5, 2, 0, 0, 1, 3, 7, 1, 1, 1, 0, 0, 0, 2, 9, 4}
	t := 0
	for i, g := range gaps {
		t += g
		s.drink[i+1] = (i * 7) % 4
		s.schedule(t, Arrive, i+1)
	}
	s.schedule(30, Close, 0)
	s.Run()
	for _, line := range s.log {
		fmt.Println(line)
	}
	ids := make([]int, 0, len(s.served))
	for c := range s.served {
		ids = append(ids, c)
	}
	sort.Ints(ids)
	total, worst, worstID := 0, 0, 0
	for _, c := range ids {
		w := s.served[c] - s.arrived[c]
		total += w
		if w > worst {
			worst, worstID = w, c
		}
	}
	fmt.Printf("served=%d balked=%d avg=%.2f worst=c%d (%d min) end=%d\n",
		len(ids), s.turnedAway, float64(total)/float64(len(ids)), worstID, worst, s.now)
	fmt.Printf("utilisation: till %d%%, bar %d%%\n", 100*s.till.Work/s.now, 100*s.bar.Work/s.now)
}
