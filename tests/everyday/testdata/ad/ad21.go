// Bank transfers: per-account mutexes locked in ID order to avoid deadlock; money is conserved.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Account struct {
	ID      int
	Owner   string
	mu      sync.Mutex
	balance int
	history int
}

type Bank struct {
	accounts map[int]*Account
}

var ErrFunds = errors.New("insufficient funds")
var ErrSame = errors.New("same account")

func (b *Bank) Transfer(from, to, amount int) error {
	if from == to {
		return ErrSame
	}
	a, c := b.accounts[from], b.accounts[to]
	first, second := a, c
	if first.ID > second.ID {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if a.balance < amount {
		return ErrFunds
	}
	a.balance -= amount
	c.balance += amount
	a.history++
	c.history++
	return nil
}

func (b *Bank) Total() int {
	ids := make([]int, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	// lock everything in order for a consistent snapshot
	for _, id := range ids {
		b.accounts[id].mu.Lock()
	}
	t := 0
	for _, id := range ids {
		t += b.accounts[id].balance
	}
	for _, id := range ids {
		b.accounts[id].mu.Unlock()
	}
	return t
}

func main() {
	owners := []string{"ana", "ben", "cy", "dee", "eve", "fin"}
	bank := &Bank{accounts: map[int]*Account{}}
	for i, o := range owners {
		bank.accounts[i+1] = &Account{ID: i + 1, Owner: o, balance: 10_000}
	}
	start := bank.Total()

	// Each pair transfers the same amount in both directions, so final balances
	// are deterministic no matter how the goroutines interleave.
	type tx struct{ from, to, amt int }
	var txs []tx
	for i := 1; i <= 6; i++ {
		for j := 1; j <= 6; j++ {
			if i != j {
				amt := 10 * ((i*j)%7 + 1)
				txs = append(txs, tx{i, j, amt}, tx{j, i, amt})
			}
		}
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	errs := map[string]int{}
	for round := 0; round < 3; round++ {
		for _, t := range txs {
			wg.Add(1)
			go func(t tx) {
				defer wg.Done()
				if err := bank.Transfer(t.from, t.to, t.amt); err != nil {
					mu.Lock()
					errs[err.Error()]++
					mu.Unlock()
				}
			}(t)
		}
	}
	wg.Wait()

	// Deterministic failures: overdraft and same-account transfers, run sequentially.
	checks := []tx{{1, 1, 5}, {2, 3, 1_000_000}, {4, 5, 2_500}, {5, 4, 2_500}, {6, 1, 9_999}, {1, 6, 9_999}}
	for _, c := range checks {
		err := bank.Transfer(c.from, c.to, c.amt)
		fmt.Printf("transfer %d->%d %7d: %v\n", c.from, c.to, c.amt, err)
	}

	fmt.Println("account owner balance transfers")
	for id := 1; id <= len(owners); id++ {
		a := bank.accounts[id]
		fmt.Printf("%7d %-5s %7d %9d\n", a.ID, a.Owner, a.balance, a.history)
	}
	fmt.Printf("concurrent transfers: %d, failures: %v\n", len(txs)*3, errs)
	fmt.Printf("total before=%d after=%d conserved=%v\n", start, bank.Total(), start == bank.Total())
}
