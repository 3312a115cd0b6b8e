// Multi-currency Money type with minor units, conversion via rate table, and mismatch errors.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Currency string

var minorUnits = map[Currency]int{"USD": 2, "EUR": 2, "GBP": 2, "JPY": 0, "KWD": 3}

type Money struct {
	Amount int64 // in minor units
	Cur    Currency
}

func (m Money) String() string {
	digits, ok := minorUnits[m.Cur]
	if !ok {
		digits = 2 // ISO 4217 default
	}
	neg := m.Amount < 0
	a := m.Amount
	if neg {
		a = -a
	}
	var s string
	if digits == 0 {
		s = fmt.Sprintf("%d", a)
	} else {
		pow := int64(1)
		for range digits {
			pow *= 10
		}
		s = fmt.Sprintf("%d.%0*d", a/pow, digits, a%pow)
	}
	if neg {
		s = "-" + s
	}
	return s + " " + string(m.Cur)
}

type MismatchError struct{ A, B Currency }

func (e MismatchError) Error() string { return fmt.Sprintf("currency mismatch: %s vs %s", e.A, e.B) }

var ErrNoRate = errors.New("no exchange rate")

func (m Money) Add(o Money) (Money, error) {
	if m.Cur != o.Cur {
		return Money{}, MismatchError{m.Cur, o.Cur}
	}
	return Money{m.Amount + o.Amount, m.Cur}, nil
}

// Rates holds "units of USD per 1 major unit" scaled by 1e6.
type Rates map[Currency]int64

func (r Rates) Convert(m Money, to Currency) (Money, error) {
	from, ok1 := r[m.Cur]
	dst, ok2 := r[to]
	if !ok1 || !ok2 {
		return Money{}, fmt.Errorf("convert %s -> %s: %w", m.Cur, to, ErrNoRate)
	}
	scale := func(c Currency) int64 {
		p := int64(1)
		for range minorUnits[c] {
			p *= 10
		}
		return p
	}
	// amount_minor * from / scale(from) = USD major; * scale(to) / dst = target minor
	num := m.Amount * from * scale(to)
	den := scale(m.Cur) * dst
	q := num / den
	if rem := num % den; rem*2 >= den {
		q++
	}
	return Money{q, to}, nil
}

func main() {
	rates := Rates{"USD": 1_000_000, "EUR": 1_084_300, "GBP": 1_267_900, "JPY": 6_410, "KWD": 3_254_100}
	expenses := []Money{
		{125050, "EUR"}, {89900, "USD"}, {1800000, "JPY"}, {45075, "GBP"},
		{12500, "EUR"}, {78250, "KWD"}, {9999, "CHF"},
	}
	subtotals := map[Currency]Money{}
	var reportTotal Money = Money{0, "USD"}
	for _, e := range expenses {
		st, ok := subtotals[e.Cur]
		if !ok {
			st = Money{0, e.Cur}
		}
		subtotals[e.Cur], _ = st.Add(e)
		usd, err := rates.Convert(e, "USD")
		if err != nil {
			fmt.Printf("skip %-16v %v\n", e, err)
			continue
		}
		fmt.Printf("%18v  => %14v\n", e, usd)
		reportTotal, _ = reportTotal.Add(usd)
	}
	fmt.Println(strings.Repeat("-", 36))
	fmt.Printf("%18s  => %14v\n", "Report total", reportTotal)

	curs := make([]string, 0, len(subtotals))
	for c := range subtotals {
		curs = append(curs, string(c))
	}
	sort.Strings(curs)
	fmt.Println("\nSubtotals by currency:")
	for _, c := range curs {
		fmt.Printf("  %v\n", subtotals[Currency(c)])
	}

	if _, err := subtotals["EUR"].Add(subtotals["GBP"]); err != nil {
		var me MismatchError
		fmt.Printf("\nAdd EUR+GBP: %v (MismatchError: %t)\n", err, errors.As(err, &me))
	}
	eur, _ := rates.Convert(reportTotal, "EUR")
	back, _ := rates.Convert(eur, "USD")
	fmt.Printf("Round trip: %v -> %v -> %v\n", reportTotal, eur, back)
}
