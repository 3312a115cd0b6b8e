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
	index    int
}

type TaskQueue []*Task

func (q TaskQueue) Len() int { return len(q) }
func (q TaskQueue) Less(i, j int) bool {
	if q[i].Priority == q[j].Priority {
		return q[i].seq < q[j].seq
	}
	return q[i].Priority > q[j].Priority
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

type Scheduler struct {
	q    TaskQueue
	next int
	byID map[string]*Task
}

func (s *Scheduler) Add(name string, prio int) {
	t := &Task{Name: name, Priority: prio, seq: s.next}
	s.next++
	heap.Push(&s.q, t)
	s.byID[name] = t
}

func (s *Scheduler) Bump(name string, prio int) bool {
	t, ok := s.byID[name]
	if !ok || t.index < 0 {
		return false
	}
	t.Priority = prio
	heap.Fix(&s.q, t.index)
	return true
}

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func topK(nums []int, k int) []int {
	h := &IntHeap{}
	for _, n := range nums {
		heap.Push(h, n)
		if h.Len() > k {
			heap.Pop(h)
		}
	}
	out := make([]int, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(h).(int)
	}
	return out
}

func main() {
	s := &Scheduler{byID: map[string]*Task{}}
	for _, line := range strings.Split("backup:2,email:5,report:3,cleanup:1,deploy:5,index:3", ",") {
		name, p, _ := strings.Cut(line, ":")
		s.Add(name, int(p[0]-'0'))
	}
	fmt.Println("bump cleanup:", s.Bump("cleanup", 9), "bump ghost:", s.Bump("ghost", 1))
	for step := 1; s.q.Len() > 0; step++ {
		t := heap.Pop(&s.q).(*Task)
		fmt.Printf("%d. %-8s prio=%d seq=%d\n", step, t.Name, t.Priority, t.seq)
		if t.Name == "email" {
			s.Add("followup", 4)
		}
	}
	fmt.Println("bump after done:", s.Bump("email", 1))
	fmt.Println("top3:", topK([]int{15, 3, 99, 42, 7, 64, 23, 88, 1, 56}, 3))
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 1)
	var sorted []int
	for h.Len() > 0 {
		sorted = append(sorted, heap.Pop(h).(int))
	}
	fmt.Println("heap order:", sorted)
}
