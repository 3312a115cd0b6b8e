// Dunning schedule: decide reminder stage for overdue invoices and draft notices.
package main

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

type Stage int

const (
	None Stage = iota
	Friendly
	Firm
	Final
	Collections
)

func (s Stage) String() string {
	switch s {
	case None:
		return "none"
	case Friendly:
		return "friendly"
	case Firm:
		return "firm"
	case Final:
		return "final"
	case Collections:
		return "collections"
	}
	return fmt.Sprintf("Stage(%d)", int(s))
}

type rule struct {
	afterDays int
	stage     Stage
	lateFee   int64 // basis points of open amount
}

var policy = []rule{{1, Friendly, 0}, {15, Firm, 0}, {30, Final, 150}, {60, Collections, 150}}

type Invoice struct {
	No       string
	Customer string
	Email    string
	Due      time.Time
	Open     int64
	LastSent Stage
}

func (inv Invoice) DaysOverdue(asOf time.Time) int {
	return int(asOf.Sub(inv.Due).Hours()) / 24
}

func (inv Invoice) NextAction(asOf time.Time) (Stage, int64) {
	days := inv.DaysOverdue(asOf)
	stage, fee := None, int64(0)
	for _, r := range policy {
		if days >= r.afterDays {
			stage, fee = r.stage, inv.Open*r.lateFee/10000
		}
	}
	if stage <= inv.LastSent {
		return None, 0
	}
	return stage, fee
}

func notice(inv Invoice, s Stage, fee int64, asOf time.Time) string {
	var b strings.Builder
	fmt.Fprintf(&b, "To: %s <%s>\n", inv.Customer, inv.Email)
	subject := map[Stage]string{
		Friendly:    "Friendly reminder: invoice %s",
		Firm:        "Second notice: invoice %s is past due",
		Final:       "FINAL NOTICE: invoice %s",
		Collections: "Account referred to collections (%s)",
	}[s]
	fmt.Fprintf(&b, "Subject: "+subject+"\n", inv.No)
	fmt.Fprintf(&b, "Invoice %s was due %s and is %d days overdue. Open balance: $%.2f.\n",
		inv.No, inv.Due.Format("Jan 2"), inv.DaysOverdue(asOf), float64(inv.Open)/100)
	if fee > 0 {
		fmt.Fprintf(&b, "A late fee of $%.2f has been applied; new balance $%.2f.\n", float64(fee)/100, float64(inv.Open+fee)/100)
	}
	return b.String()
}

func main() {
	asOf := time.Date(2024, time.August, 15, 0, 0, 0, 0, time.UTC)
	due := func(m time.Month, d int) time.Time { return time.Date(2024, m, d, 0, 0, 0, 0, time.UTC) }
	invs := []Invoice{
		{"INV-880", "Lumen Studio", "ap@lumen.example", due(time.August, 10), 145000, None},
		{"INV-812", "Harbor Cafe", "owner@harbor.example", due(time.July, 25), 38950, Friendly},
		{"INV-790", "Nimbus Analytics", "billing@nimbus.example", due(time.July, 1), 920000, Firm},
		{"INV-744", "Quarry Books", "qb@quarry.example", due(time.June, 5), 61200, Final},
		{"INV-901", "Vale Partners", "ap@vale.example", due(time.August, 30), 250000, None},
		{"INV-803", "Harbor Cafe", "owner@harbor.example", due(time.July, 29), 12000, Firm},
	}
	slices.SortFunc(invs, func(a, b Invoice) int { return a.Due.Compare(b.Due) })

	counts := map[Stage]int{}
	var exposure int64
	fmt.Printf("Dunning run %s\n\n", asOf.Format(time.DateOnly))
	for _, inv := range invs {
		st, fee := inv.NextAction(asOf)
		fmt.Printf("%-8s %-17s %4dd  last=%-11v next=%v\n", inv.No, inv.Customer, inv.DaysOverdue(asOf), inv.LastSent, st)
		if st == None {
			continue
		}
		counts[st]++
		exposure += inv.Open + fee
		for _, line := range strings.Split(strings.TrimSpace(notice(inv, st, fee, asOf)), "\n") {
			fmt.Println("    | " + line)
		}
	}
	fmt.Println()
	for s := Friendly; s <= Collections; s++ {
		fmt.Printf("%-12v %d\n", s, counts[s])
	}
	fmt.Printf("Exposure under active dunning: $%.2f\n", float64(exposure)/100)
}
