package main

import (
	"fmt"
	"sort"
	"strings"
)

type Amount int64

func (a Amount) String() string {
	sign := ""
	if a < 0 {
		sign = "-"
		a = -a
	}
	whole := int64(a) / 100
	s := fmt.Sprint(whole)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return fmt.Sprintf("%s%s.%02d", sign, s, int64(a)%100)
}

type Txn struct {
	Date   string
	Desc   string
	Amount Amount
	Ref    string
}

type Statement struct {
	Account string
	Holder  string
	Period  string
	Opening Amount
	Txns    []Txn
}

func (s Statement) Render() string {
	var b strings.Builder
	sorted := append([]Txn(nil), s.Txns...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Date < sorted[j].Date })

	w := 78
	center := func(text string) {
		pad := (w - len(text)) / 2
		fmt.Fprintf(&b, "%*s%s\n", pad, "", text)
	}
	center("NORTHWIND SAVINGS BANK")
	center("Statement of Account")
	b.WriteString(strings.Repeat("=", w) + "\n")
	fmt.Fprintf(&b, "%-12s %-30s %-10s %22s\n", "Account:", s.Account, "Period:", s.Period)
	fmt.Fprintf(&b, "%-12s %-30s\n", "Holder:", s.Holder)
	b.WriteString(strings.Repeat("-", w) + "\n")
	fmt.Fprintf(&b, "%-10s  %-28s %12s %12s %12s\n", "Date", "Description", "Debit", "Credit", "Balance")
	b.WriteString(strings.Repeat("-", w) + "\n")
	fmt.Fprintf(&b, "%-10s  %-28s %12s %12s %12s\n", "", "Opening balance", "", "", s.Opening)

	bal := s.Opening
	var debits, credits Amount
	lowest := bal
	for _, t := range sorted {
		bal += t.Amount
		lowest = min(lowest, bal)
		debit, credit := "", ""
		if t.Amount < 0 {
			debit = (-t.Amount).String()
			debits += -t.Amount
		} else {
			credit = t.Amount.String()
			credits += t.Amount
		}
		desc := t.Desc
		if len(desc) > 28 {
			desc = desc[:27] + "…"
		}
		flag := ""
		if bal < 0 {
			flag = " OD"
		}
		fmt.Fprintf(&b, "%-10s  %-28s %12s %12s %12s%s\n", t.Date, desc, debit, credit, bal, flag)
		if t.Ref != "" {
			fmt.Fprintf(&b, "%-10s    ref %s\n", "", t.Ref)
		}
	}
	b.WriteString(strings.Repeat("-", w) + "\n")
	fmt.Fprintf(&b, "%-10s  %-28s %12s %12s %12s\n", "", "Totals / closing", debits, credits, bal)
	b.WriteString(strings.Repeat("=", w) + "\n")
	fmt.Fprintf(&b, "Transactions: %d   Lowest balance: %s\n", len(sorted), lowest)
	if lowest < 0 {
		b.WriteString("Note: the account was overdrawn during this period; fees may apply.\n")
	}
	return b.String()
}

func main() {
	st := Statement{
		Account: "40-12-77 81234567",
		Holder:  "Ms R. Castellanos",
		Period:  "01 Apr - 30 Apr 2024",
		Opening: 124530,
		Txns: []Txn{
			{"2024-04-01", "Salary ACME CORP", 385000, "PAY-APR"},
			{"2024-04-02", "Rent - Harbour Lettings", -165000, "SO 0042"},
			{"2024-04-05", "Grocer's Market", -8743, ""},
			{"2024-04-05", "Electricity direct debit quarterly", -21410, "DD 7781"},
			{"2024-04-11", "Transfer to savings", -320000, ""},
			{"2024-04-12", "Refund - online order #88213", 2599, ""},
			{"2024-04-15", "Cafe Lumen", -475, ""},
			{"2024-04-28", "Interest", 312, ""},
			{"2024-04-03", "Cinema", -2400, ""},
		},
	}
	fmt.Print(st.Render())
}
