package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type AccountID string

type InsufficientFundsError struct {
	Account AccountID
	Need    int64
	Have    int64
}

func (e *InsufficientFundsError) Error() string {
	return fmt.Sprintf("account %s: insufficient funds (need %d, have %d)", e.Account, e.Need, e.Have)
}

var ErrUnknownAccount = errors.New("unknown account")

type Account struct {
	ID      AccountID
	Owner   string
	Balance int64
	History []string
}

func (a *Account) Deposit(amount int64) {
	a.Balance += amount
	a.History = append(a.History, fmt.Sprintf("+%d", amount))
}

func (a *Account) Withdraw(amount int64) error {
	if amount > a.Balance {
		return &InsufficientFundsError{Account: a.ID, Need: amount, Have: a.Balance}
	}
	a.Balance -= amount
	a.History = append(a.History, fmt.Sprintf("-%d", amount))
	return nil
}

func (a Account) Summary() string {
	return fmt.Sprintf("%-6s %-8s %8.2f", a.ID, a.Owner, float64(a.Balance)/100)
}

type Bank struct {
	accounts map[AccountID]*Account
}

func NewBank() *Bank {
	return &Bank{accounts: make(map[AccountID]*Account)}
}

func (b *Bank) Open(id AccountID, owner string, initial int64) *Account {
	acc := &Account{ID: id, Owner: owner}
	acc.Deposit(initial)
	b.accounts[id] = acc
	return acc
}

func (b *Bank) Transfer(from, to AccountID, amount int64) error {
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("transfer from %q: %w", from, ErrUnknownAccount)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("transfer to %q: %w", to, ErrUnknownAccount)
	}
	if err := src.Withdraw(amount); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	dst.Deposit(amount)
	return nil
}

func main() {
	bank := NewBank()
	bank.Open("A1", "alice", 10000)
	bank.Open("B2", "bob", 2500)
	bank.Open("C3", "carol", 0)

	transfers := []struct {
		from, to AccountID
		amount   int64
	}{
		{"A1", "B2", 1500},
		{"B2", "C3", 5000},
		{"C3", "A1", 10},
		{"A1", "Z9", 100},
		{"B2", "C3", 3999},
	}
	for i, t := range transfers {
		err := bank.Transfer(t.from, t.to, t.amount)
		var ife *InsufficientFundsError
		switch {
		case err == nil:
			fmt.Printf("%d: ok %s->%s %d\n", i, t.from, t.to, t.amount)
		case errors.As(err, &ife):
			fmt.Printf("%d: short by %d: %v\n", i, ife.Need-ife.Have, err)
		case errors.Is(err, ErrUnknownAccount):
			fmt.Printf("%d: unknown: %v\n", i, err)
		default:
			fmt.Printf("%d: other: %v\n", i, err)
		}
	}

	ids := make([]string, 0, len(bank.accounts))
	for id := range bank.accounts {
		ids = append(ids, string(id))
	}
	sort.Strings(ids)
	var total int64
	for _, id := range ids {
		acc := bank.accounts[AccountID(id)]
		fmt.Println(acc.Summary(), "|", strings.Join(acc.History, " "))
		total += acc.Balance
	}
	fmt.Printf("total=%d accounts=%d\n", total, len(ids))
	fmt.Printf("%+v\n", *bank.accounts["C3"])
}
