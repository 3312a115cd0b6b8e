// Bank reconciliation: match book entries to statement lines by amount and date window.
package main

import (
	"fmt"
	"slices"
	"strings"
)

type Entry struct {
	ID     string
	Day    int // day of month
	Amount int64
	Memo   string
}

type Match struct {
	Book, Bank Entry
	DayDiff    int
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// reconcile greedily pairs entries with equal amounts, preferring the closest date
// within the tolerance window. It returns matches and both sides' leftovers.
func reconcile(book, bank []Entry, window int) (matches []Match, unBook, unBank []Entry) {
	used := make([]bool, len(bank))
	for _, b := range book {
		best := -1
		for j, s := range bank {
			if used[j] || s.Amount != b.Amount || abs(s.Day-b.Day) > window {
				continue
			}
			if best < 0 || abs(s.Day-b.Day) < abs(bank[best].Day-b.Day) {
				best = j
			}
		}
		if best < 0 {
			unBook = append(unBook, b)
			continue
		}
		used[best] = true
		matches = append(matches, Match{b, bank[best], bank[best].Day - b.Day})
	}
	for j, s := range bank {
		if !used[j] {
			unBank = append(unBank, s)
		}
	}
	return
}

func sum(es []Entry) (t int64) {
	for _, e := range es {
		t += e.Amount
	}
	return
}

func money(c int64) string { return fmt.Sprintf("%11.2f", float64(c)/100) }

func main() {
	const openingBook, openingBank = 1_523_000, 1_523_000
	book := []Entry{
		{"CHK-1041", 2, -245000, "Rent - Oak Properties"},
		{"DEP-0301", 3, 812550, "Customer receipts"},
		{"CHK-1042", 5, -18999, "Office supplies"},
		{"CHK-1043", 9, -76500, "Contractor - D. Kim"},
		{"DEP-0302", 15, 430000, "Customer receipts"},
		{"CHK-1044", 28, -120000, "Insurance premium"},
		{"DEP-0303", 31, 265000, "Customer receipts"},
	}
	bank := []Entry{
		{"B01", 3, 812550, "DEPOSIT"},
		{"B02", 4, -245000, "CHECK 1041"},
		{"B03", 8, -18999, "CHECK 1042"},
		{"B04", 15, 430000, "DEPOSIT"},
		{"B05", 16, -76500, "CHECK 1043"},
		{"B06", 20, -3500, "SERVICE FEE"},
		{"B07", 25, 1842, "INTEREST"},
		{"B08", 30, -61000, "ACH PAYROLL TAX"},
	}
	matches, outBook, outBank := reconcile(book, bank, 10)
	slices.SortFunc(matches, func(a, b Match) int { return strings.Compare(a.Bank.ID, b.Bank.ID) })

	fmt.Println("MATCHED")
	for _, m := range matches {
		lag := ""
		if m.DayDiff != 0 {
			lag = fmt.Sprintf(" (+%dd)", m.DayDiff)
		}
		fmt.Printf("  %-8s <-> %-3s %s  %s%s\n", m.Book.ID, m.Bank.ID, money(m.Book.Amount), m.Book.Memo, lag)
	}
	fmt.Println("OUTSTANDING ON BOOKS (not yet cleared)")
	for _, e := range outBook {
		fmt.Printf("  %-8s day %2d %s  %s\n", e.ID, e.Day, money(e.Amount), e.Memo)
	}
	fmt.Println("ON STATEMENT, NOT IN BOOKS (need journal entries)")
	for _, e := range outBank {
		fmt.Printf("  %-8s day %2d %s  %s\n", e.ID, e.Day, money(e.Amount), e.Memo)
	}

	bookBal := openingBook + sum(book)
	bankBal := openingBank + sum(bank)
	adjBank := bankBal + sum(outBook)
	adjBook := bookBal + sum(outBank)
	fmt.Println()
	fmt.Printf("%-34s %s\n", "Balance per bank statement", money(bankBal))
	fmt.Printf("%-34s %s\n", "  + outstanding book items", money(sum(outBook)))
	fmt.Printf("%-34s %s\n", "Adjusted bank balance", money(adjBank))
	fmt.Printf("%-34s %s\n", "Balance per books", money(bookBal))
	fmt.Printf("%-34s %s\n", "  + unrecorded bank items", money(sum(outBank)))
	fmt.Printf("%-34s %s\n", "Adjusted book balance", money(adjBook))
	if adjBank == adjBook {
		fmt.Println("RECONCILED")
	} else {
		fmt.Printf("UNRECONCILED DIFFERENCE %s\n", money(adjBank-adjBook))
	}
}
