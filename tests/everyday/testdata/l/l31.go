package main

import (
	"fmt"
	"time"
)

// SlidingWindow limits events per key within a rolling window, using a
// ring buffer of timestamps per key and an injected clock function.
type SlidingWindow struct {
	limit  int
	window time.Duration
	now    func() time.Time
	hits   map[string]*ring
}

type ring struct {
	ts    []time.Time
	start int
	size  int
}

func (r *ring) pruneBefore(cutoff time.Time) {
	for r.size > 0 && !r.ts[r.start].After(cutoff) {
		r.start = (r.start + 1) % len(r.ts)
		r.size--
	}
}

func (r *ring) push(t time.Time) {
	r.ts[(r.start+r.size)%len(r.ts)] = t
	r.size++
}

func (r *ring) oldest() time.Time { return r.ts[r.start] }

func NewSlidingWindow(limit int, window time.Duration, now func() time.Time) *SlidingWindow {
	return &SlidingWindow{limit: limit, window: window, now: now, hits: map[string]*ring{}}
}

// Allow reports whether the event is allowed and, if not, when to retry.
func (s *SlidingWindow) Allow(key string) (bool, time.Duration) {
	t := s.now()
	r, ok := s.hits[key]
	if !ok {
		r = &ring{ts: make([]time.Time, s.limit)}
		s.hits[key] = r
	}
	r.pruneBefore(t.Add(-s.window))
	if r.size < s.limit {
		r.push(t)
		return true, 0
	}
	return false, r.oldest().Add(s.window).Sub(t)
}

func (s *SlidingWindow) Remaining(key string) int {
	r, ok := s.hits[key]
	if !ok {
		return s.limit
	}
	r.pruneBefore(s.now().Add(-s.window))
	return s.limit - r.size
}

func main() {
	t0 := time.Date(2024, 2, 29, 23, 59, 0, 0, time.UTC)
	cur := t0
	sw := NewSlidingWindow(3, 10*time.Second, func() time.Time { return cur })

	type attempt struct {
		at  time.Duration
		key string
	}
	attempts := []attempt{
		{0, "10.0.0.1"}, {1 * time.Second, "10.0.0.1"}, {2 * time.Second, "10.0.0.1"},
		{3 * time.Second, "10.0.0.1"}, {3 * time.Second, "10.0.0.2"},
		{9500 * time.Millisecond, "10.0.0.1"}, {10 * time.Second, "10.0.0.1"},
		{10500 * time.Millisecond, "10.0.0.1"}, {11 * time.Second, "10.0.0.1"},
		{12 * time.Second, "10.0.0.1"}, {25 * time.Second, "10.0.0.1"},
	}

	blocked := map[string]int{}
	for _, a := range attempts {
		cur = t0.Add(a.at)
		ok, retry := sw.Allow(a.key)
		verdict := "allow"
		if !ok {
			verdict = fmt.Sprintf("deny (retry in %v)", retry)
			blocked[a.key]++
		}
		fmt.Printf("%s %-9s %-22s remaining=%d\n", cur.Format("15:04:05.000"), a.key, verdict, sw.Remaining(a.key))
	}
	fmt.Println("blocked 10.0.0.1:", blocked["10.0.0.1"], "blocked 10.0.0.2:", blocked["10.0.0.2"])
}
