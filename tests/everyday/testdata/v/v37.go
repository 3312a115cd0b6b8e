package main

import (
	"fmt"
	"math"
	"os"
	"text/tabwriter"
)

type Money int64 // cents

func (m Money) String() string {
	neg := m < 0
	if neg {
		m = -m
	}
	whole := int64(m) / 100
	s := fmt.Sprintf("%d", whole)
	// thousands separators
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	out := fmt.Sprintf("$%s.%02d", s, int64(m)%100)
	if neg {
		return "(" + out + ")"
	}
	return out
}

func FromFloat(f float64) Money { return Money(math.Round(f * 100)) }

type Loan struct {
	Principal Money
	AnnualPct float64
	Months    int
}

func (l Loan) Payment() Money {
	r := l.AnnualPct / 100 / 12
	p := float64(l.Principal) / 100
	pay := p * r / (1 - math.Pow(1+r, -float64(l.Months)))
	return FromFloat(pay)
}

func main() {
	loan := Loan{Principal: 2500000, AnnualPct: 6.5, Months: 12}
	pay := loan.Payment()
	fmt.Printf("loan %v at %.2f%% for %d months -> payment %v\n", loan.Principal, loan.AnnualPct, loan.Months, pay)

	tw := tabwriter.NewWriter(os.Stdout, 4, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "month\tpayment\tinterest\tprincipal\tbalance\t")
	balance := loan.Principal
	var totalInterest Money
	r := loan.AnnualPct / 100 / 12
	for m := 1; m <= loan.Months; m++ {
		interest := FromFloat(float64(balance) / 100 * r)
		principal := pay - interest
		if m == loan.Months {
			principal = balance
		}
		balance -= principal
		totalInterest += interest
		fmt.Fprintf(tw, "%d\t%v\t%v\t%v\t%v\t\n", m, principal+interest, interest, principal, balance)
	}
	tw.Flush()
	fmt.Println("total interest:", totalInterest)

	// revenue forecast with monthly compound growth and churn
	type scenario struct {
		name   string
		growth float64
		churn  float64
	}
	start := FromFloat(48250.75)
	scenarios := []scenario{{"bear", 0.01, 0.03}, {"base", 0.04, 0.02}, {"bull", 0.07, 0.015}}
	tw2 := tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', 0)
	fmt.Fprint(tw2, "scenario\t")
	for q := 1; q <= 4; q++ {
		fmt.Fprintf(tw2, "Q%d\t", q)
	}
	fmt.Fprintln(tw2, "CAGR")
	for _, s := range scenarios {
		fmt.Fprintf(tw2, "%s\t", s.name)
		mrr := float64(start) / 100
		for month := 1; month <= 12; month++ {
			mrr *= 1 + s.growth - s.churn
			if month%3 == 0 {
				fmt.Fprintf(tw2, "%v\t", FromFloat(mrr))
			}
		}
		cagr := math.Pow(mrr/(float64(start)/100), 1) - 1
		fmt.Fprintf(tw2, "%+.2f%%\n", cagr*100)
	}
	tw2.Flush()

	fmt.Println(Money(-123456789), Money(5), Money(100000), FromFloat(0.015), FromFloat(2.675))
	// rule of 72 vs exact doubling time
	for _, rate := range []float64{3, 6, 9, 12} {
		exact := math.Log(2) / math.Log(1+rate/100)
		fmt.Printf("rate %4.1f%%: rule72=%5.2f exact=%5.2f years\n", rate, 72/rate, exact)
	}
}
