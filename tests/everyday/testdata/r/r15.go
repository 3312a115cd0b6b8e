package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

type Money int64 // cents

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	whole := int64(m) / 100
	s := fmt.Sprint(whole)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return fmt.Sprintf("%s$%s.%02d", sign, b.String(), int64(m)%100)
}

type LineItem struct {
	SKU   string
	Desc  string
	Qty   int
	Price Money
}

func (li LineItem) Total() Money { return Money(li.Qty) * li.Price }

type Invoice struct {
	Number   string
	Customer string
	Address  []string
	Items    []LineItem
	Discount float64 // fraction
	TaxRate  float64
}

func pad(s string, width int) string {
	n := utf8.RuneCountInString(s)
	if n >= width {
		return string([]rune(s)[:width-1]) + "…"
	}
	return s + strings.Repeat(" ", width-n)
}

func (inv Invoice) Render() string {
	const width = 64
	var b strings.Builder
	line := strings.Repeat("=", width)
	fmt.Fprintln(&b, line)
	title := "INVOICE " + inv.Number
	fmt.Fprintf(&b, "%*s\n", (width+len(title))/2, title)
	fmt.Fprintln(&b, line)
	fmt.Fprintf(&b, "Bill to: %s\n", inv.Customer)
	for _, a := range inv.Address {
		fmt.Fprintf(&b, "         %s\n", a)
	}
	fmt.Fprintln(&b)
	fmt.Fprintf(&b, "%-8s %s %5s %12s %12s\n", "SKU", pad("Description", 22), "Qty", "Unit", "Amount")
	fmt.Fprintln(&b, strings.Repeat("-", width))
	var subtotal Money
	for _, it := range inv.Items {
		fmt.Fprintf(&b, "%-8s %s %5d %12v %12v\n", it.SKU, pad(it.Desc, 22), it.Qty, it.Price, it.Total())
		subtotal += it.Total()
	}
	fmt.Fprintln(&b, strings.Repeat("-", width))
	discount := Money(float64(subtotal)*inv.Discount + 0.5)
	taxable := subtotal - discount
	tax := Money(float64(taxable)*inv.TaxRate + 0.5)
	rows := []struct {
		label string
		value Money
	}{
		{"Subtotal", subtotal},
		{fmt.Sprintf("Discount (%.0f%%)", inv.Discount*100), -discount},
		{fmt.Sprintf("Tax (%.2f%%)", inv.TaxRate*100), tax},
		{"TOTAL DUE", taxable + tax},
	}
	for _, r := range rows {
		fmt.Fprintf(&b, "%50s %13v\n", r.label, r.value)
	}
	fmt.Fprintln(&b, line)
	return b.String()
}

func main() {
	inv := Invoice{
		Number:   "INV-2024-0042",
		Customer: "Zoë Müller GmbH",
		Address:  []string{"Hauptstraße 12", "10115 Berlin", "Germany"},
		Items: []LineItem{
			{"WID-01", "Standard widget", 120, 349},
			{"GAD-7", "Gadget, premium edition with extras", 3, 129999},
			{"SUP-1Y", "Support plan (1 year)", 1, 250000},
			{"SHIP", "Shipping & handling", 1, 4500},
			{"CRD-5", "Goodwill credit", 1, -10000},
		},
		Discount: 0.05,
		TaxRate:  0.19,
	}
	fmt.Print(inv.Render())
	for _, m := range []Money{0, 5, -99, 100000, 123456789} {
		fmt.Printf("%d cents -> %v\n", int64(m), m)
	}
}
