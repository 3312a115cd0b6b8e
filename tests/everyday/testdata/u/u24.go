package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Event struct {
	Kind string
	N    int
}

func producer(name string, n int, out chan<- Event, done <-chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := range n {
		select {
		case out <- Event{Kind: name, N: i}:
		case <-done:
			return
		}
	}
}

func main() {
	// non-blocking send/receive with default
	buf := make(chan string, 2)
	var dropped []string
	for _, msg := range []string{"a", "b", "c", "d"} {
		select {
		case buf <- msg:
		default:
			dropped = append(dropped, msg)
		}
	}
	fmt.Println("buffered:", len(buf), "dropped:", dropped)
	for {
		select {
		case m := <-buf:
			fmt.Println("drained", m)
			continue
		default:
		}
		break
	}

	// fan-in from multiple producers until all finish
	events := make(chan Event)
	done := make(chan struct{})
	var wg sync.WaitGroup
	for _, p := range []struct {
		name string
		n    int
	}{{"orders", 3}, {"payments", 2}, {"emails", 4}} {
		wg.Add(1)
		go producer(p.name, p.n, events, done, &wg)
	}
	go func() {
		wg.Wait()
		close(events)
	}()
	perKind := map[string][]int{}
	total := 0
	for e := range events {
		perKind[e.Kind] = append(perKind[e.Kind], e.N)
		total++
	}
	kinds := make([]string, 0, len(perKind))
	for k := range perKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		fmt.Printf("%-8s %v\n", k, perKind[k])
	}
	fmt.Println("total events:", total)

	// consumer stops early via done channel; producers exit cleanly
	events2 := make(chan Event)
	done2 := make(chan struct{})
	var wg2 sync.WaitGroup
	wg2.Add(1)
	go producer("stream", 1000, events2, done2, &wg2)
	var got []string
	for e := range events2 {
		got = append(got, fmt.Sprint(e.N))
		if e.N == 4 {
			close(done2)
			break
		}
	}
	wg2.Wait()
	fmt.Println("consumed:", strings.Join(got, ","))

	select {
	case <-done2:
		fmt.Println("done2 is closed")
	default:
		fmt.Println("done2 still open")
	}

	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel never ready")
	}
	v, ok := <-events
	fmt.Printf("closed recv: %+v %t\n", v, ok)
}
