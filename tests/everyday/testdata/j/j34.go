// Command j34 simulates a bank processing concurrent transfers. Locks are
// taken in a fixed order to avoid deadlock, and the workload is designed
// so every transfer succeeds regardless of order, giving stable results.
package main

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

type Account struct {
	mu      sync.Mutex
	ID      int
	Owner   string
	balance int64
}

type Bank struct {
	accounts []*Account
	ops      atomic.Int64
	failed   atomic.Int64
}

var (
	ErrSameAccount = errors.New("same account")
	ErrFunds       = errors.New("insufficient funds")
)

func (b *Bank) Transfer(from, to int, amount int64) error {
	b.ops.Add(1)
	if from == to {
		b.failed.Add(1)
		return ErrSameAccount
	}
	a, c := b.accounts[from], b.accounts[to]
	first, second := a, c
	if first.ID > second.ID { // global lock order by ID
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if a.balance < amount {
		b.failed.Add(1)
		return fmt.Errorf("transfer %d->%d of %d: %w", from, to, amount, ErrFunds)
	}
	a.balance -= amount
	c.balance += amount
	return nil
}

func (b *Bank) Total() int64 {
	var t int64
	for _, a := range b.accounts {
		a.mu.Lock()
		t += a.balance
		a.mu.Unlock()
	}
	return t
}

func main() {
	owners := []string{"ana", "ben", "cy", "dee", "eli"}
	bank := &Bank{}
	for i, o := range owners {
		bank.accounts = append(bank.accounts, &Account{ID: i, Owner: o, balance: 1000})
	}
	start := bank.Total()

	// Each account sends 10 transfers of 50 (500 total) to every other account
	// in rotation; since an account never sends more than it started with,
	// no transfer can fail, whatever the interleaving.
	var wg sync.WaitGroup
	for from := range len(owners) {
		for k := range 10 {
			to := (from + 1 + k%(len(owners)-1)) % len(owners)
			amount := int64(50 + from*5)
			wg.Go(func() {
				if err := bank.Transfer(from, to, amount); err != nil {
					panic(err) // would indicate a bug in the workload design
				}
			})
		}
	}
	wg.Wait()

	for _, a := range bank.accounts {
		fmt.Printf("%-4s #%d balance=%5d\n", a.Owner, a.ID, a.balance)
	}
	fmt.Printf("ops=%d failed=%d total before=%d after=%d conserved=%t\n",
		bank.ops.Load(), bank.failed.Load(), start, bank.Total(), start == bank.Total())

	// Sequential error cases are deterministic too.
	for _, tc := range []struct {
		from, to int
		amt      int64
	}{{0, 0, 10}, {1, 2, 5000}, {4, 3, 100}} {
		err := bank.Transfer(tc.from, tc.to, tc.amt)
		fmt.Printf("transfer %d->%d %d: err=%v funds=%t\n", tc.from, tc.to, tc.amt, err, errors.Is(err, ErrFunds))
	}
	fmt.Printf("ops=%d failed=%d\n", bank.ops.Load(), bank.failed.Load())

	// RWMutex-protected read-heavy rate table accessed concurrently.
	var rw sync.RWMutex
	rates := map[string]float64{"EUR": 1, "USD": 1.08, "GBP": 0.85}
	converted := make([]float64, len(owners))
	for i := range owners {
		wg.Go(func() {
			rw.RLock()
			defer rw.RUnlock()
			converted[i] = float64(bank.accounts[i].balance) * rates["USD"]
		})
	}
	wg.Wait()
	fmt.Printf("balances in USD: %.2f\n", converted)
}
