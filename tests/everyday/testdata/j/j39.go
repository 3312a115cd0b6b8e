// Command j39 models a vending machine as a state machine: iota states
// with String, events as distinct types dispatched by a type switch, and
// a transition log that is replayed at the end.
package main

import (
	"fmt"
	"slices"
	"strings"
)

type State uint8

const (
	Idle State = iota
	HasMoney
	Vending
	OutOfService
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case HasMoney:
		return "HasMoney"
	case Vending:
		return "Vending"
	case OutOfService:
		return "OutOfService"
	}
	return fmt.Sprintf("State(%d)", uint8(s))
}

type (
	Event      interface{ event() }
	InsertCoin struct{ Cents int }
	Select     struct{ Slot string }
	Cancel     struct{}
	Dispensed  struct{}
	Service    struct{ Restock map[string]int }
)

func (InsertCoin) event() {}
func (Select) event()     {}
func (Cancel) event()     {}
func (Dispensed) event()  {}
func (Service) event()    {}

type Machine struct {
	state   State
	credit  int
	prices  map[string]int
	stock   map[string]int
	pending string
	log     []string
}

func (m *Machine) logf(format string, args ...any) {
	m.log = append(m.log, fmt.Sprintf("[%-8v] ", m.state)+fmt.Sprintf(format, args...))
}

func (m *Machine) Handle(e Event) {
	prev := m.state
	switch ev := e.(type) {
	case InsertCoin:
		if m.state == Idle || m.state == HasMoney {
			m.credit += ev.Cents
			m.state = HasMoney
		}
	case Select:
		price, ok := m.prices[ev.Slot]
		switch {
		case m.state != HasMoney:
			m.logf("select %s ignored", ev.Slot)
		case !ok || m.stock[ev.Slot] == 0:
			m.logf("slot %s unavailable", ev.Slot)
		case m.credit < price:
			m.logf("need %d more cents for %s", price-m.credit, ev.Slot)
		default:
			m.credit -= price
			m.stock[ev.Slot]--
			m.pending = ev.Slot
			m.state = Vending
		}
	case Dispensed:
		if m.state == Vending {
			m.logf("dispensed %s, change %d", m.pending, m.credit)
			m.credit, m.pending = 0, ""
			m.state = Idle
			if total(m.stock) == 0 {
				m.state = OutOfService
			}
		}
	case Cancel:
		if m.state == HasMoney {
			m.logf("refund %d", m.credit)
			m.credit = 0
			m.state = Idle
		}
	case Service:
		for slot, n := range ev.Restock {
			m.stock[slot] += n
		}
		m.state = Idle
	default:
		panic(fmt.Sprintf("unknown event %T", ev))
	}
	if prev != m.state {
		m.logf("%T%+v: %v -> %v (credit %d)", e, e, prev, m.state, m.credit)
	}
}

func total(stock map[string]int) int {
	n := 0
	for _, v := range stock {
		n += v
	}
	return n
}

func main() {
	m := &Machine{
		prices: map[string]int{"A1": 125, "B2": 90},
		stock:  map[string]int{"A1": 1, "B2": 1},
	}
	script := []Event{
		Select{"A1"}, InsertCoin{100}, Select{"A1"}, InsertCoin{50}, Select{"A1"}, Dispensed{},
		InsertCoin{25}, Cancel{},
		InsertCoin{100}, Select{"A1"}, Select{"B2"}, Dispensed{},
		InsertCoin{100}, Service{map[string]int{"A1": 2}}, InsertCoin{200}, Select{"A1"}, Dispensed{},
	}
	for _, e := range script {
		m.Handle(e)
	}
	fmt.Println(strings.Join(m.log, "\n"))
	slots := make([]string, 0, len(m.stock))
	for slot, n := range m.stock {
		slots = append(slots, fmt.Sprintf("%s=%d", slot, n))
	}
	slices.Sort(slots)
	fmt.Printf("final state=%v credit=%d stock=%v\n", m.state, m.credit, slots)
	fmt.Println("unknown state prints as", State(9))
}
