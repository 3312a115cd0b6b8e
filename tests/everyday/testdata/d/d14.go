package main

import (
	"errors"
	"fmt"
)

var (
	ErrAccountFrozen = errors.New("account is frozen")
	ErrSameAccount   = errors.New("cannot transfer to the same account")
	ErrUnknown       = errors.New("unknown account")
)

// InsufficientFundsError carries structured details for callers using errors.As.
type InsufficientFundsError struct {
	Account   string
	Available int64
	Requested int64
}

func (e *InsufficientFundsError) Error() string {
	return fmt.Sprintf("account %s: insufficient funds (available %d, requested %d)", e.Account, e.Available, e.Requested)
}

func (e *InsufficientFundsError) Shortfall() int64 { return e.Requested - e.Available }

// LimitError matches any other LimitError via a custom Is method.
type LimitError struct {
	Limit int64
	Kind  string
}

func (e LimitError) Error() string { return fmt.Sprintf("%s limit of %d exceeded", e.Kind, e.Limit) }
func (e LimitError) Is(target error) bool {
	t, ok := target.(LimitError)
	return ok && (t.Kind == "" || t.Kind == e.Kind)
}

type Account struct {
	ID      string
	Balance int64
	Frozen  bool
	Daily   int64
	spent   int64
}

type Bank struct{ accounts map[string]*Account }

func (b *Bank) get(id string) (*Account, error) {
	a, ok := b.accounts[id]
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrUnknown, id)
	}
	return a, nil
}

func (b *Bank) withdraw(a *Account, amt int64) error {
	if a.Frozen {
		return fmt.Errorf("withdraw from %s: %w", a.ID, ErrAccountFrozen)
	}
	if a.spent+amt > a.Daily {
		return fmt.Errorf("withdraw from %s: %w", a.ID, LimitError{Limit: a.Daily, Kind: "daily"})
	}
	if a.Balance < amt {
		return &InsufficientFundsError{Account: a.ID, Available: a.Balance, Requested: amt}
	}
	a.Balance -= amt
	a.spent += amt
	return nil
}

func (b *Bank) Transfer(from, to string, amt int64) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer %s->%s (%d): %w", from, to, amt, err)
		}
	}()
	if from == to {
		return ErrSameAccount
	}
	src, err1 := b.get(from)
	dst, err2 := b.get(to)
	if err := errors.Join(err1, err2); err != nil {
		return err
	}
	if dst.Frozen {
		return fmt.Errorf("deposit to %s: %w", dst.ID, ErrAccountFrozen)
	}
	if err := b.withdraw(src, amt); err != nil {
		return err
	}
	dst.Balance += amt
	return nil
}

func classify(err error) string {
	var ife *InsufficientFundsError
	var le LimitError
	switch {
	case err == nil:
		return "success"
	case errors.As(err, &ife):
		return fmt.Sprintf("short by %d on %s", ife.Shortfall(), ife.Account)
	case errors.Is(err, LimitError{Kind: "daily"}):
		errors.As(err, &le)
		return fmt.Sprintf("daily limit hit (limit %d)", le.Limit)
	case errors.Is(err, ErrAccountFrozen):
		return "frozen account involved"
	case errors.Is(err, ErrUnknown):
		return "bad account id"
	case errors.Is(err, ErrSameAccount):
		return "no-op transfer"
	}
	return "unexpected"
}

func main() {
	bank := &Bank{accounts: map[string]*Account{
		"A1": {ID: "A1", Balance: 500, Daily: 1000},
		"B2": {ID: "B2", Balance: 50, Daily: 100},
		"C3": {ID: "C3", Balance: 900, Daily: 5000, Frozen: true},
		"D4": {ID: "D4", Balance: 10, Daily: 1000},
	}}

	transfers := []struct {
		from, to string
		amt      int64
	}{
		{"A1", "B2", 200},
		{"B2", "D4", 90},
		{"B2", "A1", 300},
		{"D4", "A1", 50},
		{"C3", "A1", 10},
		{"A1", "C3", 10},
		{"A1", "A1", 1},
		{"X9", "Y8", 5},
		{"A1", "D4", 250},
		{"A1", "D4", 600},
	}
	for _, t := range transfers {
		err := bank.Transfer(t.from, t.to, t.amt)
		fmt.Printf("%s -> %s %4d: %s\n", t.from, t.to, t.amt, classify(err))
		if err != nil {
			fmt.Printf("    %v\n", err)
		}
	}

	fmt.Println()
	for _, id := range []string{"A1", "B2", "C3", "D4"} {
		a := bank.accounts[id]
		fmt.Printf("%s balance=%d spent=%d\n", a.ID, a.Balance, a.spent)
	}

	wrapped := fmt.Errorf("batch: %w", bank.Transfer("B2", "A1", 1000))
	fmt.Println("\nany limit error?", errors.Is(wrapped, LimitError{}), "| weekly?", errors.Is(wrapped, LimitError{Kind: "weekly"}))
	fmt.Println("unwrap once:", errors.Unwrap(wrapped))
}
