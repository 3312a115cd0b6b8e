// Loan amortization schedule with cent-exact rounding and a final balloon adjustment.
package main

import (
	"fmt"
	"math"
	"strings"
)

type Loan struct {
	Principal  int64   // cents
	AnnualRate float64 // e.g. 0.0675
	Months     int
}

type Payment struct {
	N         int
	Payment   int64
	Interest  int64
	Principal int64
	Balance   int64
}

func roundCents(x float64) int64 { return int64(math.Round(x)) }

func (l Loan) MonthlyPayment() int64 {
	r := l.AnnualRate / 12
	if r == 0 {
		return (l.Principal + int64(l.Months) - 1) / int64(l.Months)
	}
	p := float64(l.Principal)
	return roundCents(p * r / (1 - math.Pow(1+r, -float64(l.Months))))
}

func (l Loan) Schedule() []Payment {
	pmt := l.MonthlyPayment()
	r := l.AnnualRate / 12
	bal := l.Principal
	out := make([]Payment, 0, l.Months)
	for n := 1; n <= l.Months; n++ {
		interest := roundCents(float64(bal) * r)
		princ := pmt - interest
		pay := pmt
		if n == l.Months || princ > bal {
			princ = bal
			pay = princ + interest
		}
		bal -= princ
		out = append(out, Payment{n, pay, interest, princ, bal})
	}
	return out
}

func fmtC(c int64) string { return fmt.Sprintf("%.2f", float64(c)/100) }

func printSchedule(title string, l Loan, show func(n int) bool) {
	sched := l.Schedule()
	fmt.Printf("%s: principal %s, rate %.3f%%, %d months, payment %s\n",
		title, fmtC(l.Principal), l.AnnualRate*100, l.Months, fmtC(l.MonthlyPayment()))
	fmt.Printf("%4s %11s %10s %11s %13s\n", "#", "Payment", "Interest", "Principal", "Balance")
	var totInt, totPay int64
	skipped := false
	for _, p := range sched {
		totInt += p.Interest
		totPay += p.Payment
		if !show(p.N) {
			if !skipped {
				fmt.Printf("%4s\n", "...")
				skipped = true
			}
			continue
		}
		skipped = false
		fmt.Printf("%4d %11s %10s %11s %13s\n", p.N, fmtC(p.Payment), fmtC(p.Interest), fmtC(p.Principal), fmtC(p.Balance))
	}
	fmt.Println(strings.Repeat("-", 53))
	fmt.Printf("Total paid %s, total interest %s (%.1f%% of principal)\n\n",
		fmtC(totPay), fmtC(totInt), 100*float64(totInt)/float64(l.Principal))
}

func main() {
	car := Loan{Principal: 2_850_000, AnnualRate: 0.0649, Months: 12}
	printSchedule("Vehicle loan", car, func(int) bool { return true })

	mortgage := Loan{Principal: 42_000_000, AnnualRate: 0.0675, Months: 360}
	printSchedule("Mortgage", mortgage, func(n int) bool { return n <= 3 || n%60 == 0 || n > 357 })

	equip := Loan{Principal: 1_200_000, AnnualRate: 0, Months: 7}
	printSchedule("Equipment (0% promo)", equip, func(int) bool { return true })
}
