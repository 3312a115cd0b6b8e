package main

import (
	"errors"
	"fmt"
	"sort"
)

// State is one mode of the vending machine.
type State interface {
	InsertCoin(m *Machine, cents int) (State, error)
	Select(m *Machine, slot string) (State, error)
	Refund(m *Machine) (State, error)
	fmt.Stringer
}

type Product struct {
	Name  string
	Price int
	Count int
}

type Machine struct {
	state    State
	credit   int
	inv      map[string]*Product
	cashbox  int
	messages []string
}

var ErrInvalidCoin = errors.New("coin rejected")

var accepted = map[int]bool{5: true, 10: true, 25: true, 100: true}

func (m *Machine) say(format string, args ...any) {
	m.messages = append(m.messages, fmt.Sprintf(format, args...))
}

func (m *Machine) totalStock() int {
	n := 0
	for _, p := range m.inv {
		n += p.Count
	}
	return n
}

type idle struct{}
type hasCredit struct{}
type soldOut struct{}

func (idle) String() string      { return "Idle" }
func (hasCredit) String() string { return "HasCredit" }
func (soldOut) String() string   { return "SoldOut" }

func (s idle) InsertCoin(m *Machine, c int) (State, error) {
	if !accepted[c] {
		return s, fmt.Errorf("%w: %d¢", ErrInvalidCoin, c)
	}
	m.credit += c
	return hasCredit{}, nil
}
func (s idle) Select(m *Machine, slot string) (State, error) {
	return s, errors.New("insert coins first")
}
func (s idle) Refund(m *Machine) (State, error) { return s, errors.New("nothing to refund") }

func (s hasCredit) InsertCoin(m *Machine, c int) (State, error) {
	if !accepted[c] {
		return s, fmt.Errorf("%w: %d¢", ErrInvalidCoin, c)
	}
	m.credit += c
	return s, nil
}

func (s hasCredit) Select(m *Machine, slot string) (State, error) {
	p, ok := m.inv[slot]
	switch {
	case !ok:
		return s, fmt.Errorf("no slot %s", slot)
	case p.Count == 0:
		return s, fmt.Errorf("%s is sold out", p.Name)
	case m.credit < p.Price:
		return s, fmt.Errorf("%s costs %d¢, credit is %d¢", p.Name, p.Price, m.credit)
	}
	p.Count--
	m.cashbox += p.Price
	change := m.credit - p.Price
	m.credit = 0
	m.say("dispensed %s, change %d¢", p.Name, change)
	if m.totalStock() == 0 {
		return soldOut{}, nil
	}
	return idle{}, nil
}

func (s hasCredit) Refund(m *Machine) (State, error) {
	m.say("refunded %d¢", m.credit)
	m.credit = 0
	return idle{}, nil
}

func (s soldOut) InsertCoin(m *Machine, c int) (State, error) {
	m.say("returned %d¢ (sold out)", c)
	return s, nil
}
func (s soldOut) Select(*Machine, string) (State, error) { return s, errors.New("machine empty") }
func (s soldOut) Refund(*Machine) (State, error)         { return s, nil }

// apply runs a transition and records the outcome.
func (m *Machine) apply(label string, f func(State) (State, error)) {
	before := m.state
	next, err := f(m.state)
	m.state = next
	if err != nil {
		m.say("%-12s %v", label+":", err)
	}
	fmt.Printf("%-14s %-9v -> %-9v credit=%3d", label, before, m.state, m.credit)
	if err != nil {
		fmt.Printf("  (error)")
	}
	fmt.Println()
}

func main() {
	m := &Machine{state: idle{}, inv: map[string]*Product{
		"A1": {"Cola", 125, 1},
		"B2": {"Chips", 90, 1},
	}}
	coin := func(c int) (string, func(State) (State, error)) {
		return fmt.Sprintf("coin %d", c), func(s State) (State, error) { return s.InsertCoin(m, c) }
	}
	sel := func(slot string) (string, func(State) (State, error)) {
		return "select " + slot, func(s State) (State, error) { return s.Select(m, slot) }
	}
	refund := func() (string, func(State) (State, error)) {
		return "refund", func(s State) (State, error) { return s.Refund(m) }
	}

	m.apply(sel("A1"))
	m.apply(coin(3))
	m.apply(coin(100))
	m.apply(sel("A1"))
	m.apply(coin(25))
	m.apply(sel("A1"))
	m.apply(refund())
	m.apply(coin(100))
	m.apply(sel("A1"))
	m.apply(sel("Z9"))
	m.apply(sel("B2"))
	m.apply(coin(25))
	m.apply(sel("B2"))

	fmt.Println("\nmachine messages:")
	for _, s := range m.messages {
		fmt.Println("  " + s)
	}
	slots := make([]string, 0, len(m.inv))
	for k := range m.inv {
		slots = append(slots, k)
	}
	sort.Strings(slots)
	for _, k := range slots {
		fmt.Printf("%s %-6s left=%d\n", k, m.inv[k].Name, m.inv[k].Count)
	}
	fmt.Printf("cashbox=%d¢ final state=%v\n", m.cashbox, m.state)
}
