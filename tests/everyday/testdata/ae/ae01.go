package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Money int64 // cents

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, int64(m)/100, int64(m)%100)
}

type LineItem struct {
	SKU       string
	Desc      string
	Qty       int
	UnitPrice Money
}

func (li LineItem) Total() Money { return Money(int64(li.UnitPrice) * int64(li.Qty)) }

type Address struct {
	Name, Street, City, Zip string
}

type Invoice struct {
	Number   string
	Date     string
	BillTo   Address
	Items    []LineItem
	TaxBasis int // basis points
	Discount Money
}

func (inv Invoice) Subtotal() Money {
	var s Money
	for _, it := range inv.Items {
		s += it.Total()
	}
	return s
}

func (inv Invoice) Tax() Money {
	base := inv.Subtotal() - inv.Discount
	return Money((int64(base)*int64(inv.TaxBasis) + 5000) / 10000)
}

func (inv Invoice) Grand() Money { return inv.Subtotal() - inv.Discount + inv.Tax() }

func (inv Invoice) TaxRate() string {
	return fmt.Sprintf("%d.%02d%%", inv.TaxBasis/100, inv.TaxBasis%100)
}

const invoiceTmpl = `INVOICE {{.Number}}                     Date: {{.Date}}
{{rule 56}}
Bill to:
{{with .BillTo}}  {{.Name}}
  {{.Street}}
  {{.City}} {{.Zip}}
{{end}}{{rule 56}}
{{printf "%-8s %-22s %4s %9s %9s" "SKU" "Description" "Qty" "Unit" "Total"}}
{{range $i, $it := .Items}}{{printf "%-8s %-22s %4d %9s %9s" $it.SKU (trunc $it.Desc 22) $it.Qty $it.UnitPrice.String $it.Total.String}}
{{end}}{{rule 56}}
{{printf "%46s %9s" "Subtotal:" .Subtotal.String}}
{{if .Discount}}{{printf "%46s %9s" "Discount:" (neg .Discount).String}}
{{end}}{{printf "%46s %9s" (print "Tax (" .TaxRate "):") .Tax.String}}
{{printf "%46s %9s" "TOTAL DUE:" .Grand.String}}
{{rule 56}}
Items: {{len .Items}}   Thank you for your business!
`

func main() {
	funcs := template.FuncMap{
		"rule": func(n int) string { return strings.Repeat("=", n) },
		"trunc": func(s string, n int) string {
			if len(s) <= n {
				return s
			}
			return s[:n-3] + "..."
		},
		"neg": func(m Money) Money { return -m },
	}
	t := template.Must(template.New("invoice").Funcs(funcs).Parse(invoiceTmpl))

	invoices := []Invoice{
		{
			Number: "INV-2024-0117",
			Date:   "2024-03-14",
			BillTo: Address{"Acme Widgets Ltd.", "42 Industrial Way", "Springfield", "49201"},
			Items: []LineItem{
				{"W-100", "Standard widget", 12, 499},
				{"W-220", "Deluxe widget with chrome finish", 3, 2450},
				{"S-001", "Shipping & handling", 1, 1200},
			},
			TaxBasis: 825,
			Discount: 500,
		},
		{
			Number: "INV-2024-0118",
			Date:   "2024-03-15",
			BillTo: Address{"Bolt & Nut Co.", "7 River Rd", "Shelbyville", "49202"},
			Items: []LineItem{
				{"B-010", "Hex bolt M8 (box)", 40, 315},
			},
			TaxBasis: 600,
		},
	}
	for i, inv := range invoices {
		if i > 0 {
			fmt.Println()
		}
		if err := t.Execute(os.Stdout, inv); err != nil {
			fmt.Println("error:", err)
			os.Exit(1)
		}
	}
}
