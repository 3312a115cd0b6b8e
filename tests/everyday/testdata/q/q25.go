// q25: context cancellation triggered deterministically when a consumer reaches its quota.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type Record struct {
	Partition int
	Offset    int
	Value     int
}

var ErrQuotaReached = errors.New("quota reached")

// producer emits records for one partition until ctx is cancelled.
func producer(ctx context.Context, partition int, out chan<- Record) (sent int) {
	for off := 0; ; off++ {
		rec := Record{partition, off, partition*1000 + off*off}
		select {
		case <-ctx.Done():
			return sent
		case out <- rec:
			sent++
		}
	}
}

type Consumer struct {
	quota int
	seen  map[int][]int // partition -> offsets consumed
	total int
}

func (c *Consumer) Run(ctx context.Context, cancel context.CancelCauseFunc, in <-chan Record) {
	for {
		select {
		case <-ctx.Done():
			return
		case r := <-in:
			c.seen[r.Partition] = append(c.seen[r.Partition], r.Offset)
			c.total++
			if c.total == c.quota {
				cancel(fmt.Errorf("after %d records: %w", c.total, ErrQuotaReached))
				return
			}
		}
	}
}

func main() {
	const partitions = 4
	const quota = 30
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)

	in := make(chan Record) // unbuffered: the consumer only receives what it asks for
	sent := make([]int, partitions)
	var wg sync.WaitGroup
	for p := range partitions {
		wg.Go(func() { sent[p] = producer(ctx, p, in) })
	}
	c := &Consumer{quota: quota, seen: map[int][]int{}}
	c.Run(ctx, cancel, in)
	wg.Wait()

	cause := context.Cause(ctx)
	fmt.Println("ctx.Err():", ctx.Err())
	fmt.Println("cause:", cause)
	fmt.Println("is quota:", errors.Is(cause, ErrQuotaReached))
	fmt.Println("consumed:", c.total)
	totalSent := 0
	for _, s := range sent {
		totalSent += s
	}
	// Unbuffered hand-off means every successful send was a receive by the consumer.
	fmt.Println("sent == consumed:", totalSent == c.total)
	contiguous := true
	for p := range partitions {
		for i, off := range c.seen[p] {
			if off != i {
				contiguous = false
			}
		}
	}
	fmt.Println("per-partition offsets contiguous from 0:", contiguous)

	// Second run: a deterministic stop signal on a plain done channel, single producer.
	done := make(chan struct{})
	nums := make(chan int)
	var produced int
	var pw sync.WaitGroup
	pw.Go(func() {
		defer close(nums)
		for i := 1; ; i++ {
			select {
			case <-done:
				return
			case nums <- i * i:
				produced++
			}
		}
	})
	sum := 0
	for v := range nums {
		sum += v
		fmt.Printf("got %3d running sum %4d\n", v, sum)
		if sum > 200 {
			close(done)
			break
		}
	}
	pw.Wait()
	fmt.Println("squares produced:", produced, "final sum:", sum)
}
