// ag38: generic finite state machine with comparable state/event types, guards, actions and a history log.
package main

import (
	"errors"
	"fmt"
	"slices"
)

type transitionKey[S, E comparable] struct {
	from  S
	event E
}

type Transition[S comparable, C any] struct {
	To     S
	Guard  func(*C) bool
	Action func(*C)
}

type FSM[S, E comparable, C any] struct {
	state   S
	ctx     C
	table   map[transitionKey[S, E]]Transition[S, C]
	history []S
	onEnter map[S]func(*C)
}

var ErrNoTransition = errors.New("no transition")
var ErrGuard = errors.New("guard rejected")

func NewFSM[S, E comparable, C any](initial S, ctx C) *FSM[S, E, C] {
	return &FSM[S, E, C]{state: initial, ctx: ctx, table: map[transitionKey[S, E]]Transition[S, C]{},
		history: []S{initial}, onEnter: map[S]func(*C){}}
}

func (m *FSM[S, E, C]) On(from S, ev E, t Transition[S, C]) *FSM[S, E, C] {
	m.table[transitionKey[S, E]{from, ev}] = t
	return m
}

func (m *FSM[S, E, C]) Fire(ev E) error {
	t, ok := m.table[transitionKey[S, E]{m.state, ev}]
	if !ok {
		return fmt.Errorf("%v on %v: %w", m.state, ev, ErrNoTransition)
	}
	if t.Guard != nil && !t.Guard(&m.ctx) {
		return fmt.Errorf("%v on %v: %w", m.state, ev, ErrGuard)
	}
	if t.Action != nil {
		t.Action(&m.ctx)
	}
	m.state = t.To
	m.history = append(m.history, t.To)
	if f, ok := m.onEnter[t.To]; ok {
		f(&m.ctx)
	}
	return nil
}

// Available lists events valid from the current state, sorted by a caller-provided key.
func (m *FSM[S, E, C]) Available(key func(E) string) []E {
	var evs []E
	for k := range m.table {
		if k.from == m.state {
			evs = append(evs, k.event)
		}
	}
	slices.SortFunc(evs, func(a, b E) int {
		ka, kb := key(a), key(b)
		if ka < kb {
			return -1
		} else if ka > kb {
			return 1
		}
		return 0
	})
	return evs
}

type OrderState string
type OrderEvent string

type OrderCtx struct {
	Paid     int
	Total    int
	Attempts int
	Notes    []string
}

type Light int

const (
	Red Light = iota
	Green
	Yellow
)

func (l Light) String() string { return [...]string{"RED", "GREEN", "YELLOW"}[l] }

func main() {
	m := NewFSM[OrderState, OrderEvent](OrderState("created"), OrderCtx{Total: 100})
	m.On("created", "pay", Transition[OrderState, OrderCtx]{
		To:     "paid",
		Guard:  func(c *OrderCtx) bool { c.Attempts++; return c.Paid >= c.Total },
		Action: func(c *OrderCtx) { c.Notes = append(c.Notes, "payment captured") },
	}).On("created", "cancel", Transition[OrderState, OrderCtx]{To: "cancelled"}).
		On("paid", "ship", Transition[OrderState, OrderCtx]{To: "shipped",
			Action: func(c *OrderCtx) { c.Notes = append(c.Notes, "label printed") }}).
		On("paid", "refund", Transition[OrderState, OrderCtx]{To: "refunded",
			Action: func(c *OrderCtx) { c.Paid = 0 }}).
		On("shipped", "deliver", Transition[OrderState, OrderCtx]{To: "delivered"})
	m.onEnter["delivered"] = func(c *OrderCtx) { c.Notes = append(c.Notes, "send survey") }

	str := func(e OrderEvent) string { return string(e) }
	fmt.Println("state:", m.state, "available:", m.Available(str))
	steps := []struct {
		ev  OrderEvent
		pay int
	}{{"ship", 0}, {"pay", 60}, {"pay", 40}, {"cancel", 0}, {"ship", 0}, {"deliver", 0}, {"refund", 0}}
	for _, s := range steps {
		m.ctx.Paid += s.pay
		err := m.Fire(s.ev)
		switch {
		case errors.Is(err, ErrGuard):
			fmt.Printf("%-8s rejected by guard (paid %d/%d)\n", s.ev, m.ctx.Paid, m.ctx.Total)
		case errors.Is(err, ErrNoTransition):
			fmt.Printf("%-8s invalid: %v\n", s.ev, err)
		default:
			fmt.Printf("%-8s ok -> %s (next: %v)\n", s.ev, m.state, m.Available(str))
		}
	}
	fmt.Println("history:", m.history)
	fmt.Println("notes:", m.ctx.Notes, "pay attempts:", m.ctx.Attempts)

	type tick struct{ n int }
	tl := NewFSM[Light, string](Red, tick{})
	count := func(c *tick) { c.n++ }
	tl.On(Red, "timer", Transition[Light, tick]{To: Green, Action: count}).
		On(Green, "timer", Transition[Light, tick]{To: Yellow, Action: count}).
		On(Yellow, "timer", Transition[Light, tick]{To: Red, Action: count}).
		On(Green, "emergency", Transition[Light, tick]{To: Red})
	for _, ev := range []string{"timer", "timer", "timer", "timer", "emergency", "emergency", "timer"} {
		if err := tl.Fire(ev); err != nil {
			fmt.Println("light:", err)
		}
	}
	fmt.Println("light history:", tl.history, "timer ticks:", tl.ctx.n)
}
