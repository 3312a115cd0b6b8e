package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type Customer struct {
	ID       int
	Arrive   int
	Service  int
	Start    int
	TellerID int
}

type Teller struct {
	ID      int
	Busy    *Customer
	FreeAt  int
	Served  int
	IdleFor int
}

type Bank struct {
	Clock   int
	Queue   []*Customer
	Tellers []*Teller
	Done    []*Customer
	MaxQ    int
}

func (b *Bank) Tick(arrivals []*Customer) {
	b.Queue = append(b.Queue, arrivals...)
	for _, t := range b.Tellers {
		if t.Busy != nil && t.FreeAt <= b.Clock {
			b.Done = append(b.Done, t.Busy)
			t.Busy = nil
		}
		if t.Busy == nil && len(b.Queue) > 0 {
			c := b.Queue[0]
			b.Queue = b.Queue[1:]
			c.Start, c.TellerID = b.Clock, t.ID
			t.Busy, t.FreeAt = c, b.Clock+c.Service
			t.Served++
		}
		if t.Busy == nil {
			t.IdleFor++
		}
	}
	b.MaxQ = max(b.MaxQ, len(b.Queue))
	b.Clock++
}

func (b *Bank) Snapshot() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "t=%3d queue=%-2d |", b.Clock, len(b.Queue))
	for _, t := range b.Tellers {
		if t.Busy != nil {
			fmt.Fprintf(&sb, " T%d:c%-3d", t.ID, t.Busy.ID)
		} else {
			fmt.Fprintf(&sb, " T%d:idle", t.ID)
		}
	}
	return sb.String()
}

func run(tellers int, verbose bool) {
	rng := rand.New(rand.NewPCG(1, 2))
	b := &Bank{}
	for i := range tellers {
		b.Tellers = append(b.Tellers, &Teller{ID: i + 1})
	}
	nextID := 1
	const openMinutes = 120
	for b.Clock < openMinutes || len(b.Queue) > 0 || busy(b) {
		var arr []*Customer
		if b.Clock < openMinutes {
			// Roughly 0.45 arrivals per minute, heavier around lunch.
			p := 45
			if b.Clock >= 40 && b.Clock < 70 {
				p = 80
			}
			if rng.IntN(100) < p {
				arr = append(arr, &Customer{ID: nextID, Arrive: b.Clock, Service: 2 + rng.IntN(7)})
				nextID++
			}
		}
		b.Tick(arr)
		if verbose && b.Clock%15 == 0 {
			fmt.Println(b.Snapshot())
		}
	}
	totalWait, worst := 0, 0
	for _, c := range b.Done {
		w := c.Start - c.Arrive
		totalWait += w
		worst = max(worst, w)
	}
	fmt.Printf("tellers=%d customers=%d closed at t=%d avgwait=%.2f worst=%d maxQ=%d\n",
		tellers, len(b.Done), b.Clock, float64(totalWait)/float64(len(b.Done)), worst, b.MaxQ)
	for _, t := range b.Tellers {
		fmt.Printf("   teller %d served %3d idle %3d min\n", t.ID, t.Served, t.IdleFor)
	}
}

func busy(b *Bank) bool {
	for _, t := range b.Tellers {
		if t.Busy != nil {
			return true
		}
	}
	return false
}

func main() {
	run(2, true)
	for _, n := range []int{1, 3, 4} {
		run(n, false)
	}
}
