// Invoice computation with line items, discounts and tax in integer cents.
package main

import (
	"fmt"
	"strings"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

// mulRate multiplies by a rate in basis points, rounding half away from zero.
func (c Cents) mulRate(bps int64) Cents {
	v := int64(c) * bps
	if v >= 0 {
		return Cents((v + 5000) / 10000)
	}
	return Cents((v - 5000) / 10000)
}

type LineItem struct {
	SKU         string
	Description string
	Qty         int
	UnitPrice   Cents
	DiscountBps int64
	Taxable     bool
}

func (li LineItem) Gross() Cents    { return li.UnitPrice * Cents(li.Qty) }
func (li LineItem) Discount() Cents { return li.Gross().mulRate(li.DiscountBps) }
func (li LineItem) Net() Cents      { return li.Gross() - li.Discount() }

type Invoice struct {
	Number   string
	Customer string
	TaxBps   int64
	Items    []LineItem
}

func (inv *Invoice) Add(items ...LineItem) { inv.Items = append(inv.Items, items...) }

func (inv Invoice) Totals() (subtotal, tax, total Cents) {
	var taxable Cents
	for _, li := range inv.Items {
		subtotal += li.Net()
		if li.Taxable {
			taxable += li.Net()
		}
	}
	tax = taxable.mulRate(inv.TaxBps)
	return subtotal, tax, subtotal + tax
}

func (inv Invoice) Render() string {
	var b strings.Builder
	fmt.Fprintf(&b, "INVOICE %s\nBill to: %s\n", inv.Number, inv.Customer)
	b.WriteString(strings.Repeat("=", 72) + "\n")
	fmt.Fprintf(&b, "%-8s %-24s %4s %10s %9s %12s\n", "SKU", "Description", "Qty", "Unit", "Disc", "Amount")
	for _, li := range inv.Items {
		tax := " "
		if li.Taxable {
			tax = "T"
		}
		fmt.Fprintf(&b, "%-8s %-24.24s %4d %10v %9v %12v %s\n",
			li.SKU, li.Description, li.Qty, li.UnitPrice, -li.Discount(), li.Net(), tax)
	}
	sub, tax, total := inv.Totals()
	b.WriteString(strings.Repeat("-", 72) + "\n")
	fmt.Fprintf(&b, "%58s %12v\n", "Subtotal", sub)
	fmt.Fprintf(&b, "%58s %12v\n", fmt.Sprintf("Tax @ %.2f%%", float64(inv.TaxBps)/100), tax)
	fmt.Fprintf(&b, "%58s %12v\n", "TOTAL DUE", total)
	return b.String()
}

func main() {
	inv := Invoice{Number: "INV-2024-0117", Customer: "Harbor Logistics LLC", TaxBps: 825}
	inv.Add(
		LineItem{"SRV-100", "Implementation services", 12, 15000, 0, false},
		LineItem{"LIC-ENT", "Enterprise license (annual, per seat)", 40, 4999, 1000, true},
		LineItem{"HW-RTR", "Edge router", 3, 38950, 500, true},
		LineItem{"SUP-PRM", "Premium support", 1, 240000, 0, false},
	)
	inv.Add(LineItem{"HW-CBL", "Cat6 cable 10ft", 25, 899, 0, true})
	fmt.Print(inv.Render())

	credit := Invoice{Number: "CM-2024-0009", Customer: inv.Customer, TaxBps: inv.TaxBps}
	credit.Add(LineItem{"HW-RTR", "Edge router return", -1, 38950, 500, true})
	_, tax, total := credit.Totals()
	fmt.Printf("\nCredit memo %s: tax %v, total %v\n", credit.Number, tax, total)
	_, _, orig := inv.Totals()
	fmt.Printf("Net receivable after credit: %v\n", orig+total)
}
