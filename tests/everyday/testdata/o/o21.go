package main

import (
	"errors"
	"fmt"
)

type State uint8

const (
	Idle State = iota
	HasMoney
	Vending
	OutOfService
)

func (s State) String() string {
	return [...]string{"Idle", "HasMoney", "Vending", "OutOfService"}[s]
}

type Coin int

const (
	Nickel  Coin = 5
	Dime    Coin = 10
	Quarter Coin = 25
	Dollar  Coin = 100
)

var coinNames = map[Coin]string{Nickel: "nickel", Dime: "dime", Quarter: "quarter", Dollar: "dollar"}

func (c Coin) String() string {
	if n, ok := coinNames[c]; ok {
		return n
	}
	return fmt.Sprintf("coin(%d)", int(c))
}

type StateError struct {
	Action string
	In     State
}

func (e StateError) Error() string { return fmt.Sprintf("%s not allowed in state %v", e.Action, e.In) }

var (
	ErrSoldOut   = errors.New("sold out")
	ErrBadCoin   = errors.New("coin rejected")
	ErrNotEnough = errors.New("insufficient credit")
)

type Product struct {
	Name       string
	Price, Qty int
}

type Machine struct {
	state  State
	credit int
	slots  map[string]*Product
	bank   int
}

func (m *Machine) Insert(c Coin) error {
	if m.state != Idle && m.state != HasMoney {
		return StateError{"insert", m.state}
	}
	if _, ok := coinNames[c]; !ok {
		return fmt.Errorf("%v: %w", c, ErrBadCoin)
	}
	m.credit += int(c)
	m.state = HasMoney
	return nil
}

func (m *Machine) Select(slot string) (change []Coin, err error) {
	if m.state != HasMoney {
		return nil, StateError{"select " + slot, m.state}
	}
	p := m.slots[slot]
	if p == nil || p.Qty == 0 {
		return nil, fmt.Errorf("slot %s: %w", slot, ErrSoldOut)
	}
	if m.credit < p.Price {
		return nil, fmt.Errorf("slot %s costs %d, have %d: %w", slot, p.Price, m.credit, ErrNotEnough)
	}
	m.state = Vending
	p.Qty--
	m.bank += p.Price
	rest := m.credit - p.Price
	for _, c := range []Coin{Quarter, Dime, Nickel} {
		for rest >= int(c) {
			change = append(change, c)
			rest -= int(c)
		}
	}
	m.credit = 0
	m.state = Idle
	return change, nil
}

func main() {
	m := &Machine{slots: map[string]*Product{"A1": {"Cola", 125, 2}, "A2": {"Chips", 65, 1}, "B1": {"Gum", 35, 0}}}
	type step struct {
		kind string
		coin Coin
		slot string
	}
	steps := []step{
		{"select", 0, "A1"}, {"insert", Dollar, ""}, {"select", 0, "A1"}, {"insert", Quarter, ""}, {"insert", Dime, ""},
		{"select", 0, "A1"}, {"insert", Coin(3), ""}, {"insert", Dollar, ""}, {"select", 0, "B1"}, {"select", 0, "A2"},
		{"service", 0, ""}, {"insert", Dime, ""}, {"unservice", 0, ""}, {"insert", Dollar, ""}, {"insert", Quarter, ""},
		{"select", 0, "A1"}, {"insert", Dollar, ""}, {"select", 0, "A1"},
	}
	for i, s := range steps {
		var err error
		var change []Coin
		switch s.kind {
		case "insert":
			err = m.Insert(s.coin)
		case "select":
			change, err = m.Select(s.slot)
		case "service":
			m.state = OutOfService
		case "unservice":
			m.state = Idle
		}
		tag := "ok"
		var se StateError
		switch {
		case errors.As(err, &se):
			tag = "STATE"
		case errors.Is(err, ErrSoldOut), errors.Is(err, ErrNotEnough), errors.Is(err, ErrBadCoin):
			tag = "REJECT"
		}
		desc := s.kind + " " + s.slot
		if s.kind == "insert" {
			desc = "insert " + s.coin.String()
		}
		fmt.Printf("%2d %-15s %-6s state=%-12v credit=%3d", i+1, desc, tag, m.state, m.credit)
		if change != nil {
			fmt.Printf(" change=%v", change)
		}
		if err != nil {
			fmt.Printf(" (%v)", err)
		}
		fmt.Println()
	}
	fmt.Println("bank:", m.bank)
}
