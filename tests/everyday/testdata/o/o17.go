package main

import (
	"fmt"
	"slices"
	"strings"
)

// Generator returns the next Fibonacci number each call.
func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

// Memo wraps a function with a cache and reports hit statistics.
func Memo[K comparable, V any](f func(K) V) (func(K) V, func() (int, int)) {
	cache := map[K]V{}
	hits, misses := 0, 0
	get := func(k K) V {
		if v, ok := cache[k]; ok {
			hits++
			return v
		}
		misses++
		v := f(k)
		cache[k] = v
		return v
	}
	return get, func() (int, int) { return hits, misses }
}

// Account closure-based object with private state.
type Account struct {
	Deposit  func(int)
	Withdraw func(int) bool
	Balance  func() int
	History  func() []string
}

func NewAccount(owner string) Account {
	bal := 0
	var hist []string
	note := func(s string, args ...any) { hist = append(hist, fmt.Sprintf(owner+": "+s, args...)) }
	return Account{
		Deposit: func(n int) { bal += n; note("+%d -> %d", n, bal) },
		Withdraw: func(n int) bool {
			if n > bal {
				note("refused -%d (have %d)", n, bal)
				return false
			}
			bal -= n
			note("-%d -> %d", n, bal)
			return true
		},
		Balance: func() int { return bal },
		History: func() []string { return slices.Clone(hist) },
	}
}

func main() {
	next := fib()
	var fs []string
	for range 12 {
		fs = append(fs, fmt.Sprint(next()))
	}
	fmt.Println("fib:", strings.Join(fs, " "))

	// Each iteration has its own variable since Go 1.22.
	var printers []func() string
	for i := range 3 {
		printers = append(printers, func() string { return fmt.Sprintf("i=%d", i) })
	}
	for _, p := range printers {
		fmt.Print(p(), " ")
	}
	fmt.Println()

	// Shared captured variable.
	total := 0
	adders := []func(int){}
	for _, w := range []int{1, 10, 100} {
		adders = append(adders, func(x int) { total += x * w })
	}
	for i, a := range adders {
		a(i + 1)
	}
	fmt.Println("shared total:", total)

	var slowCalls int
	var collatz func(int) int
	collatzMemo, stats := Memo(func(n int) int { slowCalls++; return collatz(n) })
	collatz = func(n int) int {
		if n == 1 {
			return 0
		}
		if n%2 == 0 {
			return 1 + collatzMemo(n/2)
		}
		return 1 + collatzMemo(3*n+1)
	}
	best, bestN := 0, 0
	for n := 1; n <= 30; n++ {
		if s := collatzMemo(n); s > best {
			best, bestN = s, n
		}
	}
	h, m := stats()
	fmt.Printf("collatz: longest under 31 is n=%d with %d steps (hits=%d misses=%d computed=%d)\n", bestN, best, h, m, slowCalls)

	acc := NewAccount("ann")
	acc.Deposit(100)
	acc.Withdraw(30)
	acc.Withdraw(200)
	acc.Deposit(5)
	fmt.Println("balance:", acc.Balance())
	hist := acc.History()
	hist[0] = "tampered"
	for _, h := range acc.History() {
		fmt.Println("  ", h)
	}

	// Middleware-ish decorator counting calls.
	countCalls := func(name string, f func(string) string) (func(string) string, *int) {
		n := new(int)
		return func(s string) string { *n++; return f(s) }, n
	}
	up, upN := countCalls("upper", strings.ToUpper)
	for _, w := range []string{"go", "closures", "capture"} {
		fmt.Print(up(w), " ")
	}
	fmt.Println("| calls:", *upN)
}
