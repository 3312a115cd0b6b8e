package main

import (
	"cmp"
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound, ErrInsufficient = errors.New("not found"), errors.New("insufficient funds")

type ValidationError struct {
	Field string
	Value any
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %v", e.Field, e.Value)
}

type Account struct {
	ID      string
	Balance int
}

type Bank struct{ accounts map[string]*Account }

func (b *Bank) Get(id string) (*Account, error) {
	a, ok := b.accounts[id]
	if !ok {
		return nil, fmt.Errorf("account %q: %w", id, ErrNotFound)
	}
	return a, nil
}

func (b *Bank) Transfer(from, to string, amount int) error {
	if amount <= 0 {
		return &ValidationError{"amount", amount}
	}
	src, err := b.Get(from)
	dst, err2 := b.Get(to)
	if err = cmp.Or(err, err2); err != nil {
		return fmt.Errorf("transfer: %w", err)
	}
	if src.Balance < amount {
		return fmt.Errorf("transfer %d from %s: %w", amount, from, ErrInsufficient)
	}
	src.Balance -= amount
	dst.Balance += amount
	return nil
}

func safeDivide(a, b int) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			result = -1
		}
	}()
	return a / b, nil
}

func parseAll(xs []string) (sum int, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("parseAll(%d items): %w", len(xs), err)
			sum = 0
		}
	}()
	for _, x := range xs {
		n, e := strconv.Atoi(x)
		if e != nil {
			return sum, e
		}
		sum += n
	}
	return sum, nil
}

func main() {
	bank := &Bank{accounts: map[string]*Account{"alice": {"alice", 100}, "bob": {"bob", 50}}}
	attempts := []struct {
		from, to string
		amt      int
	}{{"alice", "bob", 30}, {"bob", "carol", 10}, {"bob", "alice", 500}, {"alice", "bob", -5}, {"bob", "alice", 80}}
	for _, a := range attempts {
		err := bank.Transfer(a.from, a.to, a.amt)
		var ve *ValidationError
		switch {
		case err == nil:
			fmt.Printf("ok: %s -> %s %d\n", a.from, a.to, a.amt)
		case errors.Is(err, ErrNotFound), errors.Is(err, ErrInsufficient):
			fmt.Println("rejected:", err)
		case errors.As(err, &ve):
			fmt.Printf("validation: field=%s value=%v (%v)\n", ve.Field, ve.Value, err)
		default:
			fmt.Println("other:", err)
		}
	}
	fmt.Println("alice:", bank.accounts["alice"].Balance, "bob:", bank.accounts["bob"].Balance)

	r1, err1 := safeDivide(10, 2)
	r2, err2 := safeDivide(10, 0)
	fmt.Println("divide:", r1, err1, r2, err2)

	s, err := parseAll([]string{"1", "2", "3"})
	fmt.Println(s, err)
	s, err = parseAll([]string{"4", "x5", "6"})
	fmt.Println(s, err)
	if numErr, ok := errors.AsType[*strconv.NumError](err); ok {
		fmt.Println("func:", numErr.Func, "num:", numErr.Num, "inner:", numErr.Err)
	}
	fmt.Println(errors.Unwrap(errors.Unwrap(err)) == strconv.ErrSyntax)

	joined := errors.Join(ErrNotFound, &ValidationError{"name", "<empty>"})
	fmt.Println(errors.Is(joined, ErrNotFound), errors.Is(joined, ErrInsufficient))
	fmt.Println(joined)
}
