// Payment ledger events processed with a type switch into a customer balance report.
package main

import (
	"fmt"
	"slices"
	"strings"
)

type Event interface{ Customer() string }

type base struct{ Cust string }

func (b base) Customer() string { return b.Cust }

type Charge struct {
	base
	Amount int64
	Desc   string
}
type Payment struct {
	base
	Amount int64
	Method string
}
type Refund struct {
	base
	Amount int64
	Reason string
}
type Chargeback struct {
	base
	Amount int64
	Fee    int64
}
type Note struct {
	base
	Text string
}

type Account struct {
	Balance     int64 // positive = customer owes us
	Charged     int64
	Collected   int64
	Disputes    int
	ByMethod    map[string]int64
	Annotations []string
}

func c(v int64) string { return fmt.Sprintf("%.2f", float64(v)/100) }

func main() {
	events := []Event{
		Charge{base{"acme"}, 250000, "Q1 retainer"},
		Charge{base{"zenith"}, 49900, "Pro plan"},
		Payment{base{"acme"}, 150000, "ach"},
		Charge{base{"orbit"}, 120000, "Setup fee"},
		Payment{base{"zenith"}, 49900, "card"},
		Chargeback{base{"zenith"}, 49900, 1500},
		Note{base{"zenith"}, "disputed: 'did not authorize'"},
		Payment{base{"orbit"}, 120000, "card"},
		Refund{base{"orbit"}, 20000, "partial service credit"},
		Payment{base{"acme"}, 100000, "wire"},
		Charge{base{"acme"}, 18000, "Overage"},
	}
	accts := map[string]*Account{}
	get := func(name string) *Account {
		a, ok := accts[name]
		if !ok {
			a = &Account{ByMethod: map[string]int64{}}
			accts[name] = a
		}
		return a
	}
	for _, ev := range events {
		a := get(ev.Customer())
		switch e := ev.(type) {
		case Charge:
			a.Balance += e.Amount
			a.Charged += e.Amount
		case Payment:
			a.Balance -= e.Amount
			a.Collected += e.Amount
			a.ByMethod[e.Method] += e.Amount
		case Refund:
			a.Balance += e.Amount
			a.Collected -= e.Amount
			a.Annotations = append(a.Annotations, "refund: "+e.Reason)
		case Chargeback:
			a.Balance += e.Amount + e.Fee
			a.Collected -= e.Amount
			a.Disputes++
		case Note:
			a.Annotations = append(a.Annotations, e.Text)
		default:
			panic(fmt.Sprintf("unhandled event %T", e))
		}
	}

	names := make([]string, 0, len(accts))
	for n := range accts {
		names = append(names, n)
	}
	slices.Sort(names)
	fmt.Printf("%-8s %10s %10s %10s %4s  %s\n", "Customer", "Charged", "Collected", "Balance", "Disp", "Methods")
	for _, n := range names {
		a := accts[n]
		methods := make([]string, 0, len(a.ByMethod))
		for m, amt := range a.ByMethod {
			methods = append(methods, m+"="+c(amt))
		}
		slices.Sort(methods)
		fmt.Printf("%-8s %10s %10s %10s %4d  %s\n", n, c(a.Charged), c(a.Collected), c(a.Balance), a.Disputes, strings.Join(methods, ","))
		for _, note := range a.Annotations {
			fmt.Printf("%10s* %s\n", "", note)
		}
	}
}
