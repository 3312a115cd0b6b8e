package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type State int

const (
	Idle State = iota
	HasCredit
	OutOfService
)

func (s State) String() string { return [...]string{"Idle", "HasCredit", "OutOfService"}[s] }

type Event interface{ isEvent() }
type Coin struct{ Cents int }
type Select struct{ Slot string }
type Cancel struct{}
type Service struct{ On bool }

func (Coin) isEvent()    {}
func (Select) isEvent()  {}
func (Cancel) isEvent()  {}
func (Service) isEvent() {}

var (
	ErrRejected    = errors.New("rejected")
	ErrSoldOut     = errors.New("sold out")
	ErrNeedsCredit = errors.New("insufficient credit")
)

type Product struct {
	Name         string
	Price, Count int
}

type Machine struct {
	state    State
	credit   int // cents inserted so far
	slots    map[string]*Product
	bank     map[int]int // coin denomination -> count
	onChange func(from, to State)
}

func (m *Machine) setState(s State) {
	if s != m.state && m.onChange != nil {
		m.onChange(m.state, s)
	}
	m.state = s
}

func (m *Machine) makeChange(amount int) ([]int, error) {
	denoms := slices.Sorted(maps.Keys(m.bank))
	slices.Reverse(denoms) // largest coin first
	var coins []int
	for _, d := range denoms {
		for amount >= d && m.bank[d] > 0 {
			amount -= d
			m.bank[d]--
			coins = append(coins, d)
		}
	}
	if amount != 0 {
		return coins, fmt.Errorf("cannot make exact change, short %d", amount)
	}
	return coins, nil
}

func (m *Machine) Handle(e Event) (string, error) {
	if svc, ok := e.(Service); ok {
		if svc.On {
			m.setState(OutOfService)
			return "service mode", nil
		}
		m.setState(Idle)
		return "back in service", nil
	}
	switch m.state {
	case OutOfService:
		return "", fmt.Errorf("%T while %v: %w", e, m.state, ErrRejected)
	case Idle, HasCredit:
		switch ev := e.(type) {
		case Coin:
			if ev.Cents != 5 && ev.Cents != 10 && ev.Cents != 25 && ev.Cents != 100 {
				return "", fmt.Errorf("coin %d: %w", ev.Cents, ErrRejected)
			}
			m.credit += ev.Cents
			m.bank[ev.Cents]++
			m.setState(HasCredit)
			return fmt.Sprintf("credit %d", m.credit), nil
		case Select:
			p, ok := m.slots[ev.Slot]
			switch {
			case !ok:
				return "", fmt.Errorf("slot %s: %w", ev.Slot, ErrRejected)
			case p.Count == 0:
				return "", fmt.Errorf("%s: %w", p.Name, ErrSoldOut)
			case m.credit < p.Price:
				return "", fmt.Errorf("%s costs %d, have %d: %w", p.Name, p.Price, m.credit, ErrNeedsCredit)
			}
			p.Count--
			change, err := m.makeChange(m.credit - p.Price)
			m.credit = 0
			m.setState(Idle)
			if err != nil {
				return fmt.Sprintf("vend %s, partial change %v", p.Name, change), err
			}
			return fmt.Sprintf("vend %s, change %v", p.Name, change), nil
		case Cancel:
			refund, _ := m.makeChange(m.credit)
			m.credit = 0
			m.setState(Idle)
			return fmt.Sprintf("refund %v", refund), nil
		}
	}
	return "", fmt.Errorf("unhandled %T", e)
}

func main() {
	m := &Machine{
		slots: map[string]*Product{"A1": {"Cola", 125, 2}, "A2": {"Chips", 90, 1}, "B1": {"Gum", 35, 0}},
		bank:  map[int]int{5: 2, 10: 3, 25: 4, 100: 0},
	}
	m.onChange = func(from, to State) { fmt.Printf("   [state %v -> %v]\n", from, to) }
	events := []Event{
		Coin{100}, Select{"A1"}, Coin{25}, Select{"A1"}, Coin{100}, Coin{3}, Select{"B1"}, Select{"A2"},
		Select{"A2"}, Coin{25}, Coin{10}, Cancel{}, Service{true}, Coin{25}, Service{false},
		Coin{100}, Coin{100}, Select{"A1"}, Select{"C9"}, Cancel{},
	}
	for i, e := range events {
		fmt.Printf("%2d %s%v\n", i+1, strings.TrimPrefix(fmt.Sprintf("%T", e), "main."), e)
		msg, err := m.Handle(e)
		switch {
		case err == nil:
			fmt.Println("   ok:", msg)
		case errors.Is(err, ErrNeedsCredit), errors.Is(err, ErrSoldOut):
			fmt.Println("   try again:", err)
		default:
			fmt.Println("   error:", err)
		}
	}
	fmt.Printf("final state=%v credit=%d bank=%v\n", m.state, m.credit, m.bank)
}
