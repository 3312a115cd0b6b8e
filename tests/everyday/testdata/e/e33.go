package main

import (
	"errors"
	"fmt"
	"strings"
)

type State int

const (
	Idle State = iota
	HasCredit
	Vending
	OutOfService
)

func (s State) String() string { return [...]string{"Idle", "HasCredit", "Vending", "OutOfService"}[s] }

type Slot struct {
	Name         string
	Price, Count int
}

type Machine struct {
	state   State
	credit  int
	sales   int
	slots   map[string]*Slot
	coins   map[int]int // denomination -> count held for change
	journal []string
}

var (
	ErrBadCoin   = errors.New("coin rejected")
	ErrSoldOut   = errors.New("sold out")
	ErrNeedMore  = errors.New("insufficient credit")
	ErrNoChange  = errors.New("cannot make change")
	ErrWrongMode = errors.New("not allowed in this state")
)

func (m *Machine) logf(format string, a ...any) {
	m.journal = append(m.journal, fmt.Sprintf("[%-12v] ", m.state)+fmt.Sprintf(format, a...))
}

func (m *Machine) Insert(coin int) error {
	if m.state == OutOfService || m.state == Vending {
		return ErrWrongMode
	}
	if coin != 5 && coin != 10 && coin != 25 && coin != 100 {
		return fmt.Errorf("%d¢: %w", coin, ErrBadCoin)
	}
	m.coins[coin]++
	m.credit += coin
	m.state = HasCredit
	m.logf("insert %d, credit %d", coin, m.credit)
	return nil
}

// change greedily pays out amount from the coin box, or fails without side effects.
func (m *Machine) change(amount int) (map[int]int, error) {
	out := map[int]int{}
	for _, d := range []int{100, 25, 10, 5} {
		for amount >= d && m.coins[d]-out[d] > 0 {
			out[d]++
			amount -= d
		}
	}
	if amount != 0 {
		return nil, ErrNoChange
	}
	for d, n := range out {
		m.coins[d] -= n
	}
	return out, nil
}

func (m *Machine) Select(code string) (string, error) {
	if m.state != HasCredit {
		return "", fmt.Errorf("select %s in %v: %w", code, m.state, ErrWrongMode)
	}
	s, ok := m.slots[code]
	switch {
	case !ok || s.Count == 0:
		return "", fmt.Errorf("select %s: %w", code, ErrSoldOut)
	case m.credit < s.Price:
		return "", fmt.Errorf("select %s costs %d, have %d: %w", code, s.Price, m.credit, ErrNeedMore)
	}
	chg, err := m.change(m.credit - s.Price)
	if err != nil {
		return "", fmt.Errorf("select %s: %w", code, err)
	}
	m.state = Vending
	s.Count--
	m.sales += s.Price
	m.credit = 0
	m.logf("vend %s, change %s", s.Name, fmtCoins(chg))
	m.state = OutOfService
	for _, sl := range m.slots {
		if sl.Count > 0 {
			m.state = Idle
		}
	}
	return s.Name, nil
}

func (m *Machine) Refund() map[int]int {
	chg, _ := m.change(m.credit)
	m.logf("refund %d as %s", m.credit, fmtCoins(chg))
	m.credit = 0
	m.state = Idle
	return chg
}

func fmtCoins(c map[int]int) string {
	var parts []string
	for _, k := range []int{100, 25, 10, 5} {
		if c[k] > 0 {
			parts = append(parts, fmt.Sprintf("%dx%d", c[k], k))
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, "+")
}

func main() {
	m := &Machine{
		slots: map[string]*Slot{"A1": {"Cola", 125, 2}, "A2": {"Water", 90, 1}, "B1": {"Chips", 65, 1}},
		coins: map[int]int{25: 1, 10: 1, 5: 0},
	}
	sel := func(code string) func() error {
		return func() error { _, err := m.Select(code); return err }
	}
	ins := func(coin int) func() error { return func() error { return m.Insert(coin) } }
	refund := func() error { m.Refund(); return nil }
	steps := []func() error{
		sel("A1"), ins(100), ins(3), sel("A1"), ins(25), sel("A1"), ins(100), sel("B1"), refund,
		ins(100), sel("A2"), ins(25), ins(100), sel("A1"), ins(100), sel("B1"), ins(25), refund,
	}
	for i, step := range steps {
		if err := step(); err != nil {
			fmt.Printf("step %2d error: %v\n", i+1, err)
		}
	}
	fmt.Println(strings.Join(m.journal, "\n"))
	fmt.Printf("final state=%v sales=%d¢ coinbox=%s\n", m.state, m.sales, fmtCoins(m.coins))
}
