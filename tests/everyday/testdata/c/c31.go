// A concurrency-safe generic memoizer that computes each key exactly once,
// used to price a batch of multi-currency invoices in parallel.
package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

type Memo[K comparable, V any] struct {
	mu      sync.Mutex
	entries map[K]func() (V, error)
	fn      func(K) (V, error)
	calls   atomic.Int64
	lookups atomic.Int64
}

func NewMemo[K comparable, V any](fn func(K) (V, error)) *Memo[K, V] {
	return &Memo[K, V]{entries: map[K]func() (V, error){}, fn: fn}
}

func (m *Memo[K, V]) Get(k K) (V, error) {
	m.lookups.Add(1)
	m.mu.Lock()
	e, ok := m.entries[k]
	if !ok {
		e = sync.OnceValues(func() (V, error) {
			m.calls.Add(1)
			return m.fn(k)
		})
		m.entries[k] = e
	}
	m.mu.Unlock()
	return e() // concurrent callers for the same key block on the same Once
}

func (m *Memo[K, V]) Stats() (lookups, computed int64) {
	return m.lookups.Load(), m.calls.Load()
}

var ErrNoRate = errors.New("no exchange rate")

// rates to EUR, in 1/10000 units, as if fetched from a slow upstream.
var upstream = map[string]int64{"EUR": 10000, "USD": 9210, "GBP": 11690, "JPY": 61, "CHF": 10440, "SEK": 871}

func fetchRate(cur string) (int64, error) {
	r, ok := upstream[cur]
	if !ok {
		return 0, fmt.Errorf("%w for %s", ErrNoRate, cur)
	}
	return r, nil
}

type Line struct {
	Currency string
	Amount   int64 // minor units of Currency (JPY has none, treated the same for simplicity)
}

type Invoice struct {
	ID    string
	Lines []Line
}

type Priced struct {
	ID       string
	EURCents int64
	Err      error
}

func price(m *Memo[string, int64], inv Invoice) Priced {
	p := Priced{ID: inv.ID}
	var errs []error
	for _, l := range inv.Lines {
		rate, err := m.Get(l.Currency)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		p.EURCents += l.Amount * rate / 10000
	}
	p.Err = errors.Join(errs...)
	return p
}

func main() {
	invoices := []Invoice{
		{"INV-001", []Line{{"USD", 120000}, {"EUR", 5000}}},
		{"INV-002", []Line{{"GBP", 45000}, {"USD", 1999}}},
		{"INV-003", []Line{{"JPY", 1500000}}},
		{"INV-004", []Line{{"CHF", 80000}, {"SEK", 250000}, {"EUR", 100}}},
		{"INV-005", []Line{{"USD", 100}, {"XYZ", 5000}, {"ABC", 1}}},
		{"INV-006", []Line{{"GBP", 100}, {"GBP", 200}, {"USD", 300}}},
		{"INV-007", []Line{{"SEK", 99900}, {"JPY", 2000}}},
		{"INV-008", []Line{{"XYZ", 42}}},
	}
	memo := NewMemo(fetchRate)

	results := make([]Priced, len(invoices))
	var wg sync.WaitGroup
	for i, inv := range invoices {
		wg.Go(func() { results[i] = price(memo, inv) })
	}
	wg.Wait()

	var total int64
	for _, r := range results {
		if r.Err != nil {
			msgs := strings.ReplaceAll(r.Err.Error(), "\n", "; ")
			fmt.Printf("%s  partial €%8.2f  errors: %s\n", r.ID, float64(r.EURCents)/100, msgs)
		} else {
			fmt.Printf("%s  total   €%8.2f\n", r.ID, float64(r.EURCents)/100)
		}
		total += r.EURCents
	}
	fmt.Printf("grand total €%.2f\n", float64(total)/100)

	lookups, computed := memo.Stats()
	fmt.Printf("rate lookups: %d, upstream fetches: %d\n", lookups, computed)

	// Hammer the memo from many goroutines; each currency is still fetched once.
	currencies := []string{"EUR", "USD", "GBP", "JPY", "CHF", "SEK", "NOK"}
	var failures atomic.Int64
	for range 50 {
		for _, c := range currencies {
			wg.Go(func() {
				if _, err := memo.Get(c); errors.Is(err, ErrNoRate) {
					failures.Add(1)
				}
			})
		}
	}
	wg.Wait()
	lookups, computed = memo.Stats()
	fmt.Printf("after stress: lookups=%d fetches=%d failed lookups=%d\n", lookups, computed, failures.Load())

	keys := make([]string, 0)
	memo.mu.Lock()
	for k := range memo.entries {
		keys = append(keys, k)
	}
	memo.mu.Unlock()
	slices.Sort(keys)
	fmt.Println("cached keys:", keys)
	for _, k := range keys {
		r, err := memo.Get(k)
		if err != nil {
			fmt.Printf("  %s: %v\n", k, err)
			continue
		}
		fmt.Printf("  1 %s = %.4f EUR\n", k, float64(r)/10000)
	}
}
