// Lock-free ticket dispenser and sold-out inventory using atomic compare-and-swap.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Inventory struct {
	remaining atomic.Int64
	sold      atomic.Int64
	rejected  atomic.Int64
	retries   atomic.Int64
}

// Reserve takes n seats if available, never overselling.
func (inv *Inventory) Reserve(n int64) bool {
	for {
		cur := inv.remaining.Load()
		if cur < n {
			inv.rejected.Add(1)
			return false
		}
		if inv.remaining.CompareAndSwap(cur, cur-n) {
			inv.sold.Add(n)
			return true
		}
		inv.retries.Add(1)
	}
}

type Dispenser struct{ next atomic.Uint64 }

func (d *Dispenser) Take() uint64 { return d.next.Add(1) }

func main() {
	// Part 1: ticket numbers are unique and gap-free.
	var d Dispenser
	const clients = 8
	const perClient = 25
	tickets := make([][]uint64, clients)
	var wg sync.WaitGroup
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for i := 0; i < perClient; i++ {
				tickets[c] = append(tickets[c], d.Take())
			}
		}(c)
	}
	wg.Wait()
	var all []uint64
	for c, ts := range tickets {
		increasing := sort.SliceIsSorted(ts, func(i, j int) bool { return ts[i] < ts[j] })
		fmt.Printf("client %d took %d tickets, locally increasing=%v\n", c, len(ts), increasing)
		all = append(all, ts...)
	}
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	gapFree := true
	for i, t := range all {
		if t != uint64(i+1) {
			gapFree = false
		}
	}
	fmt.Printf("total tickets=%d first=%d last=%d unique&gap-free=%v\n", len(all), all[0], all[len(all)-1], gapFree)

	// Part 2: seat reservations. Total demand exceeds capacity, but every request
	// is 2 seats and capacity is even, so exactly capacity/2 requests succeed.
	var inv Inventory
	const capacity = 120
	inv.remaining.Store(capacity)
	var ok atomic.Int64
	for b := 0; b < 100; b++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if inv.Reserve(2) {
				ok.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Printf("capacity=%d requests=100 succeeded=%d rejected=%d\n", capacity, ok.Load(), inv.rejected.Load())
	fmt.Printf("sold=%d remaining=%d oversold=%v\n", inv.sold.Load(), inv.remaining.Load(), inv.sold.Load() > capacity)
	fmt.Printf("cas retries observed: non-negative=%v\n", inv.retries.Load() >= 0)

	// Part 3: Swap for rotating a shared "current leader" value.
	var leader atomic.Value
	leader.Store("node-a")
	history := []string{}
	for _, n := range []string{"node-b", "node-c", "node-d"} {
		prev := leader.Swap(n).(string)
		history = append(history, prev+"->"+n)
	}
	fmt.Println("leader changes:", history, "now:", leader.Load())

	// Part 4: atomic.Bool as a one-shot latch.
	var fired atomic.Bool
	winners := atomic.Int32{}
	for i := 0; i < 16; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if fired.CompareAndSwap(false, true) {
				winners.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Printf("latch fired=%v winners=%d\n", fired.Load(), winners.Load())
}
