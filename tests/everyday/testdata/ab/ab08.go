package main

import (
	"fmt"
	"sort"
	"time"
)

type Txn struct {
	Account string
	Date    time.Time
	Amount  float64 // positive deposit, negative withdrawal
	Memo    string
}

type Ledger []Txn

func d(m time.Month, day int) time.Time { return time.Date(2024, m, day, 0, 0, 0, 0, time.UTC) }

var ledger = Ledger{
	{"chk-01", d(1, 3), 2500, "salary"},
	{"sav-02", d(1, 4), 1000, "transfer in"},
	{"chk-01", d(1, 5), -120.40, "groceries"},
	{"chk-01", d(1, 9), -950, "rent"},
	{"sav-02", d(1, 15), 12.35, "interest"},
	{"chk-01", d(1, 12), -64.99, "utilities"},
	{"chk-01", d(1, 20), -1000, "transfer out"},
	{"sav-02", d(1, 20), 1000, "transfer in"},
	{"chk-01", d(1, 28), -45.10, "dining"},
	{"chk-01", d(2, 2), 2500, "salary"},
	{"sav-02", d(2, 14), 13.10, "interest"},
	{"chk-01", d(2, 7), -980, "rent"},
	{"sav-02", d(2, 21), -400, "withdrawal"},
	{"chk-01", d(2, 18), -210.75, "car repair"},
}

// SortBy account then date, like df.sort_values(["account", "date"]).
func (l Ledger) SortBy() {
	sort.SliceStable(l, func(i, j int) bool {
		if l[i].Account != l[j].Account {
			return l[i].Account < l[j].Account
		}
		return l[i].Date.Before(l[j].Date)
	})
}

// CumSum returns groupby(account).amount.cumsum() and cumcount().
func (l Ledger) CumSum() ([]float64, []int) {
	bal := map[string]float64{}
	cnt := map[string]int{}
	sums := make([]float64, len(l))
	counts := make([]int, len(l))
	for i, t := range l {
		bal[t.Account] += t.Amount
		sums[i] = bal[t.Account]
		counts[i] = cnt[t.Account]
		cnt[t.Account]++
	}
	return sums, counts
}

func main() {
	ledger.SortBy()
	sums, counts := ledger.CumSum()

	fmt.Printf("%-7s %-10s %3s %-13s %9s %10s %9s\n", "acct", "date", "#", "memo", "amount", "balance", "runmin")
	runMin := map[string]float64{}
	prevAcct := ""
	for i, t := range ledger {
		if t.Account != prevAcct {
			if prevAcct != "" {
				fmt.Println()
			}
			runMin[t.Account] = sums[i]
			prevAcct = t.Account
		}
		runMin[t.Account] = min(runMin[t.Account], sums[i])
		fmt.Printf("%-7s %-10s %3d %-13s %9.2f %10.2f %9.2f\n", t.Account, t.Date.Format("2006-01-02"),
			counts[i], t.Memo, t.Amount, sums[i], runMin[t.Account])
	}

	// Month-end balances: last cumulative value per (account, month).
	type key struct {
		acct  string
		month time.Month
	}
	monthEnd := map[key]float64{}
	var keys []key
	for i, t := range ledger {
		k := key{t.Account, t.Date.Month()}
		if _, ok := monthEnd[k]; !ok {
			keys = append(keys, k)
		}
		monthEnd[k] = sums[i]
	}
	fmt.Println("\nmonth-end balances:")
	for _, k := range keys {
		fmt.Printf("  %-7s %-9s %10.2f\n", k.acct, k.month, monthEnd[k])
	}

	var in, out float64
	for _, t := range ledger {
		if t.Amount > 0 {
			in += t.Amount
		} else {
			out -= t.Amount
		}
	}
	fmt.Printf("\ninflows=%.2f outflows=%.2f net=%.2f\n", in, out, in-out)
}
