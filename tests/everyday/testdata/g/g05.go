// Double-entry general ledger: post journals, reject unbalanced ones, print trial balance.
package main

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"text/tabwriter"
)

type AccountType int

const (
	Asset AccountType = iota + 1
	Liability
	Equity
	Revenue
	Expense
)

func (t AccountType) String() string {
	return [...]string{"?", "Asset", "Liability", "Equity", "Revenue", "Expense"}[t]
}

// NormalDebit reports whether the account normally carries a debit balance.
func (t AccountType) NormalDebit() bool { return t == Asset || t == Expense }

type Account struct {
	Code string
	Name string
	Type AccountType
}

type Line struct {
	Account       string
	Debit, Credit int64
}

type Journal struct {
	Ref   string
	Memo  string
	Lines []Line
}

var ErrUnbalanced = errors.New("journal does not balance")

type Ledger struct {
	accounts map[string]Account
	balances map[string]int64 // debit-positive
	posted   []string
}

func (l *Ledger) Post(j Journal) error {
	var dr, cr int64
	for _, ln := range j.Lines {
		if _, ok := l.accounts[ln.Account]; !ok {
			return fmt.Errorf("post %s: unknown account %s", j.Ref, ln.Account)
		}
		dr += ln.Debit
		cr += ln.Credit
	}
	if dr != cr {
		return fmt.Errorf("post %s (dr %d != cr %d): %w", j.Ref, dr, cr, ErrUnbalanced)
	}
	for _, ln := range j.Lines {
		l.balances[ln.Account] += ln.Debit - ln.Credit
	}
	l.posted = append(l.posted, j.Ref)
	return nil
}

func money(c int64) string {
	if c == 0 {
		return ""
	}
	return fmt.Sprintf("%d.%02d", c/100, c%100)
}

func main() {
	l := &Ledger{accounts: map[string]Account{}, balances: map[string]int64{}}
	for _, a := range []Account{
		{"1000", "Cash", Asset}, {"1200", "Accounts Receivable", Asset},
		{"2000", "Accounts Payable", Liability}, {"3000", "Owner Equity", Equity},
		{"4000", "Service Revenue", Revenue}, {"6100", "Rent Expense", Expense},
		{"6200", "Software Expense", Expense},
	} {
		l.accounts[a.Code] = a
	}
	journals := []Journal{
		{"J-001", "Owner contribution", []Line{{"1000", 5000000, 0}, {"3000", 0, 5000000}}},
		{"J-002", "Invoice client", []Line{{"1200", 1275000, 0}, {"4000", 0, 1275000}}},
		{"J-003", "Pay rent", []Line{{"6100", 320000, 0}, {"1000", 0, 320000}}},
		{"J-004", "SaaS bill on account", []Line{{"6200", 48900, 0}, {"2000", 0, 48000}}},
		{"J-005", "Client payment", []Line{{"1000", 800000, 0}, {"1200", 0, 800000}}},
		{"J-006", "Bad account", []Line{{"9999", 100, 0}, {"1000", 0, 100}}},
		{"J-007", "SaaS bill corrected", []Line{{"6200", 48900, 0}, {"2000", 0, 48900}}},
	}
	for _, j := range journals {
		if err := l.Post(j); err != nil {
			tag := "ERROR"
			if errors.Is(err, ErrUnbalanced) {
				tag = "UNBALANCED"
			}
			fmt.Printf("%-10s %v\n", tag, err)
		}
	}
	fmt.Println("Posted:", l.posted)
	fmt.Println()

	codes := make([]string, 0, len(l.accounts))
	for c := range l.accounts {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	tw := tabwriter.NewWriter(os.Stdout, 4, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "Code\tAccount\tType\tDebit\tCredit\t")
	var td, tc int64
	for _, c := range codes {
		a, bal := l.accounts[c], l.balances[c]
		var d, cr int64
		if bal >= 0 {
			d = bal
		} else {
			cr = -bal
		}
		td, tc = td+d, tc+cr
		fmt.Fprintf(tw, "%s\t%s\t%v\t%s\t%s\t\n", a.Code, a.Name, a.Type, money(d), money(cr))
	}
	fmt.Fprintf(tw, "\tTOTAL\t\t%s\t%s\t\n", money(td), money(tc))
	tw.Flush()
	fmt.Println("Balanced:", td == tc)
}
