package main

import (
	"errors"
	"fmt"
)

var ErrAccountFrozen = errors.New("account frozen")

type InsufficientFundsError struct {
	Account   string
	Balance   int64
	Requested int64
}

func (e *InsufficientFundsError) Error() string {
	return fmt.Sprintf("account %s: insufficient funds (balance %d, requested %d)", e.Account, e.Balance, e.Requested)
}

func (e *InsufficientFundsError) Shortfall() int64 { return e.Requested - e.Balance }

type LimitError struct {
	Limit int64
}

func (e LimitError) Error() string { return fmt.Sprintf("exceeds per-transfer limit %d", e.Limit) }

// Is lets errors.Is(err, LimitError{}) match any limit.
func (e LimitError) Is(target error) bool {
	_, ok := target.(LimitError)
	return ok
}

type Account struct {
	ID      string
	Balance int64
	Frozen  bool
}

type Bank struct {
	accounts map[string]*Account
	limit    int64
	journal  []string
}

func (b *Bank) Transfer(from, to string, amt int64) (err error) {
	defer func() {
		status := "ok"
		if err != nil {
			status = "failed"
		}
		b.journal = append(b.journal, fmt.Sprintf("%s->%s %d %s", from, to, amt, status))
	}()
	if amt > b.limit {
		return fmt.Errorf("transfer %s->%s: %w", from, to, LimitError{b.limit})
	}
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("transfer: unknown account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("transfer: unknown account %q", to)
	}
	if src.Frozen || dst.Frozen {
		return fmt.Errorf("transfer %s->%s: %w", from, to, ErrAccountFrozen)
	}
	if src.Balance < amt {
		return fmt.Errorf("transfer %s->%s: %w", from, to,
			&InsufficientFundsError{from, src.Balance, amt})
	}
	src.Balance -= amt
	dst.Balance += amt
	return nil
}

func classify(err error) string {
	var ife *InsufficientFundsError
	switch {
	case err == nil:
		return "success"
	case errors.As(err, &ife):
		return fmt.Sprintf("needs %d more", ife.Shortfall())
	case errors.Is(err, ErrAccountFrozen):
		return "contact support"
	case errors.Is(err, LimitError{}):
		return "split into smaller transfers"
	default:
		return "check input"
	}
}

func main() {
	bank := &Bank{limit: 1000, accounts: map[string]*Account{
		"alice": {ID: "alice", Balance: 500},
		"bob":   {ID: "bob", Balance: 50},
		"carl":  {ID: "carl", Balance: 0, Frozen: true},
	}}
	transfers := []struct {
		from, to string
		amt      int64
	}{
		{"alice", "bob", 200}, {"bob", "alice", 300}, {"alice", "carl", 10},
		{"alice", "bob", 5000}, {"alice", "dave", 1}, {"bob", "alice", 250},
	}
	for _, t := range transfers {
		err := bank.Transfer(t.from, t.to, t.amt)
		line := fmt.Sprintf("%-5s -> %-5s %5d: %s", t.from, t.to, t.amt, classify(err))
		if err != nil {
			line = fmt.Sprintf("%-50s | %v", line, err)
		}
		fmt.Println(line)
	}
	for _, id := range []string{"alice", "bob", "carl"} {
		a := bank.accounts[id]
		fmt.Printf("%s: %d frozen=%t\n", a.ID, a.Balance, a.Frozen)
	}
	fmt.Println("journal:", bank.journal)

	wrapped := fmt.Errorf("batch job: %w", errors.Join(ErrAccountFrozen, &InsufficientFundsError{"x", 1, 2}))
	fmt.Println("joined frozen:", errors.Is(wrapped, ErrAccountFrozen), "| class:", classify(wrapped))
}
