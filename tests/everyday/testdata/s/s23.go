package main

import (
	"errors"
	"fmt"
	"slices"
)

// A small bank ledger with accounts, methods, errors and monthly interest.

type Cents int64

func (c Cents) String() string {
	if c < 0 {
		return "-" + (-c).String()
	}
	return fmt.Sprintf("$%d.%02d", c/100, c%100)
}

type Account struct {
	ID      int
	Owner   string
	Balance Cents
	History []string
}

var ErrInsufficient = errors.New("insufficient funds")

type Bank struct {
	accounts map[int]*Account
	nextID   int
}

func NewBank() *Bank { return &Bank{accounts: map[int]*Account{}, nextID: 100} }

func (b *Bank) Open(owner string, deposit Cents) *Account {
	a := &Account{ID: b.nextID, Owner: owner, Balance: deposit}
	a.History = append(a.History, "open "+deposit.String())
	b.accounts[a.ID] = a
	b.nextID++
	return a
}

func (b *Bank) Transfer(from, to int, amt Cents) error {
	src, ok1 := b.accounts[from]
	dst, ok2 := b.accounts[to]
	if !ok1 || !ok2 {
		return fmt.Errorf("transfer %d->%d: unknown account", from, to)
	}
	if src.Balance < amt {
		return fmt.Errorf("transfer %v from %s: %w", amt, src.Owner, ErrInsufficient)
	}
	src.Balance -= amt
	dst.Balance += amt
	src.History = append(src.History, fmt.Sprintf("out %v to %d", amt, to))
	dst.History = append(dst.History, fmt.Sprintf("in %v from %d", amt, from))
	return nil
}

func (b *Bank) ApplyInterest(annualRate float64) {
	for _, a := range b.accounts {
		if a.Balance > 0 {
			interest := Cents(float64(a.Balance)*annualRate/12 + 0.5)
			a.Balance += interest
			a.History = append(a.History, "interest "+interest.String())
		}
	}
}

func (b *Bank) Sorted() []*Account {
	list := make([]*Account, 0, len(b.accounts))
	for _, a := range b.accounts {
		list = append(list, a)
	}
	slices.SortFunc(list, func(x, y *Account) int { return x.ID - y.ID })
	return list
}

func main() {
	bank := NewBank()
	alice := bank.Open("Alice", 150000)
	bob := bank.Open("Bob", 2500)
	carol := bank.Open("Carol", 78050)

	ops := []struct {
		from, to int
		amt      Cents
	}{
		{alice.ID, bob.ID, 12345}, {bob.ID, carol.ID, 50000}, {carol.ID, alice.ID, 8050},
		{bob.ID, 999, 100}, {bob.ID, carol.ID, 14845},
	}
	for _, op := range ops {
		if err := bank.Transfer(op.from, op.to, op.amt); err != nil {
			fmt.Printf("error: %v (insufficient=%t)\n", err, errors.Is(err, ErrInsufficient))
		}
	}
	for month := 1; month <= 3; month++ {
		bank.ApplyInterest(0.045)
	}
	var total Cents
	for _, a := range bank.Sorted() {
		total += a.Balance
		fmt.Printf("%d %-6s %12v\n", a.ID, a.Owner, a.Balance)
		for _, h := range a.History {
			fmt.Printf("      - %s\n", h)
		}
	}
	fmt.Printf("total deposits: %v, negative example: %v\n", total, Cents(-1234))
}
