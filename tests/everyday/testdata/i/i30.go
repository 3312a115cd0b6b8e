package main

import (
	"fmt"
	"iter"
	"strings"
)

// FSM is a finite state machine over user-defined state and event types.
type FSM[S, E comparable] struct {
	state   S
	table   map[S]map[E]S
	history []Step[S, E]
	hooks   []func(from, to S, ev E)
}

type Step[S, E comparable] struct {
	From S
	Ev   E
	To   S
}

func (s Step[S, E]) String() string { return fmt.Sprintf("%v --%v--> %v", s.From, s.Ev, s.To) }

func NewFSM[S, E comparable](initial S) *FSM[S, E] {
	return &FSM[S, E]{state: initial, table: map[S]map[E]S{}}
}

func (m *FSM[S, E]) Allow(from S, ev E, to S) *FSM[S, E] {
	if m.table[from] == nil {
		m.table[from] = map[E]S{}
	}
	m.table[from][ev] = to
	return m
}

func (m *FSM[S, E]) OnTransition(h func(from, to S, ev E)) { m.hooks = append(m.hooks, h) }

func (m *FSM[S, E]) Fire(ev E) error {
	to, ok := m.table[m.state][ev]
	if !ok {
		return fmt.Errorf("event %v not allowed in state %v", ev, m.state)
	}
	from := m.state
	m.state = to
	m.history = append(m.history, Step[S, E]{from, ev, to})
	for _, h := range m.hooks {
		h(from, to, ev)
	}
	return nil
}

func (m *FSM[S, E]) History() iter.Seq2[int, Step[S, E]] {
	return func(yield func(int, Step[S, E]) bool) {
		for i, s := range m.history {
			if !yield(i, s) {
				return
			}
		}
	}
}

type DoorState int

const (
	Closed DoorState = iota
	Open
	Locked
)

func (d DoorState) String() string { return [...]string{"Closed", "Open", "Locked"}[d] }

type DoorEvent string

type TCP string

func main() {
	door := NewFSM[DoorState, DoorEvent](Closed)
	door.Allow(Closed, "open", Open).Allow(Open, "close", Closed).
		Allow(Closed, "lock", Locked).Allow(Locked, "unlock", Closed)
	locks := 0
	door.OnTransition(func(_, to DoorState, _ DoorEvent) {
		if to == Locked {
			locks++
		}
	})
	for _, ev := range []DoorEvent{"open", "lock", "close", "lock", "open", "unlock", "open", "close", "lock"} {
		if err := door.Fire(ev); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println("final:", door.state, "locks:", locks)
	for i, s := range door.History() {
		fmt.Printf("  %d. %v\n", i+1, s)
	}

	tcp := NewFSM[TCP, string]("CLOSED")
	tcp.Allow("CLOSED", "syn", "SYN_SENT").
		Allow("SYN_SENT", "syn+ack", "ESTABLISHED").
		Allow("ESTABLISHED", "fin", "FIN_WAIT").
		Allow("FIN_WAIT", "ack", "CLOSED")
	var trail []string
	tcp.OnTransition(func(from, to TCP, ev string) { trail = append(trail, string(to)) })
	for _, ev := range strings.Split("syn,syn+ack,fin,ack,syn", ",") {
		_ = tcp.Fire(ev)
	}
	fmt.Println("tcp trail:", strings.Join(trail, " > "))
	for _, s := range tcp.History() {
		if s.To == "ESTABLISHED" {
			fmt.Println("connected via:", s)
			break
		}
	}
	fmt.Println("bad:", tcp.Fire("rst"))
}
