package main

import (
	"errors"
	"fmt"
	"sort"
)

type op int

const (
	opGet op = iota
	opSet
	opIncr
	opSnapshot
)

type request struct {
	op    op
	key   string
	value int
	reply chan response
}

type response struct {
	value    int
	snapshot map[string]int
	err      error
}

var ErrNoKey = errors.New("no such key")

// counterServer owns its state; all access goes through the requests channel.
func counterServer(requests <-chan request, stopped chan<- int) {
	state := map[string]int{}
	handled := 0
	for req := range requests {
		handled++
		switch req.op {
		case opGet:
			v, ok := state[req.key]
			if !ok {
				req.reply <- response{err: fmt.Errorf("get %q: %w", req.key, ErrNoKey)}
				continue
			}
			req.reply <- response{value: v}
		case opSet:
			state[req.key] = req.value
			req.reply <- response{value: req.value}
		case opIncr:
			state[req.key] += req.value
			req.reply <- response{value: state[req.key]}
		case opSnapshot:
			cp := make(map[string]int, len(state))
			for k, v := range state {
				cp[k] = v
			}
			req.reply <- response{snapshot: cp}
		}
	}
	stopped <- handled
}

type Client struct{ requests chan<- request }

func (c Client) do(o op, key string, v int) response {
	reply := make(chan response, 1)
	c.requests <- request{op: o, key: key, value: v, reply: reply}
	return <-reply
}

func (c Client) Get(key string) (int, error) {
	r := c.do(opGet, key, 0)
	return r.value, r.err
}
func (c Client) Set(key string, v int)      { c.do(opSet, key, v) }
func (c Client) Incr(key string, d int) int { return c.do(opIncr, key, d).value }

func main() {
	requests := make(chan request)
	stopped := make(chan int)
	go counterServer(requests, stopped)
	c := Client{requests: requests}

	c.Set("hits", 10)
	fmt.Println("incr:", c.Incr("hits", 5), c.Incr("misses", 1))
	v, err := c.Get("hits")
	fmt.Println("get hits:", v, err)
	_, err = c.Get("nope")
	fmt.Println("get nope:", err, errors.Is(err, ErrNoKey))

	// many concurrent clients, each with its own reply channel
	done := make(chan chan int)
	for i := range 10 {
		go func() {
			res := make(chan int, 1)
			done <- res
			res <- c.Incr("concurrent", i+1)
		}()
	}
	var finals []int
	for range 10 {
		ch := <-done
		finals = append(finals, <-ch)
	}
	sort.Ints(finals)
	fmt.Println("max after concurrent:", finals[len(finals)-1], "count:", len(finals))

	snap := c.do(opSnapshot, "", 0).snapshot
	fmt.Println("snapshot:", snap)
	keys := make([]string, 0, len(snap))
	for k := range snap {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  %-10s %4d\n", k, snap[k])
	}
	close(requests)
	fmt.Println("server handled", <-stopped, "requests")
}
