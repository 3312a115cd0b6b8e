package main

import (
	"errors"
	"fmt"
	"strconv"
)

var (
	ErrNotFound     = errors.New("not found")
	ErrInsufficient = errors.New("insufficient funds")
)

type ValidationError struct {
	Field string
	Value string
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %q", e.Field, e.Value)
}

type Account struct {
	ID      string
	Balance int64
}

type Bank struct {
	accounts map[string]*Account
}

func (b *Bank) Get(id string) (*Account, error) {
	a, ok := b.accounts[id]
	if !ok {
		return nil, fmt.Errorf("account %s: %w", id, ErrNotFound)
	}
	return a, nil
}

func (b *Bank) Transfer(from, to, amountStr string) error {
	amt, err := strconv.ParseInt(amountStr, 10, 64)
	if err != nil {
		return fmt.Errorf("transfer: %w", &ValidationError{"amount", amountStr})
	}
	if amt <= 0 {
		return &ValidationError{Field: "amount", Value: amountStr}
	}
	src, err := b.Get(from)
	if err != nil {
		return fmt.Errorf("transfer from: %w", err)
	}
	dst, err := b.Get(to)
	if err != nil {
		return fmt.Errorf("transfer to: %w", err)
	}
	if src.Balance < amt {
		return fmt.Errorf("transfer %d from %s (has %d): %w", amt, from, src.Balance, ErrInsufficient)
	}
	src.Balance -= amt
	dst.Balance += amt
	return nil
}

func main() {
	b := &Bank{accounts: map[string]*Account{
		"alice": {"alice", 100},
		"bob":   {"bob", 50},
	}}
	cases := [][3]string{
		{"alice", "bob", "30"},
		{"bob", "carol", "10"},
		{"bob", "alice", "500"},
		{"alice", "bob", "abc"},
		{"alice", "bob", "-5"},
		{"dave", "bob", "1"},
		{"bob", "alice", "80"},
	}
	for i, c := range cases {
		err := b.Transfer(c[0], c[1], c[2])
		var ve *ValidationError
		switch {
		case err == nil:
			fmt.Printf("%d ok\n", i)
		case errors.Is(err, ErrNotFound):
			fmt.Printf("%d missing: %v\n", i, err)
		case errors.Is(err, ErrInsufficient):
			fmt.Printf("%d funds: %v\n", i, err)
		case errors.As(err, &ve):
			fmt.Printf("%d validation field=%s value=%q wrapped=%t\n", i, ve.Field, ve.Value, errors.Unwrap(err) != nil)
		default:
			fmt.Printf("%d other: %v\n", i, err)
		}
	}
	for _, id := range []string{"alice", "bob"} {
		a, _ := b.Get(id)
		fmt.Printf("%-6s %4d\n", a.ID, a.Balance)
	}

	joined := errors.Join(ErrNotFound, &ValidationError{"name", ""}, nil)
	fmt.Println("joined:", joined)
	fmt.Println(errors.Is(joined, ErrNotFound), errors.Is(joined, ErrInsufficient))
	var ve *ValidationError
	if errors.As(joined, &ve) {
		fmt.Printf("as: %T %s\n", ve, ve.Field)
	}

	_, err := strconv.Atoi("12x")
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println("numerror:", ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrSyntax))
	}
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
}
