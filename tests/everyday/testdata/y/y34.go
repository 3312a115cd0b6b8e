package main

import (
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"strings"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	whole := strconv.FormatInt(int64(c/100), 10)
	var parts []string
	for len(whole) > 3 {
		parts = append([]string{whole[len(whole)-3:]}, parts...)
		whole = whole[:len(whole)-3]
	}
	parts = append([]string{whole}, parts...)
	return fmt.Sprintf("%s$%s.%02d", sign, strings.Join(parts, ","), c%100)
}

var ErrFormat = errors.New("bad money format")

func ParseCents(s string) (Cents, error) {
	s = strings.ReplaceAll(strings.TrimPrefix(strings.TrimSpace(s), "$"), ",", "")
	whole, frac, hasFrac := strings.Cut(s, ".")
	if hasFrac && (len(frac) == 0 || len(frac) > 2) {
		return 0, fmt.Errorf("%q: %w", s, ErrFormat)
	}
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%q: %w", s, errors.Join(ErrFormat, err))
	}
	var f int64
	if hasFrac {
		f, err = strconv.ParseInt((frac + "0")[:2], 10, 64)
		if err != nil {
			return 0, fmt.Errorf("%q: %w", s, ErrFormat)
		}
	}
	if strings.HasPrefix(whole, "-") {
		return Cents(w*100 - f), nil
	}
	return Cents(w*100 + f), nil
}

type Entry struct {
	Desc   string
	Amount Cents
}

func splitEvenly(total Cents, n int) []Cents {
	base := total / Cents(n)
	rem := int(total % Cents(n))
	out := make([]Cents, n)
	for i := range out {
		out[i] = base
		if i < rem {
			out[i]++
		}
	}
	return out
}

func main() {
	raw := []string{"$1,250.00", "-45.5", "3.999", "12", "$0.07", "abc", "-1,000,000.01", "7."}
	var ledger []Entry
	for _, r := range raw {
		c, err := ParseCents(r)
		if err != nil {
			fmt.Printf("skip %-16q %v (format=%v)\n", r, err, errors.Is(err, ErrFormat))
			continue
		}
		ledger = append(ledger, Entry{r, c})
	}
	var bal Cents
	for _, e := range ledger {
		bal += e.Amount
		fmt.Printf("%-16s %16v %18v\n", e.Desc, e.Amount, bal)
	}
	slices.SortFunc(ledger, func(a, b Entry) int { return int(a.Amount - b.Amount) })
	fmt.Println("smallest:", ledger[0].Amount, "largest:", ledger[len(ledger)-1].Amount)

	shares := splitEvenly(10000, 3)
	var sum Cents
	for _, s := range shares {
		sum += s
	}
	fmt.Println("split $100 by 3:", shares, "sum:", sum)

	// compound interest with exact rationals
	principal := big.NewRat(1000000, 1) // cents
	rate := big.NewRat(5, 100*12)       // 5% APR monthly
	one := big.NewRat(1, 1)
	factor := new(big.Rat).Add(one, rate)
	amt := new(big.Rat).Set(principal)
	for range 12 {
		amt.Mul(amt, factor)
	}
	fmt.Println("after 1y (cents):", amt.FloatString(4))
	interest := new(big.Rat).Sub(amt, principal)
	f, exact := interest.Float64()
	fmt.Printf("interest: %.2f cents exact=%v -> %v\n", f, exact, Cents(f+0.5))

	var fl float64
	for range 10 {
		fl += 0.1
	}
	var ct Cents
	for range 10 {
		ct += 10
	}
	fmt.Println(fl == 1.0, fl, ct == 100, ct)
	fmt.Printf("%v %s %d\n", Cents(-5), Cents(123456789), Cents(42))
}
