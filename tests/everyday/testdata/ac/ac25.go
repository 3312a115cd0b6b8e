// Bank account simulator: account kinds via interfaces and embedding, ledger, typed errors.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

var (
	ErrInsufficient = errors.New("insufficient funds")
	ErrFrozen       = errors.New("account frozen")
	ErrInvalid      = errors.New("invalid amount")
)

type TxError struct {
	Op      string
	Account string
	Amount  Cents
	Err     error
}

func (e *TxError) Error() string {
	return fmt.Sprintf("%s %v on %s: %v", e.Op, e.Amount, e.Account, e.Err)
}
func (e *TxError) Unwrap() error { return e.Err }

type Account interface {
	ID() string
	Balance() Cents
	Deposit(Cents) error
	Withdraw(Cents) error
	MonthEnd()
}

type base struct {
	id      string
	balance Cents
	frozen  bool
}

func (b *base) ID() string     { return b.id }
func (b *base) Balance() Cents { return b.balance }
func (b *base) Freeze(on bool) { b.frozen = on }
func (b *base) Deposit(a Cents) error {
	if a <= 0 {
		return &TxError{"deposit", b.id, a, ErrInvalid}
	}
	if b.frozen {
		return &TxError{"deposit", b.id, a, ErrFrozen}
	}
	b.balance += a
	return nil
}

type Checking struct {
	base
	Overdraft Cents
	Fee       Cents
}

func (c *Checking) Withdraw(a Cents) error {
	switch {
	case a <= 0:
		return &TxError{"withdraw", c.id, a, ErrInvalid}
	case c.frozen:
		return &TxError{"withdraw", c.id, a, ErrFrozen}
	case c.balance-a < -c.Overdraft:
		return &TxError{"withdraw", c.id, a, ErrInsufficient}
	}
	c.balance -= a
	return nil
}

func (c *Checking) MonthEnd() {
	if c.balance < 0 {
		c.balance -= c.Fee
	}
}

type Savings struct {
	base
	RateBP      int // basis points per month
	withdrawals int
}

func (s *Savings) Withdraw(a Cents) error {
	if s.withdrawals >= 2 {
		return &TxError{"withdraw", s.id, a, errors.New("monthly withdrawal limit reached")}
	}
	if a <= 0 || a > s.balance {
		return &TxError{"withdraw", s.id, a, ErrInsufficient}
	}
	s.balance -= a
	s.withdrawals++
	return nil
}

func (s *Savings) MonthEnd() {
	s.balance += s.balance * Cents(s.RateBP) / 10000
	s.withdrawals = 0
}

type Bank struct {
	accounts map[string]Account
	ledger   []string
}

func (b *Bank) Open(a Account) { b.accounts[a.ID()] = a }

func (b *Bank) Transfer(from, to string, amt Cents) error {
	src, dst := b.accounts[from], b.accounts[to]
	if src == nil || dst == nil {
		return fmt.Errorf("transfer %s->%s: unknown account", from, to)
	}
	if err := src.Withdraw(amt); err != nil {
		return fmt.Errorf("transfer %s->%s: %w", from, to, err)
	}
	if err := dst.Deposit(amt); err != nil {
		_ = src.Deposit(amt) // roll back
		return fmt.Errorf("transfer %s->%s: %w", from, to, err)
	}
	b.ledger = append(b.ledger, fmt.Sprintf("%s -> %s %v", from, to, amt))
	return nil
}

func (b *Bank) Report() {
	ids := make([]string, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := b.accounts[id]
		kind := "?"
		switch a.(type) {
		case *Checking:
			kind = "checking"
		case *Savings:
			kind = "savings"
		}
		fmt.Printf("  %-6s %-9s %10v\n", id, kind, a.Balance())
	}
}

func main() {
	bank := &Bank{accounts: map[string]Account{}}
	alice := &Checking{base: base{id: "alice", balance: 50000}, Overdraft: 10000, Fee: 2500}
	bob := &Checking{base: base{id: "bob", balance: 1200}, Overdraft: 0, Fee: 2500}
	save := &Savings{base: base{id: "nest", balance: 200000}, RateBP: 50}
	bank.Open(alice)
	bank.Open(bob)
	bank.Open(save)
	steps := []struct {
		from, to string
		amt      Cents
	}{
		{"alice", "bob", 15000}, {"bob", "alice", 99999}, {"nest", "alice", 30000},
		{"alice", "nest", 0}, {"nest", "bob", 1000}, {"nest", "bob", 500},
		{"alice", "carol", 100}, {"alice", "bob", 40000}, {"alice", "bob", 30000},
	}
	for _, s := range steps {
		err := bank.Transfer(s.from, s.to, s.amt)
		var te *TxError
		switch {
		case err == nil:
			fmt.Printf("ok    %s -> %s %v\n", s.from, s.to, s.amt)
		case errors.Is(err, ErrInsufficient):
			fmt.Println("FUNDS", err)
		case errors.As(err, &te):
			fmt.Printf("TX    op=%s account=%s: %v\n", te.Op, te.Account, te.Err)
		default:
			fmt.Println("ERROR", err)
		}
	}
	bob.Freeze(true)
	fmt.Println("frozen:", bank.Transfer("alice", "bob", 100))
	fmt.Println("balances before month end:")
	bank.Report()
	for _, id := range []string{"alice", "bob", "nest"} {
		bank.accounts[id].MonthEnd()
	}
	fmt.Println("balances after month end:")
	bank.Report()
	fmt.Println("ledger:")
	for i, l := range bank.ledger {
		fmt.Printf("  %d. %s\n", i+1, l)
	}
}
