package main

import (
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
)

type Account struct {
	mu      sync.Mutex
	balance int
	ledger  []int
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance, a.ledger = a.balance+n, append(a.ledger, n)
}

func (a *Account) Withdraw(n int) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.balance < n {
		return false
	}
	a.balance, a.ledger = a.balance-n, append(a.ledger, -n)
	return true
}

type Cache struct {
	mu   sync.RWMutex
	data map[int]int
}

func (c *Cache) Get(k int) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Set(k, v int) { c.mu.Lock(); c.data[k] = v; c.mu.Unlock() }

var loads int
var loadConfig = sync.OnceValue(func() map[string]string {
	loads++
	return map[string]string{"env": "test", "region": "eu"}
})

func main() {
	acct := &Account{}
	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Go(func() { acct.Deposit(i) })
	}
	wg.Wait()
	fmt.Println("balance after deposits:", acct.balance, "entries:", len(acct.ledger))
	var ok, failed atomic.Int64
	for range 60 {
		wg.Go(func() {
			if acct.Withdraw(100) {
				ok.Add(1)
			} else {
				failed.Add(1)
			}
		})
	}
	wg.Wait()
	fmt.Println("withdrawals ok:", ok.Load(), "failed:", failed.Load(), "balance:", acct.balance)
	cache := &Cache{data: map[int]int{}}
	results := make(chan [2]int, 20)
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, hit := cache.Get(i % 5); !hit {
				cache.Set(i%5, (i%5)*(i%5))
			}
			v, _ := cache.Get(i % 5)
			results <- [2]int{i, v}
		}()
	}
	wg.Wait()
	close(results)
	var collected [][2]int
	for r := range results {
		collected = append(collected, r)
	}
	slices.SortFunc(collected, func(a, b [2]int) int { return a[0] - b[0] })
	fmt.Println(collected[:7], len(collected), len(cache.data))
	for range 10 {
		wg.Go(func() { _ = loadConfig() })
	}
	wg.Wait()
	fmt.Println("config loads:", loads, loadConfig()["region"])
	sem := make(chan struct{}, 3)
	var active, peak atomic.Int32
	var total atomic.Int64
	for i := 1; i <= 12; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			cur := active.Add(1)
			for {
				p := peak.Load()
				if cur <= p || peak.CompareAndSwap(p, cur) {
					break
				}
			}
			total.Add(int64(n * n))
			active.Add(-1)
		}(i)
	}
	wg.Wait()
	fmt.Println("sum squares:", total.Load(), "peak<=3:", peak.Load() <= 3, "active:", active.Load())
}
