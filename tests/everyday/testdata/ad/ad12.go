// Done channels: a heartbeat-driven monitor and an or-done combinator.
package main

import (
	"fmt"
	"sort"
	"sync"
)

// orDone forwards values from in until done is closed or in is exhausted.
func orDone(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for {
			select {
			case <-done:
				return
			case v, ok := <-in:
				if !ok {
					return
				}
				select {
				case out <- v:
				case <-done:
					return
				}
			}
		}
	}()
	return out
}

// counter emits 1,2,3,... forever until done is closed.
func counter(done <-chan struct{}, step int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := step; ; i += step {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

type Worker struct {
	Name string
	quit chan struct{}
	done chan struct{}
	seen []int
}

func startWorker(name string, feed <-chan int) *Worker {
	w := &Worker{Name: name, quit: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(w.done)
		for {
			select {
			case <-w.quit:
				return
			case v := <-feed:
				w.seen = append(w.seen, v)
			}
		}
	}()
	return w
}

func main() {
	// 1. take the first N values from an infinite generator and stop it
	done := make(chan struct{})
	var got []int
	for v := range orDone(done, counter(done, 7)) {
		got = append(got, v)
		if len(got) == 8 {
			break
		}
	}
	close(done)
	fmt.Println("multiples of 7:", got)

	// 2. workers share a feed; we send exactly N items, then signal quit
	feed := make(chan int)
	workers := []*Worker{startWorker("alpha", feed), startWorker("beta", feed), startWorker("gamma", feed)}
	for i := 1; i <= 24; i++ {
		feed <- i * i
	}
	for _, w := range workers {
		close(w.quit)
	}
	var all []int
	for _, w := range workers {
		<-w.done // wait for each worker to acknowledge
		all = append(all, w.seen...)
	}
	sort.Ints(all)
	sum := 0
	for _, v := range all {
		sum += v
	}
	fmt.Printf("squares received: %d, sum=%d\n", len(all), sum)
	for i := 0; i < len(all); i += 6 {
		fmt.Println("  ", all[i:min(i+6, len(all))])
	}

	// 3. broadcast shutdown: closing one channel wakes many waiters
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	var acks []string
	for _, n := range []string{"http", "grpc", "metrics", "cron", "queue"} {
		wg.Add(1)
		go func(n string) {
			defer wg.Done()
			<-stop
			mu.Lock()
			acks = append(acks, n+" stopped")
			mu.Unlock()
		}(n)
	}
	close(stop)
	wg.Wait()
	sort.Strings(acks)
	for _, a := range acks {
		fmt.Println(a)
	}
	select {
	case <-stop:
		fmt.Println("stop channel reads as closed")
	default:
		fmt.Println("stop channel still open")
	}
}
