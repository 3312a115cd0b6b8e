// Rate-limited batch sender driven by a fake clock (integer token bucket).
package main

import (
	"fmt"
	"strings"
)

// FakeClock advances only when told to, so timing never depends on the scheduler.
type FakeClock struct{ nowMs int64 }

func (c *FakeClock) Now() int64       { return c.nowMs }
func (c *FakeClock) Advance(ms int64) { c.nowMs += ms }
func (c *FakeClock) String() string   { return fmt.Sprintf("t=%04dms", c.nowMs) }

// TokenBucket tracks milli-tokens to avoid floating point.
type TokenBucket struct {
	clock      *FakeClock
	capMilli   int64
	milli      int64
	perSecond  int64
	lastRefill int64
}

func NewBucket(c *FakeClock, capacity, perSecond int64) *TokenBucket {
	return &TokenBucket{clock: c, capMilli: capacity * 1000, milli: capacity * 1000, perSecond: perSecond, lastRefill: c.Now()}
}

func (b *TokenBucket) refill() {
	now := b.clock.Now()
	// perSecond tokens/s == perSecond milli-tokens/ms
	b.milli = min(b.capMilli, b.milli+(now-b.lastRefill)*b.perSecond)
	b.lastRefill = now
}

func (b *TokenBucket) TakeUpTo(n int) int {
	b.refill()
	granted := min(int64(n), b.milli/1000)
	b.milli -= granted * 1000
	return int(granted)
}

func (b *TokenBucket) WaitTime() int64 {
	b.refill()
	if b.milli >= 1000 {
		return 0
	}
	return (1000 - b.milli + b.perSecond - 1) / b.perSecond
}

type Batch struct {
	Round int
	At    string
	Msgs  []string
}

func main() {
	clock := &FakeClock{}
	bucket := NewBucket(clock, 5, 40) // burst 5, 40 msgs/sec

	// producer goroutine fills an inbox; it is closed when all messages are queued
	inbox := make(chan string, 32)
	go func() {
		defer close(inbox)
		for i := 1; i <= 21; i++ {
			inbox <- fmt.Sprintf("m%02d", i)
		}
	}()
	var pending []string
	for m := range inbox {
		pending = append(pending, m)
	}

	// delivery goroutine acknowledges each batch in order over an unbuffered channel
	batches := make(chan Batch)
	acks := make(chan string)
	go func() {
		defer close(acks)
		delivered := 0
		for b := range batches {
			delivered += len(b.Msgs)
			acks <- fmt.Sprintf("%s round %02d: delivered [%s] total=%d", b.At, b.Round, strings.Join(b.Msgs, ","), delivered)
		}
	}()

	var out []string
	round, sent := 0, 0
	for len(pending) > 0 {
		round++
		want := min(4, len(pending))
		got := bucket.TakeUpTo(want)
		if got == 0 {
			w := bucket.WaitTime()
			out = append(out, fmt.Sprintf("%s round %02d: throttled, wait %dms", clock, round, w))
			clock.Advance(w)
			continue
		}
		batches <- Batch{Round: round, At: clock.String(), Msgs: pending[:got]}
		out = append(out, <-acks)
		pending = pending[got:]
		sent += got
		clock.Advance(20) // simulated send latency
	}
	close(batches)
	for range acks {
	}
	for _, l := range out {
		fmt.Println(l)
	}
	fmt.Printf("finished at %s after %d rounds, %d messages\n", clock, round, sent)
	fmt.Printf("effective rate %d msg/s (limit 40)\n", int64(sent)*1000/clock.Now())

	clock.Advance(10_000)
	fmt.Printf("after idle: granted %d of 9 requested (burst cap)\n", bucket.TakeUpTo(9))
	fmt.Printf("immediately after: wait %dms for next token\n", bucket.WaitTime())
}
