// Compare a token bucket and a sliding-window rate limiter against a
// simulated traffic pattern on a fake clock.
package main

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

type Clock struct{ now time.Duration }

func (c *Clock) Now() time.Duration      { return c.now }
func (c *Clock) Advance(d time.Duration) { c.now += d }

type Limiter interface {
	Allow() bool
	Name() string
}

type TokenBucket struct {
	clock    *Clock
	capacity float64
	tokens   float64
	rate     float64 // tokens per second
	last     time.Duration
}

func NewTokenBucket(c *Clock, capacity int, perSecond float64) *TokenBucket {
	return &TokenBucket{clock: c, capacity: float64(capacity), tokens: float64(capacity), rate: perSecond}
}

func (b *TokenBucket) Name() string {
	return fmt.Sprintf("bucket(cap=%.0f,rate=%.0f/s)", b.capacity, b.rate)
}

func (b *TokenBucket) Allow() bool {
	now := b.clock.Now()
	elapsed := (now - b.last).Seconds()
	b.last = now
	b.tokens = min(b.capacity, b.tokens+elapsed*b.rate)
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

type SlidingWindow struct {
	clock  *Clock
	window time.Duration
	limit  int
	hits   []time.Duration
}

func (s *SlidingWindow) Name() string { return fmt.Sprintf("window(%d per %v)", s.limit, s.window) }

func (s *SlidingWindow) Allow() bool {
	now := s.clock.Now()
	cutoff := now - s.window
	// Drop timestamps that fell out of the window.
	i, _ := slices.BinarySearch(s.hits, cutoff+1)
	s.hits = slices.Delete(s.hits, 0, i)
	if len(s.hits) >= s.limit {
		return false
	}
	s.hits = append(s.hits, now)
	return true
}

// traffic describes requests per 100ms tick: a quiet start, a burst, then steady load.
func traffic() []int {
	var t []int
	for i := range 40 {
		switch {
		case i < 5:
			t = append(t, 1)
		case i < 10:
			t = append(t, 6)
		case i < 25:
			t = append(t, 2)
		default:
			t = append(t, i%3)
		}
	}
	return t
}

type result struct {
	allowed, denied int
	timeline        []byte
}

func run(makeLimiter func(*Clock) Limiter) (string, result) {
	clock := &Clock{}
	lim := makeLimiter(clock)
	var r result
	for _, n := range traffic() {
		ok := 0
		for range n {
			if lim.Allow() {
				ok++
			}
		}
		r.allowed += ok
		r.denied += n - ok
		switch {
		case n == 0:
			r.timeline = append(r.timeline, '.')
		case ok == n:
			r.timeline = append(r.timeline, '+')
		case ok == 0:
			r.timeline = append(r.timeline, 'x')
		default:
			r.timeline = append(r.timeline, '~')
		}
		clock.Advance(100 * time.Millisecond)
	}
	return lim.Name(), r
}

func main() {
	total := 0
	for _, n := range traffic() {
		total += n
	}
	fmt.Printf("simulating %d requests over %v\n", total, 40*100*time.Millisecond)
	fmt.Println("legend: + all allowed, ~ some denied, x all denied, . idle")

	limiters := []func(*Clock) Limiter{
		func(c *Clock) Limiter { return NewTokenBucket(c, 5, 10) },
		func(c *Clock) Limiter { return NewTokenBucket(c, 10, 10) },
		func(c *Clock) Limiter { return NewTokenBucket(c, 3, 20) },
		func(c *Clock) Limiter { return &SlidingWindow{clock: c, window: time.Second, limit: 10} },
		func(c *Clock) Limiter { return &SlidingWindow{clock: c, window: 500 * time.Millisecond, limit: 8} },
	}
	for _, mk := range limiters {
		name, r := run(mk)
		pct := 100 * float64(r.allowed) / float64(r.allowed+r.denied)
		fmt.Printf("%-28s allowed=%3d denied=%3d (%5.1f%%)\n", name, r.allowed, r.denied, pct)
		fmt.Printf("  %s\n", r.timeline)
	}

	// Per-client buckets: a noisy client cannot starve a quiet one.
	clock := &Clock{}
	buckets := map[string]*TokenBucket{}
	get := func(id string) *TokenBucket {
		if b, ok := buckets[id]; ok {
			return b
		}
		b := NewTokenBucket(clock, 3, 2)
		buckets[id] = b
		return b
	}
	served := map[string][]string{}
	for tick := range 10 {
		for range 4 {
			served["noisy"] = append(served["noisy"], verdict(get("noisy").Allow()))
		}
		if tick%2 == 0 {
			served["quiet"] = append(served["quiet"], verdict(get("quiet").Allow()))
		}
		clock.Advance(250 * time.Millisecond)
	}
	for _, id := range []string{"noisy", "quiet"} {
		ok := strings.Count(strings.Join(served[id], ""), "Y")
		fmt.Printf("client %-5s %2d/%2d served: %s\n", id, ok, len(served[id]), strings.Join(served[id], ""))
	}
	fmt.Printf("simulated clock ended at %v\n", clock.Now())
}

func verdict(ok bool) string {
	if ok {
		return "Y"
	}
	return "n"
}
