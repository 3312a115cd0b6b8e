package main

import (
	"fmt"
	"strings"
	"time"
)

type Clock interface {
	Now() time.Time
}

type FakeClock struct{ t time.Time }

func (c *FakeClock) Now() time.Time          { return c.t }
func (c *FakeClock) Advance(d time.Duration) { c.t = c.t.Add(d) }

type TokenBucket struct {
	clock    Clock
	capacity float64
	tokens   float64
	rate     float64 // tokens per second
	last     time.Time
}

func NewTokenBucket(c Clock, capacity int, perSecond float64) *TokenBucket {
	return &TokenBucket{clock: c, capacity: float64(capacity), tokens: float64(capacity), rate: perSecond, last: c.Now()}
}

func (b *TokenBucket) refill() {
	now := b.clock.Now()
	elapsed := now.Sub(b.last).Seconds()
	b.tokens = min(b.capacity, b.tokens+elapsed*b.rate)
	b.last = now
}

func (b *TokenBucket) Allow() bool {
	b.refill()
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

func (b *TokenBucket) RetryAfter() time.Duration {
	b.refill()
	if b.tokens >= 1 {
		return 0
	}
	need := 1 - b.tokens
	return time.Duration(need / b.rate * float64(time.Second)).Round(time.Millisecond)
}

type Limiter struct {
	clock   Clock
	buckets map[string]*TokenBucket
}

func (l *Limiter) Allow(client string) bool {
	b, ok := l.buckets[client]
	if !ok {
		b = NewTokenBucket(l.clock, 3, 2)
		l.buckets[client] = b
	}
	return b.Allow()
}

func main() {
	clock := &FakeClock{t: time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)}
	bucket := NewTokenBucket(clock, 5, 1)

	var sb strings.Builder
	for range 8 {
		if bucket.Allow() {
			sb.WriteByte('+')
		} else {
			sb.WriteByte('-')
		}
	}
	fmt.Println("burst:", sb.String(), "retry after:", bucket.RetryAfter())

	clock.Advance(2500 * time.Millisecond)
	fmt.Printf("after 2.5s tokens=%.2f\n", func() float64 { bucket.refill(); return bucket.tokens }())
	allowed := 0
	for range 4 {
		if bucket.Allow() {
			allowed++
		}
	}
	fmt.Println("allowed:", allowed, "retry:", bucket.RetryAfter())

	lim := &Limiter{clock: clock, buckets: map[string]*TokenBucket{}}
	schedule := []struct {
		at     time.Duration
		client string
	}{
		{0, "alice"}, {0, "alice"}, {0, "bob"}, {100 * time.Millisecond, "alice"},
		{100 * time.Millisecond, "alice"}, {200 * time.Millisecond, "alice"},
		{600 * time.Millisecond, "alice"}, {100 * time.Millisecond, "bob"},
		{1 * time.Second, "alice"}, {0, "alice"}, {0, "alice"},
	}
	start := clock.Now()
	results := map[string][]bool{}
	for _, s := range schedule {
		clock.Advance(s.at)
		ok := lim.Allow(s.client)
		results[s.client] = append(results[s.client], ok)
		fmt.Printf("t=%-6v %-5s allowed=%t\n", clock.Now().Sub(start), s.client, ok)
	}
	fmt.Println(results)
	fmt.Println("clock:", clock.Now().Format(time.RFC3339Nano))
}
