// Month-end journal import: parse CSV, validate, summarize by account with a template.
package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/template"
)

const data = `journal,date,account,description,debit,credit
JE-1,2024-09-30,5100,Accrue September utilities,1840.25,
JE-1,2024-09-30,2100,Accrue September utilities,,1840.25
JE-2,2024-09-30,1500,Prepaid insurance amortization,,950.00
JE-2,2024-09-30,6300,Prepaid insurance amortization,950.00,
JE-3,2024-09-30,6100,Depreciation - equipment,2210.00,
JE-3,2024-09-30,1590,Depreciation - equipment,,2201.00
JE-4,2024-09-30,4000,Deferred revenue release,,12500.00
JE-4,2024-09-30,2400,Deferred revenue release,12500.00,
JE-5,2024-09-30,6200,Bonus accrual,4x00.00,
`

type Line struct {
	Journal, Account, Desc string
	Debit, Credit          int64
}

type ParseError struct {
	Row   int
	Field string
	Err   error
}

func (e *ParseError) Error() string { return fmt.Sprintf("row %d field %s: %v", e.Row, e.Field, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

func parseCents(s string) (int64, error) {
	if s == "" {
		return 0, nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, err
	}
	return int64(f*100 + 0.5), nil
}

type AcctTotal struct {
	Account       string
	Debit, Credit int64
}

func (a AcctTotal) Net() int64 { return a.Debit - a.Credit }

func money(c int64) string {
	if c < 0 {
		return fmt.Sprintf("(%d.%02d)", -c/100, -c%100)
	}
	return fmt.Sprintf("%d.%02d ", c/100, c%100)
}

const summary = `Accepted journals: {{join .Accepted ", "}}
{{- if .Rejected}}
Rejected:
{{- range .Rejected}}
  - {{.}}{{end}}{{end}}

{{printf "%-8s %12s %12s %13s" "Account" "Debit" "Credit" "Net"}}
{{range .Totals}}{{printf "%-8s %12s %12s %13s" .Account (money .Debit) (money .Credit) (money .Net)}}
{{end}}`

func main() {
	r := csv.NewReader(strings.NewReader(data))
	rows, err := r.ReadAll()
	if err != nil {
		fmt.Println("csv:", err)
		return
	}
	byJournal := map[string][]Line{}
	var problems []string
	for i, rec := range rows[1:] {
		row := i + 2
		dr, err1 := parseCents(rec[4])
		cr, err2 := parseCents(rec[5])
		if err := errors.Join(err1, err2); err != nil {
			pe := &ParseError{Row: row, Field: "amount", Err: err}
			var numErr *strconv.NumError
			if errors.As(pe, &numErr) {
				problems = append(problems, fmt.Sprintf("%s: bad number %q (row %d)", rec[0], numErr.Num, pe.Row))
			}
			byJournal[rec[0]] = nil
			continue
		}
		byJournal[rec[0]] = append(byJournal[rec[0]], Line{rec[0], rec[2], rec[3], dr, cr})
	}
	totals := map[string]*AcctTotal{}
	var accepted []string
	for _, j := range slices.Sorted(func(yield func(string) bool) {
		for k := range byJournal {
			if !yield(k) {
				return
			}
		}
	}) {
		lines := byJournal[j]
		if lines == nil {
			continue
		}
		var dr, cr int64
		for _, l := range lines {
			dr, cr = dr+l.Debit, cr+l.Credit
		}
		if dr != cr {
			problems = append(problems, fmt.Sprintf("%s: out of balance by %s", j, strings.TrimSpace(money(dr-cr))))
			continue
		}
		accepted = append(accepted, j)
		for _, l := range lines {
			t := totals[l.Account]
			if t == nil {
				t = &AcctTotal{Account: l.Account}
				totals[l.Account] = t
			}
			t.Debit += l.Debit
			t.Credit += l.Credit
		}
	}
	var list []AcctTotal
	for _, t := range totals {
		list = append(list, *t)
	}
	slices.SortFunc(list, func(a, b AcctTotal) int { return strings.Compare(a.Account, b.Account) })
	slices.Sort(problems)

	tmpl := template.Must(template.New("je").Funcs(template.FuncMap{"join": strings.Join, "money": money}).Parse(summary))
	err = tmpl.Execute(os.Stdout, map[string]any{"Accepted": accepted, "Rejected": problems, "Totals": list})
	if err != nil {
		fmt.Println("template:", err)
	}
}
