// Order fulfillment with wrapped sentinel and typed errors (errors.Is / errors.As).
package main

import (
	"errors"
	"fmt"
	"sort"
)

var (
	ErrUnknownSKU = errors.New("unknown sku")
	ErrCreditHold = errors.New("customer on credit hold")
	ErrEmptyOrder = errors.New("order has no lines")
)

type StockError struct {
	SKU             string
	Want, Available int
}

func (e *StockError) Error() string {
	return fmt.Sprintf("insufficient stock for %s: want %d, have %d", e.SKU, e.Want, e.Available)
}

type Order struct {
	ID       string
	Customer string
	Lines    map[string]int
}

type Warehouse struct {
	stock      map[string]int
	creditHold map[string]bool
}

func (w *Warehouse) Fulfill(o Order) (shipped int, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("order %s: %w", o.ID, err)
		}
	}()
	if len(o.Lines) == 0 {
		return 0, ErrEmptyOrder
	}
	if w.creditHold[o.Customer] {
		return 0, fmt.Errorf("customer %s: %w", o.Customer, ErrCreditHold)
	}
	skus := make([]string, 0, len(o.Lines))
	for s := range o.Lines {
		skus = append(skus, s)
	}
	sort.Strings(skus)
	// validate all lines before reserving anything
	var errs []error
	for _, s := range skus {
		have, ok := w.stock[s]
		switch {
		case !ok:
			errs = append(errs, fmt.Errorf("line %s: %w", s, ErrUnknownSKU))
		case have < o.Lines[s]:
			errs = append(errs, &StockError{s, o.Lines[s], have})
		}
	}
	if len(errs) > 0 {
		return 0, errors.Join(errs...)
	}
	for _, s := range skus {
		w.stock[s] -= o.Lines[s]
		shipped += o.Lines[s]
	}
	return shipped, nil
}

func main() {
	w := &Warehouse{
		stock:      map[string]int{"A-100": 50, "B-200": 8, "C-300": 0, "D-400": 120},
		creditHold: map[string]bool{"CUST-ROGUE": true},
	}
	orders := []Order{
		{"SO-1001", "CUST-ACME", map[string]int{"A-100": 10, "D-400": 25}},
		{"SO-1002", "CUST-BETA", map[string]int{"B-200": 12}},
		{"SO-1003", "CUST-ROGUE", map[string]int{"A-100": 1}},
		{"SO-1004", "CUST-GAMMA", map[string]int{"C-300": 2, "Z-999": 1, "A-100": 5}},
		{"SO-1005", "CUST-ACME", nil},
		{"SO-1006", "CUST-BETA", map[string]int{"B-200": 8, "A-100": 40}},
	}
	tally := map[string]int{}
	for _, o := range orders {
		n, err := w.Fulfill(o)
		if err == nil {
			fmt.Printf("OK    %s shipped %d units\n", o.ID, n)
			tally["ok"]++
			continue
		}
		fmt.Printf("FAIL  %v\n", err)
		var se *StockError
		switch {
		case errors.As(err, &se):
			fmt.Printf("      -> backorder %d x %s\n", se.Want-se.Available, se.SKU)
			tally["stock"]++
		case errors.Is(err, ErrCreditHold):
			fmt.Println("      -> route to credit team")
			tally["credit"]++
		case errors.Is(err, ErrEmptyOrder):
			tally["empty"]++
		}
		if errors.Is(err, ErrUnknownSKU) {
			fmt.Println("      -> catalog mismatch, notify merchandising")
		}
	}
	keys := make([]string, 0, len(w.stock))
	for k := range w.stock {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("\nRemaining stock:")
	for _, k := range keys {
		fmt.Printf("  %-6s %4d\n", k, w.stock[k])
	}
	fmt.Printf("Outcome: ok=%d stock=%d credit=%d empty=%d\n", tally["ok"], tally["stock"], tally["credit"], tally["empty"])
}
