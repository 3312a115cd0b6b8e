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
	return [...]string{"low", "normal", "high", "critical"}[p]
}

type Task struct {
	ID       string
	Priority Priority
	seq      int // insertion order, used to keep FIFO within a priority
	index    int // maintained by heap.Interface
}

type TaskQueue []*Task

func (q TaskQueue) Len() int { return len(q) }
func (q TaskQueue) Less(i, j int) bool {
	if q[i].Priority != q[j].Priority {
		return q[i].Priority > q[j].Priority
	}
	return q[i].seq < q[j].seq
}
func (q TaskQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *TaskQueue) Push(x any) {
	t := x.(*Task)
	t.index = len(*q)
	*q = append(*q, t)
}
func (q *TaskQueue) Pop() any {
	old := *q
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*q = old[:n-1]
	return t
}

// Scheduler wraps the heap with an ID index so priorities can be changed.
type Scheduler struct {
	q     TaskQueue
	byID  map[string]*Task
	count int
}

func NewScheduler() *Scheduler { return &Scheduler{byID: map[string]*Task{}} }

func (s *Scheduler) Submit(id string, p Priority) {
	s.count++
	t := &Task{ID: id, Priority: p, seq: s.count}
	s.byID[id] = t
	heap.Push(&s.q, t)
}

func (s *Scheduler) Escalate(id string, p Priority) bool {
	t, ok := s.byID[id]
	if !ok {
		return false
	}
	t.Priority = p
	heap.Fix(&s.q, t.index)
	return true
}

func (s *Scheduler) Cancel(id string) bool {
	t, ok := s.byID[id]
	if !ok {
		return false
	}
	heap.Remove(&s.q, t.index)
	delete(s.byID, id)
	return true
}

func (s *Scheduler) Next() (*Task, bool) {
	if s.q.Len() == 0 {
		return nil, false
	}
	t := heap.Pop(&s.q).(*Task)
	delete(s.byID, t.ID)
	return t, true
}

func main() {
	s := NewScheduler()
	jobs := []struct {
		id string
		p  Priority
	}{
		{"backup-db", Low}, {"send-invoices", Normal}, {"rotate-keys", High},
		{"reindex", Low}, {"page-oncall", Critical}, {"thumbnails", Normal},
		{"cleanup-tmp", Low}, {"charge-cards", High},
	}
	for _, j := range jobs {
		s.Submit(j.id, j.p)
	}
	fmt.Println("queued:", s.q.Len())

	fmt.Println("escalate reindex:", s.Escalate("reindex", Critical))
	fmt.Println("cancel thumbnails:", s.Cancel("thumbnails"))
	fmt.Println("cancel unknown:", s.Cancel("nope"))

	for i := 1; ; i++ {
		t, ok := s.Next()
		if !ok {
			break
		}
		fmt.Printf("%d. %-14s %-8v (seq %d)\n", i, t.ID, t.Priority, t.seq)
		if t.ID == "rotate-keys" {
			s.Submit("notify-rotation", High)
		}
	}
}
