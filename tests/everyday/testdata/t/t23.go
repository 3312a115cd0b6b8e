package main

import (
	"errors"
	"fmt"
)

var (
	ErrInsufficient = errors.New("insufficient funds")
	ErrFrozen       = errors.New("account frozen")
)

type TxError struct {
	Op     string
	Amount int
	Err    error
}

func (e *TxError) Error() string { return fmt.Sprintf("%s %d: %v", e.Op, e.Amount, e.Err) }
func (e *TxError) Unwrap() error { return e.Err }

type Account struct {
	Owner   string
	balance int
	frozen  bool
	history []string
}

func (a *Account) Deposit(n int) {
	a.balance += n
	a.history = append(a.history, fmt.Sprintf("+%d", n))
}

func (a *Account) Withdraw(n int) error {
	switch {
	case a.frozen:
		return &TxError{"withdraw", n, ErrFrozen}
	case n > a.balance:
		return &TxError{"withdraw", n, ErrInsufficient}
	}
	a.balance -= n
	a.history = append(a.history, fmt.Sprintf("-%d", n))
	return nil
}

func (a Account) Balance() int { return a.balance }

func Transfer(from, to *Account, n int) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer %s->%s failed: %w", from.Owner, to.Owner, err)
		}
	}()
	if err := from.Withdraw(n); err != nil {
		return err
	}
	to.Deposit(n)
	return nil
}

type Balancer interface{ Balance() int }

func main() {
	alice := &Account{Owner: "alice"}
	bob := &Account{Owner: "bob"}
	alice.Deposit(100)
	fmt.Println(Transfer(alice, bob, 30))
	err := Transfer(alice, bob, 500)
	fmt.Println(err)
	var te *TxError
	if errors.As(err, &te) {
		fmt.Println("op:", te.Op, "amount:", te.Amount)
	}
	fmt.Println(errors.Is(err, ErrInsufficient), errors.Is(err, ErrFrozen))

	bob.frozen = true
	err = Transfer(bob, alice, 10)
	fmt.Println(err, errors.Is(err, ErrFrozen))
	fmt.Println(errors.Unwrap(errors.Unwrap(err)) == ErrFrozen)

	accts := []Balancer{alice, bob, *alice}
	total := 0
	for _, a := range accts {
		total += a.Balance()
	}
	fmt.Println("total:", total)
	snapshot := *alice
	alice.Deposit(1)
	fmt.Println(snapshot.Balance(), alice.Balance(), len(snapshot.history), len(alice.history))
	fmt.Println(alice.history, bob.history)
	fmt.Printf("%+v\n", *bob)
}
