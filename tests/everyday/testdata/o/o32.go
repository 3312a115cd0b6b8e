package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

type Currency string

const (
	USD Currency = "USD"
	EUR Currency = "EUR"
	JPY Currency = "JPY"
)

var decimals = map[Currency]int{USD: 2, EUR: 2, JPY: 0}
var symbols = map[Currency]string{USD: "$", EUR: "€", JPY: "¥"}

type Money struct {
	Amount int64 // minor units
	Cur    Currency
}

type MismatchError struct{ A, B Currency }

func (e MismatchError) Error() string { return fmt.Sprintf("currency mismatch: %s vs %s", e.A, e.B) }

var ErrNegativeSplit = errors.New("split into non-positive parts")

func (m Money) Add(o Money) (Money, error) {
	if m.Cur != o.Cur {
		return Money{}, MismatchError{m.Cur, o.Cur}
	}
	return Money{m.Amount + o.Amount, m.Cur}, nil
}

// Allocate splits by ratios, distributing remainders to the first parts.
func (m Money) Allocate(ratios ...int) ([]Money, error) {
	total := 0
	for _, r := range ratios {
		if r <= 0 {
			return nil, fmt.Errorf("allocate %v by %v: %w", m, ratios, ErrNegativeSplit)
		}
		total += r
	}
	out := make([]Money, len(ratios))
	var used int64
	for i, r := range ratios {
		out[i] = Money{m.Amount * int64(r) / int64(total), m.Cur}
		used += out[i].Amount
	}
	for i := 0; used < m.Amount; i++ {
		out[i%len(out)].Amount++
		used++
	}
	return out, nil
}

func (m Money) Format(f fmt.State, verb rune) {
	d := decimals[m.Cur]
	neg := m.Amount < 0
	a := m.Amount
	if neg {
		a = -a
	}
	unit := int64(1)
	for range d {
		unit *= 10
	}
	whole := fmt.Sprint(a / unit)
	// thousands separators
	var parts []string
	for len(whole) > 3 {
		parts = append([]string{whole[len(whole)-3:]}, parts...)
		whole = whole[:len(whole)-3]
	}
	parts = append([]string{whole}, parts...)
	num := strings.Join(parts, ",")
	if d > 0 {
		num += fmt.Sprintf(".%0*d", d, a%unit)
	}
	sign := ""
	if neg {
		sign = "-"
	} else if f.Flag('+') {
		sign = "+"
	}
	var out string
	switch verb {
	case 's', 'v':
		if f.Flag('#') {
			out = fmt.Sprintf("Money{%d %s}", m.Amount, m.Cur)
		} else {
			out = fmt.Sprintf("%s%s%s", sign, symbols[m.Cur], num)
		}
	case 'c':
		out = fmt.Sprintf("%s%s %s", sign, num, m.Cur)
	default:
		out = fmt.Sprintf("%%!%c(Money)", verb)
	}
	if w, ok := f.Width(); ok {
		if pad := w - utf8.RuneCountInString(out); pad > 0 {
			if f.Flag('-') {
				out += strings.Repeat(" ", pad)
			} else {
				out = strings.Repeat(" ", pad) + out
			}
		}
	}
	fmt.Fprint(f, out)
}

func main() {
	prices := []Money{{129999, USD}, {500, USD}, {-2550, USD}, {1500000, JPY}, {99, EUR}, {123456789, EUR}}
	for _, p := range prices {
		fmt.Printf("%-16v %-18c %+v  %#v\n", p, p, p, p)
	}
	sum := Money{0, USD}
	for _, p := range prices {
		s, err := sum.Add(p)
		var me MismatchError
		if errors.As(err, &me) {
			fmt.Printf("skip %v: %v (left=%s right=%s)\n", p, err, me.A, me.B)
			continue
		}
		sum = s
	}
	fmt.Printf("USD sum: %v\n", sum)

	bill := Money{10000, USD}
	for _, ratios := range [][]int{{1, 1, 1}, {70, 20, 10}, {3, 7}, {1, 0}, {1, 1, 1, 1, 1, 1, 1}} {
		parts, err := bill.Allocate(ratios...)
		if err != nil {
			fmt.Println("error:", err, "| is ErrNegativeSplit:", errors.Is(err, ErrNegativeSplit))
			continue
		}
		var check Money = Money{0, USD}
		strs := make([]string, len(parts))
		for i, p := range parts {
			strs[i] = fmt.Sprint(p)
			check, _ = check.Add(p)
		}
		fmt.Printf("split %v by %v: %s (sum %v)\n", bill, ratios, strings.Join(strs, " "), check)
	}
	yen, _ := Money{1000, JPY}.Allocate(1, 1, 1)
	fmt.Println("yen split:", yen)
	fmt.Printf("bad verb: %d\n", bill)
}
