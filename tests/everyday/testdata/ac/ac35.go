// Vending machine state machine: coins, selection, change-making with limited coin stock.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Coin int

const (
	Nickel  Coin = 5
	Dime    Coin = 10
	Quarter Coin = 25
	Dollar  Coin = 100
)

func (c Coin) String() string {
	switch c {
	case Nickel:
		return "5c"
	case Dime:
		return "10c"
	case Quarter:
		return "25c"
	case Dollar:
		return "$1"
	}
	return fmt.Sprintf("bad(%d)", int(c))
}

type State int

const (
	Idle State = iota
	HasCredit
	OutOfService
)

func (s State) String() string { return [...]string{"Idle", "HasCredit", "OutOfService"}[s] }

type Product struct {
	Name  string
	Price int
	Stock int
}

var (
	ErrSoldOut    = errors.New("sold out")
	ErrNoChange   = errors.New("cannot make change")
	ErrBadCoin    = errors.New("coin rejected")
	ErrNotEnough  = errors.New("insufficient credit")
	ErrOutService = errors.New("machine out of service")
)

type Machine struct {
	state    State
	credit   int
	slots    map[string]*Product
	coins    map[Coin]int
	inserted []Coin
	sales    int
}

func (m *Machine) Insert(c Coin) error {
	if m.state == OutOfService {
		return ErrOutService
	}
	switch c {
	case Nickel, Dime, Quarter, Dollar:
	default:
		return fmt.Errorf("%v: %w", c, ErrBadCoin)
	}
	m.credit += int(c)
	m.coins[c]++
	m.inserted = append(m.inserted, c)
	m.state = HasCredit
	return nil
}

func (m *Machine) makeChange(amount int) ([]Coin, error) {
	denoms := []Coin{Dollar, Quarter, Dime, Nickel}
	var out []Coin
	used := map[Coin]int{}
	for _, d := range denoms {
		for amount >= int(d) && m.coins[d]-used[d] > 0 {
			amount -= int(d)
			used[d]++
			out = append(out, d)
		}
	}
	if amount != 0 {
		return nil, ErrNoChange
	}
	for d, n := range used {
		m.coins[d] -= n
	}
	return out, nil
}

func (m *Machine) Select(slot string) (string, []Coin, error) {
	if m.state == OutOfService {
		return "", nil, ErrOutService
	}
	p, ok := m.slots[slot]
	if !ok {
		return "", nil, fmt.Errorf("slot %q: unknown", slot)
	}
	if p.Stock == 0 {
		return "", nil, fmt.Errorf("%s: %w", p.Name, ErrSoldOut)
	}
	if m.credit < p.Price {
		return "", nil, fmt.Errorf("%s costs %d, have %d: %w", p.Name, p.Price, m.credit, ErrNotEnough)
	}
	change, err := m.makeChange(m.credit - p.Price)
	if err != nil {
		return "", nil, fmt.Errorf("%s: %w", p.Name, err)
	}
	p.Stock--
	m.sales += p.Price
	m.credit, m.inserted, m.state = 0, nil, Idle
	return p.Name, change, nil
}

func (m *Machine) Refund() []Coin {
	out := m.inserted
	for _, c := range out {
		m.coins[c]--
	}
	m.credit, m.inserted, m.state = 0, nil, Idle
	return out
}

func (m *Machine) CoinReport() string {
	var ds []int
	for c := range m.coins {
		ds = append(ds, int(c))
	}
	sort.Ints(ds)
	var parts []string
	for _, d := range ds {
		parts = append(parts, fmt.Sprintf("%v×%d", Coin(d), m.coins[Coin(d)]))
	}
	return strings.Join(parts, " ")
}

func main() {
	m := &Machine{
		slots: map[string]*Product{
			"A1": {"Cola", 125, 2}, "A2": {"Water", 90, 1}, "B1": {"Chips", 65, 3}, "B2": {"Gum", 35, 0},
		},
		coins: map[Coin]int{Nickel: 2, Dime: 1, Quarter: 2},
	}
	script := []string{"100", "25", "A1", "A2", "100", "B2", "B1", "7", "25", "25", "25", "A2",
		"100", "refund", "100", "100", "A1", "service", "25", "on", "25", "25", "10", "B1"}
	for _, cmd := range script {
		var msg string
		switch cmd {
		case "refund":
			msg = fmt.Sprintf("refunded %v", m.Refund())
		case "service":
			m.state = OutOfService
			msg = "maintenance mode"
		case "on":
			m.state = Idle
			if m.credit > 0 {
				m.state = HasCredit
			}
			msg = "back in service"
		case "A1", "A2", "B1", "B2":
			name, change, err := m.Select(cmd)
			switch {
			case errors.Is(err, ErrNotEnough), errors.Is(err, ErrSoldOut):
				msg = "declined: " + err.Error()
			case err != nil:
				msg = "error: " + err.Error()
			default:
				msg = fmt.Sprintf("vend %s, change %v", name, change)
			}
		default:
			var v int
			fmt.Sscan(cmd, &v)
			if err := m.Insert(Coin(v)); err != nil {
				msg = "error: " + err.Error()
			} else {
				msg = fmt.Sprintf("credit %d", m.credit)
			}
		}
		fmt.Printf("%-7s [%-12v] %s\n", cmd, m.state, msg)
	}
	fmt.Println("sales:", m.sales, "coins:", m.CoinReport())
}
