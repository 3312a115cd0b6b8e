package main

import (
	"errors"
	"fmt"
	"slices"
)

var (
	ErrAccountNotFound = errors.New("account not found")
	ErrFrozen          = errors.New("account frozen")
)

type InsufficientFundsError struct {
	Account string
	Balance int64
	Needed  int64
}

func (e *InsufficientFundsError) Error() string {
	return fmt.Sprintf("insufficient funds in %s: balance %d, needed %d", e.Account, e.Balance, e.Needed)
}

type Account struct {
	ID      string
	Balance int64
	Frozen  bool
}

type Entry struct {
	From, To string
	Amount   int64
}

type Ledger struct {
	accounts map[string]*Account
	entries  []Entry
}

func NewLedger() *Ledger { return &Ledger{accounts: map[string]*Account{}} }

func (l *Ledger) Open(id string, initial int64) {
	l.accounts[id] = &Account{ID: id, Balance: initial}
}

func (l *Ledger) get(id string) (*Account, error) {
	a, ok := l.accounts[id]
	if !ok {
		return nil, fmt.Errorf("lookup %q: %w", id, ErrAccountNotFound)
	}
	if a.Frozen {
		return nil, fmt.Errorf("lookup %q: %w", id, ErrFrozen)
	}
	return a, nil
}

func (l *Ledger) Transfer(from, to string, amt int64) error {
	src, err1 := l.get(from)
	dst, err2 := l.get(to)
	if err := errors.Join(err1, err2); err != nil {
		return fmt.Errorf("transfer %s->%s: %w", from, to, err)
	}
	if src.Balance < amt {
		return fmt.Errorf("transfer %s->%s: %w", from, to,
			&InsufficientFundsError{Account: from, Balance: src.Balance, Needed: amt})
	}
	src.Balance -= amt
	dst.Balance += amt
	l.entries = append(l.entries, Entry{from, to, amt})
	return nil
}

func (l *Ledger) Report() {
	ids := make([]string, 0, len(l.accounts))
	for id := range l.accounts {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		a := l.accounts[id]
		fmt.Printf("  %-6s %6d frozen=%v\n", a.ID, a.Balance, a.Frozen)
	}
}

func classify(err error) string {
	if err == nil {
		return "ok"
	}
	var ife *InsufficientFundsError
	switch {
	case errors.As(err, &ife):
		return fmt.Sprintf("short by %d", ife.Needed-ife.Balance)
	case errors.Is(err, ErrAccountNotFound) && errors.Is(err, ErrFrozen):
		return "missing AND frozen"
	case errors.Is(err, ErrAccountNotFound):
		return "missing"
	case errors.Is(err, ErrFrozen):
		return "frozen"
	}
	return "unknown"
}

func main() {
	l := NewLedger()
	l.Open("alice", 500)
	l.Open("bob", 100)
	l.Open("carol", 0)
	l.Open("dave", 900)
	l.accounts["dave"].Frozen = true

	txs := []Entry{
		{"alice", "bob", 200},
		{"bob", "carol", 50},
		{"carol", "alice", 75},
		{"alice", "zoe", 10},
		{"dave", "ghost", 1},
		{"dave", "alice", 100},
		{"bob", "alice", 250},
	}
	for i, tx := range txs {
		err := l.Transfer(tx.From, tx.To, tx.Amount)
		fmt.Printf("tx%d %s->%s %d: %s\n", i+1, tx.From, tx.To, tx.Amount, classify(err))
		if err != nil {
			fmt.Printf("     error: %v\n", err)
		}
	}
	fmt.Println("balances:")
	l.Report()
	var total int64
	for _, a := range l.accounts {
		total += a.Balance
	}
	fmt.Println("total money:", total)
	fmt.Println("ledger entries:", len(l.entries))
	for _, e := range l.entries {
		fmt.Printf("  %+v\n", e)
	}
}
