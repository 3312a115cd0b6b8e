// select with default: non-blocking enqueue with load shedding and try-receive polling.
package main

import (
	"fmt"
	"strings"
)

type Job struct {
	ID       int
	Priority string
}

type Shedder struct {
	high, low chan Job
	dropped   map[string][]int
}

func NewShedder(highCap, lowCap int) *Shedder {
	return &Shedder{
		high:    make(chan Job, highCap),
		low:     make(chan Job, lowCap),
		dropped: map[string][]int{},
	}
}

// Offer never blocks: if the queue is full the job is shed.
func (s *Shedder) Offer(j Job) bool {
	q := s.low
	if j.Priority == "high" {
		q = s.high
	}
	select {
	case q <- j:
		return true
	default:
		s.dropped[j.Priority] = append(s.dropped[j.Priority], j.ID)
		return false
	}
}

// Poll prefers high-priority work, then low, and reports idle otherwise.
func (s *Shedder) Poll() (Job, bool) {
	select {
	case j := <-s.high:
		return j, true
	default:
	}
	select {
	case j := <-s.low:
		return j, true
	default:
		return Job{}, false
	}
}

func main() {
	s := NewShedder(3, 4)
	var log []string
	for tick := 0; tick < 6; tick++ {
		// each tick, a burst of arrivals then a fixed service capacity
		accepted, shed := 0, 0
		for k := 0; k < 4; k++ {
			id := tick*10 + k
			p := "low"
			if (id+tick)%3 == 0 {
				p = "high"
			}
			if s.Offer(Job{ID: id, Priority: p}) {
				accepted++
			} else {
				shed++
			}
		}
		var served []string
		for c := 0; c < 3; c++ {
			j, ok := s.Poll()
			if !ok {
				served = append(served, "idle")
				continue
			}
			served = append(served, fmt.Sprintf("%s#%d", j.Priority[:1], j.ID))
		}
		log = append(log, fmt.Sprintf("tick %d: accepted=%d shed=%d served=[%s] backlog=h%d/l%d",
			tick, accepted, shed, strings.Join(served, " "), len(s.high), len(s.low)))
	}
	// drain phase: no arrivals
	for tick := 6; ; tick++ {
		j, ok := s.Poll()
		if !ok {
			log = append(log, fmt.Sprintf("tick %d: queues empty", tick))
			break
		}
		log = append(log, fmt.Sprintf("tick %d: drained %s#%d", tick, j.Priority, j.ID))
	}
	for _, l := range log {
		fmt.Println(l)
	}
	fmt.Println("shed high:", s.dropped["high"])
	fmt.Println("shed low: ", s.dropped["low"])

	// A select with only default on a nil channel never blocks.
	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("unexpected", v)
	default:
		fmt.Println("nil channel receive skipped via default")
	}
}
