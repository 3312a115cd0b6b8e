package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
)

type Event struct {
	Seq        int
	Kind, Body string
}

type Bus struct {
	mu     sync.Mutex
	subs   map[string][]chan Event
	closed bool
}

func NewBus() *Bus { return &Bus{subs: map[string][]chan Event{}} }

func (b *Bus) Subscribe(kind string, buf int) <-chan Event {
	b.mu.Lock()
	defer b.mu.Unlock()
	ch := make(chan Event, buf)
	b.subs[kind] = append(b.subs[kind], ch)
	return ch
}

var ErrClosed = errors.New("bus closed")

func (b *Bus) Publish(e Event) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return fmt.Errorf("publish %d: %w", e.Seq, ErrClosed)
	}
	for _, ch := range b.subs[e.Kind] {
		ch <- e
	}
	return nil
}

func (b *Bus) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closed = true
	for _, chans := range b.subs {
		for _, ch := range chans {
			close(ch)
		}
	}
}

type Log struct {
	mu    sync.Mutex
	lines []string
}

func (l *Log) Add(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, fmt.Sprintf(format, args...))
}

func consume(name string, in <-chan Event, log *Log, wg *sync.WaitGroup) {
	defer wg.Done()
	for e := range in {
		log.Add("%s got #%d %s", name, e.Seq, strings.ToUpper(e.Body))
	}
	log.Add("%s closed", name)
}

func main() {
	bus := NewBus()
	log := &Log{}
	var wg sync.WaitGroup
	wg.Add(3)
	go consume("audit", bus.Subscribe("order", 10), log, &wg)
	go consume("mailer", bus.Subscribe("order", 10), log, &wg)
	go consume("ops", bus.Subscribe("alert", 10), log, &wg)

	events := []Event{
		{1, "order", "created"}, {2, "alert", "disk 91%"}, {3, "order", "paid"},
		{4, "metric", "ignored"}, {5, "order", "shipped"},
	}
	for _, e := range events {
		if err := bus.Publish(e); err != nil {
			fmt.Println(err)
		}
	}
	bus.Close()
	err := bus.Publish(Event{6, "order", "late"})
	fmt.Println("after close:", err, errors.Is(err, ErrClosed))

	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
		fmt.Println("all consumers finished")
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}

	slices.Sort(log.lines)
	for _, l := range log.lines {
		fmt.Println(" ", l)
	}

	// ping-pong with unbuffered channels: strictly ordered
	ping, pong := make(chan int), make(chan int)
	var trace []string
	go func() {
		for v := range ping {
			pong <- v * 2
		}
		close(pong)
	}()
	for i := range 4 {
		ping <- i
		trace = append(trace, fmt.Sprint(<-pong))
	}
	close(ping)
	_, open := <-pong
	fmt.Println("ping-pong:", strings.Join(trace, " "), "open:", open)
}
