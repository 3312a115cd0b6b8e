package main

import (
	"errors"
	"fmt"
	"sort"
)

type Event interface{ isEvent() }

type AccountOpened struct {
	ID    string
	Owner string
}
type Deposited struct {
	ID     string
	Amount int
}
type Withdrawn struct {
	ID     string
	Amount int
}
type AccountClosed struct{ ID string }

func (AccountOpened) isEvent() {}
func (Deposited) isEvent()     {}
func (Withdrawn) isEvent()     {}
func (AccountClosed) isEvent() {}

type Account struct {
	Owner   string
	Balance int
	Closed  bool
	Version int
}

var ErrInsufficientFunds = errors.New("insufficient funds")

type Projection struct {
	accounts map[string]*Account
	applied  int
}

func (p *Projection) Apply(e Event) error {
	switch ev := e.(type) {
	case AccountOpened:
		if _, exists := p.accounts[ev.ID]; exists {
			return fmt.Errorf("account %s already open", ev.ID)
		}
		p.accounts[ev.ID] = &Account{Owner: ev.Owner}
	case Deposited:
		acc, err := p.open(ev.ID)
		if err != nil {
			return err
		}
		acc.Balance += ev.Amount
		acc.Version++
	case Withdrawn:
		acc, err := p.open(ev.ID)
		if err != nil {
			return err
		}
		if acc.Balance < ev.Amount {
			return fmt.Errorf("withdraw %d from %s (balance %d): %w", ev.Amount, ev.ID, acc.Balance, ErrInsufficientFunds)
		}
		acc.Balance -= ev.Amount
		acc.Version++
	case AccountClosed:
		acc, err := p.open(ev.ID)
		if err != nil {
			return err
		}
		acc.Closed = true
	default:
		return fmt.Errorf("unknown event %T", ev)
	}
	p.applied++
	return nil
}

func (p *Projection) open(id string) (*Account, error) {
	acc, ok := p.accounts[id]
	if !ok {
		return nil, fmt.Errorf("account %s not found", id)
	}
	if acc.Closed {
		return nil, fmt.Errorf("account %s is closed", id)
	}
	return acc, nil
}

type Unknown struct{}

func (Unknown) isEvent() {}

func main() {
	log := []Event{
		AccountOpened{"acc-1", "alice"},
		AccountOpened{"acc-2", "bob"},
		Deposited{"acc-1", 100},
		Deposited{"acc-2", 50},
		Withdrawn{"acc-1", 30},
		Withdrawn{"acc-2", 80},
		AccountOpened{"acc-1", "mallory"},
		Deposited{"acc-3", 10},
		AccountClosed{"acc-2"},
		Deposited{"acc-2", 5},
		Unknown{},
		Deposited{"acc-1", 7},
	}
	p := &Projection{accounts: map[string]*Account{}}
	var rejected []error
	for i, e := range log {
		if err := p.Apply(e); err != nil {
			rejected = append(rejected, err)
			fmt.Printf("%2d %-22T REJECTED: %v\n", i, e, err)
			continue
		}
		fmt.Printf("%2d %-22T %+v\n", i, e, e)
	}
	ids := make([]string, 0, len(p.accounts))
	for id := range p.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		fmt.Printf("%s: %+v\n", id, *p.accounts[id])
	}
	fmt.Println("applied:", p.applied, "rejected:", len(rejected))
	for _, err := range rejected {
		if errors.Is(err, ErrInsufficientFunds) {
			fmt.Println("funds problem:", err)
		}
	}
	fmt.Printf("%v\n", log[:3])
}
