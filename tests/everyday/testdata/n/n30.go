// Customer lifetime value by acquisition channel using Cents arithmetic and margin/churn.
package main

import (
	"cmp"
	"fmt"
	"os"
	"slices"
	"text/tabwriter"
)

type Cents int64

func (c Cents) String() string {
	neg := c < 0
	if neg {
		c = -c
	}
	s := fmt.Sprintf("%d", c/100)
	// thousands separators
	var out []byte
	for i := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	res := fmt.Sprintf("$%s.%02d", out, c%100)
	if neg {
		return "-" + res
	}
	return res
}

func (c Cents) Mul(f float64) Cents { return Cents(float64(c)*f + 0.5) }

type Channel struct {
	Name         string
	Customers    int
	SpendCents   Cents // acquisition spend total
	ARPU         Cents // monthly revenue per user
	GrossMargin  float64
	MonthlyChurn float64
}

type LTVRow struct {
	Channel
	CAC      Cents
	LTV      Cents
	Ratio    float64
	Payback  float64 // months
	Lifetime float64
}

func main() {
	chs := []Channel{
		{"paid_search", 420, 18_900_000, 3_900, 0.72, 0.045},
		{"social", 610, 12_810_000, 2_900, 0.70, 0.070},
		{"affiliate", 180, 2_700_000, 4_400, 0.65, 0.038},
		{"content", 300, 4_500_000, 3_100, 0.74, 0.030},
		{"events", 55, 5_500_000, 9_900, 0.68, 0.020},
	}
	const annualDiscount = 0.10
	monthlyDisc := 1.0 / 12 * annualDiscount
	var rows []LTVRow
	for _, c := range chs {
		cac := c.SpendCents / Cents(c.Customers)
		margin := c.ARPU.Mul(c.GrossMargin)
		// Discounted LTV with geometric retention: sum m*(1-churn)^t/(1+d)^t.
		ltv := Cents(float64(margin) * (1 + monthlyDisc) / (c.MonthlyChurn + monthlyDisc))
		rows = append(rows, LTVRow{
			Channel: c, CAC: cac, LTV: ltv,
			Ratio:    float64(ltv) / float64(cac),
			Payback:  float64(cac) / float64(margin),
			Lifetime: 1 / c.MonthlyChurn,
		})
	}
	slices.SortFunc(rows, func(a, b LTVRow) int { return cmp.Compare(b.Ratio, a.Ratio) })

	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "channel\tcustomers\tCAC\tARPU/mo\tmargin\tchurn\tlife(mo)\tLTV\tLTV:CAC\tpayback(mo)\t")
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%d\t%v\t%v\t%.0f%%\t%.1f%%\t%.1f\t%v\t%.2f\t%.1f\t\n", r.Name, r.Customers, r.CAC, r.ARPU,
			100*r.GrossMargin, 100*r.MonthlyChurn, r.Lifetime, r.LTV, r.Ratio, r.Payback)
	}
	w.Flush()

	var totalSpend, totalLTV Cents
	var totalCust int
	for _, r := range rows {
		totalSpend += r.SpendCents
		totalLTV += r.LTV * Cents(r.Customers)
		totalCust += r.Customers
	}
	fmt.Printf("\nblended: customers=%d spend=%v expected value=%v net=%v\n", totalCust, totalSpend, totalLTV, totalLTV-totalSpend)

	// Budget reallocation: move 20% of spend from the worst to the best channel at constant CAC.
	best, worst := rows[0], rows[len(rows)-1]
	moved := worst.SpendCents.Mul(0.20)
	lost := float64(moved) / float64(worst.CAC) * float64(worst.LTV)
	gained := float64(moved) / float64(best.CAC) * float64(best.LTV)
	fmt.Printf("move %v from %s to %s: value delta %v\n", moved, worst.Name, best.Name, Cents(gained-lost))
	fmt.Printf("%%v of a row: %v\n", rows[0].Channel)
	fmt.Printf("%%T: %T, negative cents: %v\n", rows[0].LTV, Cents(-123456))
}
