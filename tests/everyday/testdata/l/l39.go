package main

import (
	"container/heap"
	"fmt"
	"time"
)

// A job scheduler driven by a simulated clock: jobs run at fixed intervals,
// the scheduler advances virtual time to the next due job.

type Job struct {
	Name     string
	Every    time.Duration
	Run      func(at time.Time) error
	next     time.Time
	runs     int
	failures int
}

type jobHeap []*Job

func (h jobHeap) Len() int { return len(h) }
func (h jobHeap) Less(i, j int) bool {
	if !h[i].next.Equal(h[j].next) {
		return h[i].next.Before(h[j].next)
	}
	return h[i].Name < h[j].Name
}
func (h jobHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *jobHeap) Push(x any)   { *h = append(*h, x.(*Job)) }
func (h *jobHeap) Pop() any {
	old := *h
	j := old[len(old)-1]
	*h = old[:len(old)-1]
	return j
}

type Scheduler struct {
	now  time.Time
	jobs jobHeap
}

func (s *Scheduler) Add(j *Job, offset time.Duration) {
	j.next = s.now.Add(offset)
	heap.Push(&s.jobs, j)
}

// RunUntil executes due jobs in time order until the deadline.
func (s *Scheduler) RunUntil(deadline time.Time) {
	for s.jobs.Len() > 0 {
		j := s.jobs[0]
		if j.next.After(deadline) {
			break
		}
		s.now = j.next
		j.runs++
		if err := j.Run(s.now); err != nil {
			j.failures++
			fmt.Printf("%s  %-12s FAILED: %v\n", s.now.Format("15:04"), j.Name, err)
		}
		j.next = j.next.Add(j.Every)
		heap.Fix(&s.jobs, 0)
	}
	s.now = deadline
}

func main() {
	start := time.Date(2024, 7, 1, 8, 0, 0, 0, time.UTC)
	s := &Scheduler{now: start}

	queueDepth := 0
	s.Add(&Job{Name: "ingest", Every: 10 * time.Minute, Run: func(at time.Time) error {
		queueDepth += 7
		fmt.Printf("%s  %-12s queue=%d\n", at.Format("15:04"), "ingest", queueDepth)
		return nil
	}}, 0)
	s.Add(&Job{Name: "drain", Every: 15 * time.Minute, Run: func(at time.Time) error {
		n := min(queueDepth, 10)
		queueDepth -= n
		fmt.Printf("%s  %-12s drained=%d queue=%d\n", at.Format("15:04"), "drain", n, queueDepth)
		return nil
	}}, 5*time.Minute)
	s.Add(&Job{Name: "health-check", Every: 20 * time.Minute, Run: func(at time.Time) error {
		if queueDepth > 5 {
			return fmt.Errorf("queue depth %d above threshold", queueDepth)
		}
		fmt.Printf("%s  %-12s ok\n", at.Format("15:04"), "health-check")
		return nil
	}}, 20*time.Minute)

	s.RunUntil(start.Add(time.Hour))
	fmt.Println("-- paused at", s.now.Format("15:04"), "--")
	s.RunUntil(start.Add(90 * time.Minute))

	fmt.Println("summary:")
	names := map[string]*Job{}
	for _, j := range s.jobs {
		names[j.Name] = j
	}
	for _, n := range []string{"drain", "health-check", "ingest"} {
		j := names[n]
		fmt.Printf("  %-12s runs=%d failures=%d next=%s\n", n, j.runs, j.failures, j.next.Format("15:04"))
	}
}
