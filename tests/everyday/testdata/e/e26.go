package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Job struct {
	ID       string
	Arrive   int
	Burst    int
	Priority int // lower is more urgent
	left     int
	finish   int
	index    int
}

// readyQueue orders by priority, then by arrival, then by ID for determinism.
type readyQueue []*Job

func (q readyQueue) Len() int { return len(q) }
func (q readyQueue) Less(i, j int) bool {
	a, b := q[i], q[j]
	if a.Priority != b.Priority {
		return a.Priority < b.Priority
	}
	if a.Arrive != b.Arrive {
		return a.Arrive < b.Arrive
	}
	return a.ID < b.ID
}
func (q readyQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index, q[j].index = i, j
}
func (q *readyQueue) Push(x any) {
	j := x.(*Job)
	j.index = len(*q)
	*q = append(*q, j)
}
func (q *readyQueue) Pop() any {
	old := *q
	j := old[len(old)-1]
	old[len(old)-1] = nil
	j.index = -1
	*q = old[:len(old)-1]
	return j
}

// Scheduler runs preemptive priority scheduling with aging: every `ageEvery`
// ticks a waiting job's priority improves by one.
type Scheduler struct {
	ready    readyQueue
	ageEvery int
	gantt    strings.Builder
}

func (s *Scheduler) Run(jobs []*Job) int {
	clock, next, done := 0, 0, 0
	var cur *Job
	for done < len(jobs) {
		for next < len(jobs) && jobs[next].Arrive == clock {
			j := jobs[next]
			j.left = j.Burst
			heap.Push(&s.ready, j)
			next++
		}
		if cur != nil && s.ready.Len() > 0 && s.ready[0].Priority < cur.Priority {
			heap.Push(&s.ready, cur) // preempt
			cur = nil
		}
		if cur == nil && s.ready.Len() > 0 {
			cur = heap.Pop(&s.ready).(*Job)
		}
		if s.ageEvery > 0 && clock > 0 && clock%s.ageEvery == 0 {
			for _, j := range s.ready {
				if j.Priority > 0 {
					j.Priority--
				}
			}
			heap.Init(&s.ready)
		}
		if cur == nil {
			s.gantt.WriteByte('.')
		} else {
			s.gantt.WriteString(cur.ID[:1])
			cur.left--
			if cur.left == 0 {
				cur.finish = clock + 1
				done++
				cur = nil
			}
		}
		clock++
	}
	return clock
}

func workload() []*Job {
	return []*Job{
		{ID: "A", Arrive: 0, Burst: 8, Priority: 3},
		{ID: "B", Arrive: 1, Burst: 4, Priority: 1},
		{ID: "C", Arrive: 2, Burst: 9, Priority: 4},
		{ID: "D", Arrive: 3, Burst: 5, Priority: 2},
		{ID: "E", Arrive: 4, Burst: 2, Priority: 0},
		{ID: "F", Arrive: 12, Burst: 3, Priority: 1},
		{ID: "G", Arrive: 14, Burst: 6, Priority: 5},
		{ID: "H", Arrive: 30, Burst: 1, Priority: 0},
	}
}

func main() {
	for _, age := range []int{0, 4} {
		jobs := workload()
		s := &Scheduler{ageEvery: age}
		end := s.Run(jobs)
		fmt.Printf("== aging every %d ticks (0 = off), makespan %d\n", age, end)
		fmt.Println(s.gantt.String())
		totalTurn, totalWait := 0, 0
		for _, j := range jobs {
			turn := j.finish - j.Arrive
			wait := turn - j.Burst
			totalTurn += turn
			totalWait += wait
			fmt.Printf("  %s arrive=%2d burst=%d finish=%2d turnaround=%2d wait=%2d\n", j.ID, j.Arrive, j.Burst, j.finish, turn, wait)
		}
		fmt.Printf("  avg turnaround %.2f, avg wait %.2f\n", float64(totalTurn)/float64(len(jobs)), float64(totalWait)/float64(len(jobs)))
	}
}
