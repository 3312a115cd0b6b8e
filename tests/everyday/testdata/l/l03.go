package main

import (
	"fmt"
	"time"
)

type NowFunc func() time.Time

// TokenBucket is a classic token bucket limiter with an injectable clock.
type TokenBucket struct {
	capacity float64
	rate     float64 // tokens per second
	tokens   float64
	last     time.Time
	now      NowFunc
}

func NewTokenBucket(capacity int, perSecond float64, now NowFunc) *TokenBucket {
	return &TokenBucket{
		capacity: float64(capacity),
		rate:     perSecond,
		tokens:   float64(capacity),
		last:     now(),
		now:      now,
	}
}

func (b *TokenBucket) refill() {
	t := b.now()
	elapsed := t.Sub(b.last).Seconds()
	if elapsed > 0 {
		b.tokens = min(b.capacity, b.tokens+elapsed*b.rate)
		b.last = t
	}
}

func (b *TokenBucket) AllowN(n int) bool {
	b.refill()
	if b.tokens >= float64(n) {
		b.tokens -= float64(n)
		return true
	}
	return false
}

func (b *TokenBucket) Allow() bool { return b.AllowN(1) }

// RetryAfter reports how long until n tokens would be available.
func (b *TokenBucket) RetryAfter(n int) time.Duration {
	b.refill()
	missing := float64(n) - b.tokens
	if missing <= 0 {
		return 0
	}
	return time.Duration(missing / b.rate * float64(time.Second)).Round(time.Millisecond)
}

type request struct {
	at     time.Duration
	client string
	cost   int
}

func main() {
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	var offset time.Duration
	clock := func() time.Time { return base.Add(offset) }

	limiters := map[string]*TokenBucket{
		"free": NewTokenBucket(3, 1, clock),
		"pro":  NewTokenBucket(10, 5, clock),
	}

	reqs := []request{
		{0, "free", 1}, {0, "free", 1}, {0, "free", 1}, {0, "free", 1},
		{100 * time.Millisecond, "pro", 4}, {200 * time.Millisecond, "pro", 4},
		{300 * time.Millisecond, "pro", 4}, {500 * time.Millisecond, "free", 1},
		{1200 * time.Millisecond, "free", 1}, {1300 * time.Millisecond, "pro", 4},
		{2500 * time.Millisecond, "free", 2}, {4 * time.Second, "free", 3},
		{4 * time.Second, "pro", 10}, {4100 * time.Millisecond, "pro", 1},
	}

	stats := map[string][2]int{}
	for _, r := range reqs {
		offset = r.at
		lim := limiters[r.client]
		ok := lim.AllowN(r.cost)
		s := stats[r.client]
		if ok {
			s[0]++
			fmt.Printf("t=%-6v %-4s cost=%d ALLOW  (left %.2f)\n", r.at, r.client, r.cost, lim.tokens)
		} else {
			s[1]++
			fmt.Printf("t=%-6v %-4s cost=%d REJECT (retry in %v)\n", r.at, r.client, r.cost, lim.RetryAfter(r.cost))
		}
		stats[r.client] = s
	}

	for _, c := range []string{"free", "pro"} {
		fmt.Printf("%s: allowed=%d rejected=%d\n", c, stats[c][0], stats[c][1])
	}
}
