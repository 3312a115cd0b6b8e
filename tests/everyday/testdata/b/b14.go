package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Cents is a fixed-point monetary amount with two decimal places.
type Cents int64

func ParseCents(s string) (Cents, error) {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > 2 {
		return 0, fmt.Errorf("too many decimals in %q", s)
	}
	frac = (frac + "00")[:2]
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return 0, err
	}
	f, err := strconv.ParseInt(frac, 10, 64)
	if err != nil {
		return 0, err
	}
	c := Cents(w*100 + f)
	if neg {
		c = -c
	}
	return c, nil
}

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	whole := strconv.FormatInt(int64(c/100), 10)
	// thousands separators
	var parts []string
	for len(whole) > 3 {
		parts = append([]string{whole[len(whole)-3:]}, parts...)
		whole = whole[:len(whole)-3]
	}
	parts = append([]string{whole}, parts...)
	return fmt.Sprintf("%s$%s.%02d", sign, strings.Join(parts, ","), int64(c%100))
}

// MulRate multiplies by a rate given in basis points (1/10000), rounding half to even.
func (c Cents) MulRate(bp int64) Cents {
	num := int64(c) * bp
	q, r := num/10000, num%10000
	if r < 0 {
		r = -r
	}
	switch {
	case r > 5000, r == 5000 && q%2 != 0:
		if num < 0 {
			q--
		} else {
			q++
		}
	}
	return Cents(q)
}

// Split divides an amount into n shares whose sum equals the original.
func (c Cents) Split(n int) ([]Cents, error) {
	if n <= 0 {
		return nil, errors.New("split into zero parts")
	}
	base := c / Cents(n)
	rem := int(c % Cents(n))
	out := make([]Cents, n)
	for i := range out {
		out[i] = base
		if i < rem {
			out[i]++
		}
	}
	return out, nil
}

type LineItem struct {
	SKU     string
	Qty     int
	Price   string
	TaxCode string
}

var taxRates = map[string]int64{"STD": 825, "FOOD": 225, "EXEMPT": 0}

func main() {
	items := []LineItem{
		{"COFFEE-1KG", 2, "18.99", "FOOD"},
		{"MUG-CERAMIC", 4, "7.25", "STD"},
		{"GRINDER", 1, "129.50", "STD"},
		{"FILTERS-100", 3, "4.5", "STD"},
		{"GIFT-CARD", 1, "50", "EXEMPT"},
		{"BEANS-SAMPLER", 1, "1234.05", "FOOD"},
	}
	var subtotal Cents
	taxByCode := map[string]Cents{}
	fmt.Printf("%-14s %3s %12s %12s %10s\n", "SKU", "QTY", "UNIT", "LINE", "TAX")
	for _, it := range items {
		unit, err := ParseCents(it.Price)
		if err != nil {
			fmt.Println("bad price:", err)
			continue
		}
		line := unit * Cents(it.Qty)
		tax := line.MulRate(taxRates[it.TaxCode])
		subtotal += line
		taxByCode[it.TaxCode] += tax
		fmt.Printf("%-14s %3d %12v %12v %10v\n", it.SKU, it.Qty, unit, line, tax)
	}
	codes := make([]string, 0, len(taxByCode))
	for k := range taxByCode {
		codes = append(codes, k)
	}
	sort.Strings(codes)
	var totalTax Cents
	fmt.Println(strings.Repeat("-", 55))
	fmt.Printf("%-30s %12v\n", "Subtotal", subtotal)
	for _, code := range codes {
		fmt.Printf("  tax %-6s @ %5.2f%% %28v\n", code, float64(taxRates[code])/100, taxByCode[code])
		totalTax += taxByCode[code]
	}
	discount := -subtotal.MulRate(500)
	total := subtotal + totalTax + discount
	fmt.Printf("%-30s %12v\n", "Loyalty discount 5%", discount)
	fmt.Printf("%-30s %12v\n", "TOTAL", total)

	shares, _ := total.Split(3)
	fmt.Println("\nSplit three ways:", shares)
	var check Cents
	for _, s := range shares {
		check += s
	}
	fmt.Println("shares sum back to total:", check == total)

	fmt.Println("\nBanker's rounding of 0.5 cent cases (x * 50bp):")
	for _, c := range []Cents{100, 300, 500, 700, -100, -300} {
		fmt.Printf("  %8v * 0.50%% = %v\n", c, c.MulRate(50))
	}

	x, y := 0.1, 0.2
	fmt.Println("\nFloat pitfall: 0.1+0.2 as float64 =", strconv.FormatFloat(x+y, 'f', -1, 64))
	a, _ := ParseCents("0.10")
	b, _ := ParseCents("0.20")
	fmt.Println("as Cents:", a+b)
	if _, err := ParseCents("3.141"); err != nil {
		fmt.Println("parse error:", err)
	}
}
