package main

import (
	"container/heap"
	"fmt"
	"strings"
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
	ID       string
	Priority Priority
	seq      int
	index    int
}

type JobQueue []*Job

func (q JobQueue) Len() int { return len(q) }
func (q JobQueue) Less(i, j int) bool {
	if q[i].Priority != q[j].Priority {
		return q[i].Priority > q[j].Priority
	}
	return q[i].seq < q[j].seq
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
	n := len(old)
	j := old[n-1]
	old[n-1] = nil
	j.index = -1
	*q = old[:n-1]
	return j
}

type Scheduler struct {
	queue JobQueue
	seq   int
	byID  map[string]*Job
}

func NewScheduler() *Scheduler { return &Scheduler{byID: map[string]*Job{}} }

func (s *Scheduler) Submit(id string, p Priority) {
	s.seq++
	j := &Job{ID: id, Priority: p, seq: s.seq}
	s.byID[id] = j
	heap.Push(&s.queue, j)
}

func (s *Scheduler) Bump(id string, p Priority) bool {
	j, ok := s.byID[id]
	if !ok || j.index < 0 {
		return false
	}
	j.Priority = p
	heap.Fix(&s.queue, j.index)
	return true
}

func (s *Scheduler) Next() (*Job, bool) {
	if s.queue.Len() == 0 {
		return nil, false
	}
	j := heap.Pop(&s.queue).(*Job)
	delete(s.byID, j.ID)
	return j, true
}

func main() {
	s := NewScheduler()
	s.Submit("send-email", Normal)
	s.Submit("rebuild-index", Low)
	s.Submit("charge-card", Critical)
	s.Submit("resize-image", Normal)
	s.Submit("audit-log", Low)
	s.Submit("page-oncall", Critical)
	s.Submit("warm-cache", High)

	fmt.Println("bump audit-log:", s.Bump("audit-log", High))
	fmt.Println("bump missing:", s.Bump("nope", High))

	var order []string
	counts := map[Priority]int{}
	for i := 0; ; i++ {
		j, ok := s.Next()
		if !ok {
			break
		}
		counts[j.Priority]++
		order = append(order, j.ID)
		fmt.Printf("%d. %-14s %-8v (%d) seq=%d\n", i+1, j.ID, j.Priority, j.Priority, j.seq)
		if j.ID == "charge-card" {
			s.Submit("send-receipt", High)
		}
	}
	fmt.Println(strings.Join(order, " > "))
	fmt.Println(counts)
	fmt.Printf("%v %s %d %q\n", Priority(7), High, Critical, Low)
}
