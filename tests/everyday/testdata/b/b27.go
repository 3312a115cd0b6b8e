package main

import (
	"fmt"
	"math"
	"strings"
)

// Money is an amount in cents.
type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	return fmt.Sprintf("%s%d.%02d", sign, m/100, m%100)
}

// roundHalfUp converts a float amount of cents to Money.
func roundHalfUp(c float64) Money { return Money(math.Floor(c + 0.5)) }

type Loan struct {
	Principal Money
	AnnualPct float64
	Months    int
}

type Payment struct {
	N                        int
	Payment, Interest, Amort Money
	Balance                  Money
}

func (l Loan) MonthlyRate() float64 { return l.AnnualPct / 100 / 12 }

// Installment uses the annuity formula P*r/(1-(1+r)^-n).
func (l Loan) Installment() Money {
	r := l.MonthlyRate()
	if r == 0 {
		return roundHalfUp(float64(l.Principal) / float64(l.Months))
	}
	p := float64(l.Principal) * r / (1 - math.Pow(1+r, -float64(l.Months)))
	return roundHalfUp(p)
}

// Schedule builds the amortization table; the final payment absorbs rounding.
func (l Loan) Schedule(extra Money) []Payment {
	inst := l.Installment()
	bal := l.Principal
	var rows []Payment
	for n := 1; bal > 0; n++ {
		interest := roundHalfUp(float64(bal) * l.MonthlyRate())
		pay := inst + extra
		if pay > bal+interest || n == l.Months {
			pay = bal + interest
		}
		amort := pay - interest
		bal -= amort
		rows = append(rows, Payment{n, pay, interest, amort, bal})
	}
	return rows
}

func totals(rows []Payment) (paid, interest Money) {
	for _, r := range rows {
		paid += r.Payment
		interest += r.Interest
	}
	return
}

func printSchedule(rows []Payment, show func(n int) bool) {
	fmt.Printf("  %4s %10s %10s %10s %12s\n", "#", "payment", "interest", "principal", "balance")
	for _, r := range rows {
		if show(r.N) {
			fmt.Printf("  %4d %10v %10v %10v %12v\n", r.N, r.Payment, r.Interest, r.Amort, r.Balance)
		}
	}
}

func main() {
	car := Loan{Principal: 2_450_000, AnnualPct: 6.9, Months: 12}
	fmt.Printf("Car loan: %v at %.2f%% for %d months, installment %v\n", car.Principal, car.AnnualPct, car.Months, car.Installment())
	rows := car.Schedule(0)
	printSchedule(rows, func(int) bool { return true })
	paid, interest := totals(rows)
	fmt.Printf("  total paid %v, total interest %v\n\n", paid, interest)

	home := Loan{Principal: 32_000_000, AnnualPct: 5.25, Months: 360}
	fmt.Printf("Mortgage: %v at %.2f%% for %d months, installment %v\n", home.Principal, home.AnnualPct, home.Months, home.Installment())
	base := home.Schedule(0)
	printSchedule(base, func(n int) bool { return n <= 3 || n%60 == 0 || n == len(base) })
	bp, bi := totals(base)
	fmt.Printf("  total paid %v, interest %v\n", bp, bi)

	fmt.Println("\nEffect of extra monthly principal:")
	for _, extra := range []Money{0, 10_000, 25_000, 50_000, 100_000} {
		s := home.Schedule(extra)
		_, in := totals(s)
		fmt.Printf("  extra %8v -> %3d months (%4.1f yrs), interest %11v, saved %10v\n",
			extra, len(s), float64(len(s))/12, in, bi-in)
	}

	fmt.Println("\nRate sensitivity (30y, 320k):")
	for _, rate := range []float64{0, 3, 4, 5, 6, 7, 8} {
		l := Loan{home.Principal, rate, 360}
		inst := l.Installment()
		bar := strings.Repeat("*", int(inst/10_000))
		fmt.Printf("  %4.1f%% %9v %s\n", rate, inst, bar)
	}
}
