package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Account struct {
	Owner   string
	Balance int
	Frozen  bool
}

func (a Account) Summary() string {
	state := "active"
	if a.Frozen {
		state = "frozen"
	}
	return fmt.Sprintf("%s:%d(%s)", a.Owner, a.Balance, state)
}

func (a *Account) Deposit(n int) { a.Balance += n }
func (a *Account) Freeze()       { a.Frozen = true }

func (a Account) ByBalance(b Account) int { return cmp.Compare(a.Balance, b.Balance) }

type Ledger struct {
	entries []string
}

func (l *Ledger) Record(format string, args ...any) {
	l.entries = append(l.entries, fmt.Sprintf(format, args...))
}

// applyAll takes a method expression: a function whose first arg is the receiver.
func applyAll(accts []*Account, op func(*Account, int), amount int) {
	for _, a := range accts {
		op(a, amount)
	}
}

func mapStrings[T any](xs []T, f func(T) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	accts := []*Account{{"ann", 120, false}, {"bob", 40, false}, {"cy", 300, false}}

	// Method expression on pointer type: func(*Account, int)
	deposit := (*Account).Deposit
	applyAll(accts, deposit, 10)

	// Method value bound to a specific receiver.
	freezeBob := accts[1].Freeze
	freezeBob()

	// Method expression on value type works for value-receiver methods.
	summary := Account.Summary
	vals := make([]Account, len(accts))
	for i, a := range accts {
		vals[i] = *a
	}
	fmt.Println("summaries:", strings.Join(mapStrings(vals, summary), " "))

	// Value-receiver method expressions are also available on the pointer type.
	psummary := (*Account).Summary
	fmt.Println("via pointer expr:", psummary(accts[2]))

	// Method expression as comparison function.
	slices.SortFunc(vals, Account.ByBalance)
	fmt.Println("sorted:", mapStrings(vals, Account.Summary))

	// Method value captured from a ledger; later calls see the same *Ledger.
	var ledger Ledger
	record := ledger.Record
	for _, a := range accts {
		record("%s balance %d", a.Owner, a.Balance)
	}
	fmt.Println("ledger:", ledger.entries)

	// Method value bound to a copy: later changes to the original are not seen.
	snapshot := accts[0].Summary // receiver is copied when the value is evaluated
	accts[0].Deposit(1000)
	fmt.Println("snapshot:", snapshot(), "live:", accts[0].Summary())

	// A table of operations keyed by name, all sharing one signature.
	ops := map[string]func(*Account){
		"freeze": (*Account).Freeze,
		"bonus":  func(a *Account) { a.Deposit(5) },
	}
	for _, name := range []string{"bonus", "freeze", "bonus"} {
		ops[name](accts[2])
	}
	fmt.Println("after ops:", accts[2].Summary())
	fmt.Printf("types: %T | %T | %T\n", deposit, summary, freezeBob)
}
