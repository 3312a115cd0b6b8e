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
	return [...]string{"low", "normal", "high", "CRITICAL"}[p]
}

type Task struct {
	ID       int
	Name     string
	Priority Priority
	Cost     int
	index    int
}

func (t *Task) String() string {
	return fmt.Sprintf("#%d %s(%v,cost=%d)", t.ID, t.Name, t.Priority, t.Cost)
}

// TaskQueue implements heap.Interface: highest priority first, then lowest ID.
type TaskQueue []*Task

func (q TaskQueue) Len() int { return len(q) }
func (q TaskQueue) Less(i, j int) bool {
	if q[i].Priority != q[j].Priority {
		return q[i].Priority > q[j].Priority
	}
	return q[i].ID < q[j].ID
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

// Scheduler embeds the queue; heap functions operate on it.
type Scheduler struct {
	TaskQueue
	nextID int
	byName map[string]*Task
}

func (s *Scheduler) Add(name string, p Priority, cost int) *Task {
	s.nextID++
	t := &Task{ID: s.nextID, Name: name, Priority: p, Cost: cost}
	heap.Push(&s.TaskQueue, t)
	s.byName[name] = t
	return t
}

func (s *Scheduler) Bump(name string, p Priority) bool {
	t, ok := s.byName[name]
	if !ok || t.index < 0 {
		return false
	}
	t.Priority = p
	heap.Fix(&s.TaskQueue, t.index)
	return true
}

func (s *Scheduler) Run(budget int) (done []string, left int) {
	for s.Len() > 0 {
		t := s.TaskQueue[0]
		if t.Cost > budget {
			break
		}
		heap.Pop(&s.TaskQueue)
		budget -= t.Cost
		done = append(done, t.String())
	}
	return done, budget
}

func main() {
	s := &Scheduler{byName: map[string]*Task{}}
	heap.Init(&s.TaskQueue)
	s.Add("backup", Low, 5)
	s.Add("deploy", High, 3)
	s.Add("email", Normal, 1)
	s.Add("rotate-keys", Critical, 2)
	s.Add("reindex", Normal, 4)
	s.Add("cleanup", Low, 1)
	s.Add("alerts", High, 2)
	fmt.Println("queued:", s.Len(), "top:", s.TaskQueue[0])

	fmt.Println("bump cleanup->critical:", s.Bump("cleanup", Critical))
	fmt.Println("bump missing:", s.Bump("nope", High))

	for round, budget := range []int{6, 4, 10} {
		done, left := s.Run(budget)
		fmt.Printf("round %d budget=%d left=%d\n", round+1, budget, left)
		for _, d := range done {
			fmt.Println("   ran", d)
		}
		if round == 0 {
			s.Add("hotfix", Critical, 3)
			fmt.Println("   (hotfix added)")
		}
	}
	var rest []string
	for s.Len() > 0 {
		rest = append(rest, heap.Pop(&s.TaskQueue).(*Task).Name)
	}
	fmt.Println("remaining:", strings.Join(rest, ", "))
	fmt.Println("bump after done:", s.Bump("deploy", Low))
}
