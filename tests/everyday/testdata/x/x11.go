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
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

// round half away from zero: amount * bps / 10000
func applyRate(c Cents, bps int64) Cents {
	num := int64(c) * bps
	q, r := num/10000, num%10000
	if r*2 >= 10000 {
		q++
	} else if r*2 <= -10000 {
		q--
	}
	return Cents(q)
}

type InsufficientFunds struct {
	Need, Have Cents
}

func (e InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: need %v, have %v", e.Need, e.Have)
}

var ErrFrozen = errors.New("account frozen")

type Account struct {
	ID      string
	Balance Cents
	Frozen  bool
	History []string
}

func (a *Account) Deposit(c Cents) {
	a.Balance += c
	a.History = append(a.History, "dep "+c.String())
}

func (a *Account) Withdraw(c Cents) error {
	if a.Frozen {
		return fmt.Errorf("withdraw from %s: %w", a.ID, ErrFrozen)
	}
	if c > a.Balance {
		return fmt.Errorf("withdraw from %s: %w", a.ID, InsufficientFunds{c, a.Balance})
	}
	a.Balance -= c
	a.History = append(a.History, "wd "+c.String())
	return nil
}

type Bank map[string]*Account

func (b Bank) Transfer(from, to string, c Cents) error {
	if err := b[from].Withdraw(c); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	b[to].Deposit(c)
	return nil
}

func main() {
	bank := Bank{
		"alice": {ID: "alice", Balance: 100_00},
		"bob":   {ID: "bob", Balance: 25_50},
		"carol": {ID: "carol", Balance: 0, Frozen: true},
	}
	steps := []struct {
		from, to string
		amt      Cents
	}{
		{"alice", "bob", 30_25}, {"bob", "carol", 60_00}, {"carol", "alice", 1}, {"bob", "alice", 55_75},
	}
	for _, s := range steps {
		err := bank.Transfer(s.from, s.to, s.amt)
		var inf InsufficientFunds
		switch {
		case err == nil:
			fmt.Printf("ok   %s -> %s %v\n", s.from, s.to, s.amt)
		case errors.As(err, &inf):
			fmt.Printf("FAIL short by %v: %v\n", inf.Need-inf.Have, err)
		case errors.Is(err, ErrFrozen):
			fmt.Println("FAIL frozen:", err)
		}
	}
	ids := make([]string, 0, len(bank))
	for id := range bank {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var total Cents
	for _, id := range ids {
		a := bank[id]
		interest := applyRate(a.Balance, 125) // 1.25%
		a.Deposit(interest)
		total += a.Balance
		fmt.Printf("%-6s %9v interest=%v history=%v\n", id, a.Balance, interest, a.History)
	}
	fmt.Println("total:", total)
	for _, c := range []Cents{1, 40, 50, -50, 199, -12345} {
		fmt.Printf("%v * 0.5%% = %v; split3=%v r%d\n", c, applyRate(c, 50), c/3, c%3)
	}
}
