// Priority-queue task scheduler with container/heap, aging, and update-in-place via index.
package main

import (
	"container/heap"
	"fmt"
)

type Priority int

const (
	Low Priority = iota
	Normal
	High
	Critical
)

func (p Priority) String() string {
	switch p {
	case Low:
		return "low"
	case Normal:
		return "normal"
	case High:
		return "high"
	case Critical:
		return "critical"
	}
	return fmt.Sprintf("Priority(%d)", int(p))
}

type Job struct {
	ID       int
	Name     string
	Prio     Priority
	Cost     int
	Enqueued int
	boost    int
	index    int
}

func (j *Job) Effective() int { return int(j.Prio)*10 + j.boost }

type JobQueue []*Job

func (q JobQueue) Len() int { return len(q) }
func (q JobQueue) Less(i, j int) bool {
	if a, b := q[i].Effective(), q[j].Effective(); a != b {
		return a > b
	}
	return q[i].ID < q[j].ID
}
func (q JobQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *JobQueue) Push(x any) {
	j := x.(*Job)
	j.index = len(*q)
	*q = append(*q, j)
}
func (q *JobQueue) Pop() any {
	old := *q
	j := old[len(old)-1]
	old[len(old)-1] = nil
	j.index = -1
	*q = old[:len(old)-1]
	return j
}

type Scheduler struct {
	q      JobQueue
	clock  int
	nextID int
	byName map[string]*Job
	done   []string
}

func NewScheduler() *Scheduler { return &Scheduler{byName: map[string]*Job{}} }

func (s *Scheduler) Submit(name string, p Priority, cost int) {
	s.nextID++
	j := &Job{ID: s.nextID, Name: name, Prio: p, Cost: cost, Enqueued: s.clock}
	heap.Push(&s.q, j)
	s.byName[name] = j
}

func (s *Scheduler) Reprioritize(name string, p Priority) bool {
	j, ok := s.byName[name]
	if !ok || j.index < 0 {
		return false
	}
	j.Prio = p
	heap.Fix(&s.q, j.index)
	return true
}

// age boosts jobs that have waited long, so low priority work is not starved.
func (s *Scheduler) age() {
	for _, j := range s.q {
		if w := s.clock - j.Enqueued; w > 0 && w%6 == 0 {
			j.boost += 5
		}
	}
	heap.Init(&s.q)
}

func (s *Scheduler) RunOne() (*Job, bool) {
	if s.q.Len() == 0 {
		return nil, false
	}
	j := heap.Pop(&s.q).(*Job)
	start := s.clock
	s.clock += j.Cost
	s.age()
	fmt.Printf("t=%2d..%2d run #%d %-10s prio=%-8v eff=%2d waited=%d\n",
		start, s.clock, j.ID, j.Name, j.Prio, j.Effective(), start-j.Enqueued)
	s.done = append(s.done, j.Name)
	return j, true
}

func main() {
	s := NewScheduler()
	s.Submit("backup", Low, 3)
	s.Submit("email", Normal, 1)
	s.Submit("render", High, 2)
	s.Submit("index", Low, 2)
	s.Submit("payroll", Critical, 2)
	s.Submit("thumbnail", Normal, 1)
	s.Submit("cleanup", Low, 1)
	s.RunOne()
	s.RunOne()
	fmt.Println("reprioritize index->critical:", s.Reprioritize("index", Critical))
	fmt.Println("reprioritize payroll (already done):", s.Reprioritize("payroll", Low))
	fmt.Println("reprioritize missing:", s.Reprioritize("nope", High))
	s.Submit("alert", Critical, 1)
	s.Submit("report", High, 3)
	for i := 0; i < 3; i++ {
		s.RunOne()
	}
	s.Submit("audit", Normal, 2)
	s.Submit("log-rotate", Low, 1)
	for {
		if _, ok := s.RunOne(); !ok {
			break
		}
	}
	fmt.Println("completion order:", s.done)
	fmt.Println("final clock:", s.clock, "unknown priority prints as", Priority(9))
}
