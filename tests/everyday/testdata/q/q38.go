// q38: graceful shutdown: stop intake, let workers drain the queue, then report final stats.
package main

import (
	"context"
	"fmt"
	"slices"
	"sync"
)

type Task struct {
	ID     int
	Tenant string
	Cost   int
}

type Outcome struct {
	TaskID int
	Tenant string
	Status string
}

type Server struct {
	queue    chan Task
	results  chan Outcome
	wg       sync.WaitGroup
	mu       sync.Mutex
	accepted int
	refused  []int
	closing  bool
}

func NewServer(queueSize, workers int) *Server {
	s := &Server{queue: make(chan Task, queueSize), results: make(chan Outcome, 64)}
	for range workers {
		s.wg.Go(s.work)
	}
	return s
}

func (s *Server) work() {
	for t := range s.queue {
		status := "done"
		if t.Cost > 80 {
			status = "too-expensive"
		}
		s.results <- Outcome{t.ID, t.Tenant, status}
	}
}

// Submit is non-blocking: it refuses work when closing or when the queue is full.
func (s *Server) Submit(t Task) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closing {
		s.refused = append(s.refused, t.ID)
		return false
	}
	s.queue <- t // queue is sized so this never blocks in this demo
	s.accepted++
	return true
}

// Shutdown stops intake and waits for in-flight work or for ctx to end.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	s.closing = true
	close(s.queue)
	s.mu.Unlock()
	drained := make(chan struct{})
	go func() {
		s.wg.Wait()
		close(s.results)
		close(drained)
	}()
	select {
	case <-drained:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	srv := NewServer(64, 3)
	tenants := []string{"acme", "globex", "initech"}
	var collected []Outcome
	collectorDone := make(chan struct{})
	go func() {
		defer close(collectorDone)
		for o := range srv.results {
			collected = append(collected, o)
		}
	}()

	// The "signal" arrives deterministically after the 15th request.
	for i := range 20 {
		if i == 15 {
			err := srv.Shutdown(context.Background())
			fmt.Println("shutdown after", i, "requests, err =", err)
		}
		srv.Submit(Task{ID: i + 1, Tenant: tenants[i%3], Cost: (i * 37) % 100})
	}
	<-collectorDone

	slices.SortFunc(collected, func(a, b Outcome) int { return a.TaskID - b.TaskID })
	perTenant := map[string][2]int{}
	for _, o := range collected {
		fmt.Printf("task %2d %-8s %s\n", o.TaskID, o.Tenant, o.Status)
		c := perTenant[o.Tenant]
		if o.Status == "done" {
			c[0]++
		} else {
			c[1]++
		}
		perTenant[o.Tenant] = c
	}
	fmt.Println("accepted:", srv.accepted, "processed:", len(collected), "refused:", srv.refused)
	for _, t := range tenants {
		fmt.Printf("tenant %-8s done=%d rejected=%d\n", t, perTenant[t][0], perTenant[t][1])
	}

	// A shutdown with an already-expired deadline reports the context error if workers are stuck.
	stuck := &Server{queue: make(chan Task, 1), results: make(chan Outcome)}
	stuck.wg.Go(func() { <-make(chan struct{}) }) // never finishes
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	fmt.Println("stuck shutdown err:", stuck.Shutdown(ctx))
}
