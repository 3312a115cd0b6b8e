// text/template invoice batch report with range, if, printf, custom funcs and method calls.
package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Line struct {
	Desc  string
	Qty   int
	Price Money
}

func (l Line) Amount() Money { return l.Price * Money(l.Qty) }

type Invoice struct {
	Number   string
	Customer string
	DaysLate int
	Lines    []Line
	Notes    []string
}

func (i Invoice) Total() Money {
	var t Money
	for _, l := range i.Lines {
		t += l.Amount()
	}
	return t
}

func (i Invoice) Overdue() bool { return i.DaysLate > 0 }

const report = `{{define "line"}}    {{printf "%-28s" .Desc}} {{printf "%3d" .Qty}} x {{printf "%9v" .Price}} = {{printf "%10v" .Amount}}
{{end -}}
ACCOUNTS RECEIVABLE BATCH — {{len .}} invoices
{{range $i, $inv := .}}
{{inc $i}}. {{$inv.Number}}  {{upper $inv.Customer}}{{if $inv.Overdue}}  [OVERDUE {{$inv.DaysLate}}d]{{end}}
{{range $inv.Lines}}{{template "line" .}}{{else}}    (no billable lines)
{{end}}    {{printf "%-28s" "TOTAL"}}                  {{printf "%10v" $inv.Total}}
{{- with $inv.Notes}}
    Notes: {{join . "; "}}{{end}}
{{end}}
Grand total: {{grand .}}
`

func main() {
	invoices := []Invoice{
		{Number: "INV-301", Customer: "Northwind Traders", Lines: []Line{
			{"Consulting (hours)", 14, 17500}, {"Travel reimbursement", 1, 48213},
		}},
		{Number: "INV-302", Customer: "Blue Sky Dental", DaysLate: 17, Lines: []Line{
			{"Managed IT - monthly", 1, 129900}, {"Additional endpoint", 6, 2500},
			{"After-hours callout", 2, 22500},
		}, Notes: []string{"2nd reminder sent", "PO required"}},
		{Number: "INV-303", Customer: "Orchard Foods", Notes: []string{"void pending review"}},
		{Number: "INV-304", Customer: "Keystone Realty", DaysLate: 45, Lines: []Line{
			{"Website hosting (annual)", 1, 360000},
		}},
	}
	funcs := template.FuncMap{
		"inc":   func(i int) int { return i + 1 },
		"upper": strings.ToUpper,
		"join":  strings.Join,
		"grand": func(invs []Invoice) Money {
			var t Money
			for _, i := range invs {
				t += i.Total()
			}
			return t
		},
	}
	tmpl := template.Must(template.New("ar").Funcs(funcs).Parse(report))
	if err := tmpl.Execute(os.Stdout, invoices); err != nil {
		fmt.Fprintln(os.Stderr, "render:", err)
		os.Exit(1)
	}

	// A template referencing a missing method fails at execution time; report it.
	bad := template.Must(template.New("bad").Parse("{{range .}}{{.Balance}}{{end}}"))
	var sb strings.Builder
	err := bad.Execute(&sb, invoices)
	fmt.Println("expected failure:", err != nil)
	if err != nil {
		msg := err.Error()
		fmt.Println(" ", msg[strings.Index(msg, "can't evaluate"):])
	}
}
