// Revenue recognition: ratable recognition of contracts, deferred revenue waterfall.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Contract struct {
	ID         string
	Customer   string
	StartMonth int   // 1..12 in FY
	Months     int   // term length
	TCV        int64 // total contract value, cents
	Upfront    bool  // billed in full at start (else monthly)
}

// Schedule spreads TCV evenly; remainder cents go to the final month.
func (c Contract) Schedule() map[int]int64 {
	per := c.TCV / int64(c.Months)
	out := make(map[int]int64, c.Months)
	for i := 0; i < c.Months; i++ {
		out[c.StartMonth+i] = per
	}
	out[c.StartMonth+c.Months-1] += c.TCV - per*int64(c.Months)
	return out
}

func (c Contract) Billings() map[int]int64 {
	if c.Upfront {
		return map[int]int64{c.StartMonth: c.TCV}
	}
	return c.Schedule()
}

func k(c int64) string { return fmt.Sprintf("%9.1f", float64(c)/100000) } // thousands of dollars

func main() {
	contracts := []Contract{
		{"C-100", "Aster Health", 1, 12, 14_400_000, true},
		{"C-101", "Birch Retail", 3, 12, 6_000_000, false},
		{"C-102", "Cove Media", 4, 6, 2_500_000, true},
		{"C-103", "Dalton Mfg", 7, 24, 48_000_000, true},
		{"C-104", "Elm Schools", 10, 3, 900_001, true},
	}
	const fyMonths = 12
	recog := make([]int64, fyMonths+1)
	bill := make([]int64, fyMonths+1)
	perContract := map[string]int64{}
	for _, c := range contracts {
		for m, v := range c.Schedule() {
			if m <= fyMonths {
				recog[m] += v
				perContract[c.ID] += v
			}
		}
		for m, v := range c.Billings() {
			if m <= fyMonths {
				bill[m] += v
			}
		}
	}

	fmt.Println("FY24 revenue waterfall ($k)")
	fmt.Printf("%-5s %9s %9s %9s %9s\n", "Month", "Billed", "Recog", "DefRev", "CumRev")
	var deferred, cum int64
	for m := 1; m <= fyMonths; m++ {
		deferred += bill[m] - recog[m]
		cum += recog[m]
		fmt.Printf("M%02d   %s %s %s %s\n", m, k(bill[m]), k(recog[m]), k(deferred), k(cum))
	}
	fmt.Println(strings.Repeat("-", 45))

	ids := make([]string, 0, len(perContract))
	for id := range perContract {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	fmt.Println("\nRecognized in FY by contract:")
	var total int64
	for _, id := range ids {
		var c Contract
		for _, x := range contracts {
			if x.ID == id {
				c = x
			}
		}
		pct := 100 * float64(perContract[id]) / float64(c.TCV)
		fmt.Printf("  %-6s %-13s TCV %s  recognized %s (%5.1f%%)\n", id, c.Customer, k(c.TCV), k(perContract[id]), pct)
		total += perContract[id]
	}
	fmt.Printf("Total FY revenue %s k; closing deferred revenue %s k\n", strings.TrimSpace(k(total)), strings.TrimSpace(k(deferred)))
	var check int64
	for _, c := range contracts {
		for _, v := range c.Schedule() {
			check += v
		}
		check -= c.TCV
	}
	fmt.Println("Schedules sum to TCV:", check == 0)
}
