// Semi-monthly payroll run: gross-to-net with pre-tax and post-tax deductions.
package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type Deduction interface {
	Name() string
	PreTax() bool
	Amount(gross int64) int64
}

type Percent struct {
	Label string
	Bps   int64
	Pre   bool
}

func (p Percent) Name() string             { return p.Label }
func (p Percent) PreTax() bool             { return p.Pre }
func (p Percent) Amount(gross int64) int64 { return gross * p.Bps / 10000 }

type Flat struct {
	Label string
	Cents int64
	Pre   bool
}

func (f Flat) Name() string         { return f.Label }
func (f Flat) PreTax() bool         { return f.Pre }
func (f Flat) Amount(_ int64) int64 { return f.Cents }

type Worker struct {
	Name       string
	Annual     int64 // cents
	Deductions []Deduction
}

type Stub struct {
	Gross, PreTax, Taxable, Withholding, PostTax, Net int64
	Lines                                             map[string]int64
}

const periods = 24

func withholding(taxable int64) int64 {
	// flat-ish illustrative withholding: 12% up to 2,000 per period, 22% above
	const threshold = 200000
	if taxable <= threshold {
		return taxable * 12 / 100
	}
	return threshold*12/100 + (taxable-threshold)*22/100
}

func (w Worker) Run() Stub {
	s := Stub{Gross: w.Annual / periods, Lines: map[string]int64{}}
	for _, d := range w.Deductions {
		if d.PreTax() {
			a := d.Amount(s.Gross)
			s.PreTax += a
			s.Lines[d.Name()] = a
		}
	}
	s.Taxable = s.Gross - s.PreTax
	s.Withholding = withholding(s.Taxable)
	for _, d := range w.Deductions {
		if !d.PreTax() {
			a := d.Amount(s.Gross)
			s.PostTax += a
			s.Lines[d.Name()] = a
		}
	}
	s.Net = s.Taxable - s.Withholding - s.PostTax
	return s
}

func m(c int64) string { return fmt.Sprintf("%.2f", float64(c)/100) }

func main() {
	k401 := func(bps int64) Deduction { return Percent{"401k", bps, true} }
	health := Flat{"Health", 18500, true}
	workers := []Worker{
		{"R. Alvarez", 9_600_000, []Deduction{k401(600), health, Flat{"Union dues", 2500, false}}},
		{"S. Brennan", 14_400_000, []Deduction{k401(1000), health, Percent{"ESPP", 500, false}}},
		{"T. Chowdhury", 5_280_000, []Deduction{health}},
		{"U. Dietrich", 21_000_000, []Deduction{k401(800), Flat{"Health", 32000, true}, Flat{"Garnishment", 45000, false}}},
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "Employee\tGross\tPre-tax\tTaxable\tFIT\tPost-tax\tNet\t")
	var tot Stub
	for _, w := range workers {
		s := w.Run()
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", w.Name, m(s.Gross), m(s.PreTax), m(s.Taxable), m(s.Withholding), m(s.PostTax), m(s.Net))
		tot.Gross += s.Gross
		tot.PreTax += s.PreTax
		tot.Taxable += s.Taxable
		tot.Withholding += s.Withholding
		tot.PostTax += s.PostTax
		tot.Net += s.Net
	}
	fmt.Fprintf(tw, "TOTAL\t%s\t%s\t%s\t%s\t%s\t%s\t\n", m(tot.Gross), m(tot.PreTax), m(tot.Taxable), m(tot.Withholding), m(tot.PostTax), m(tot.Net))
	tw.Flush()

	fmt.Println("\nDeduction detail:")
	for _, w := range workers {
		s := w.Run()
		fmt.Printf("  %-13s", w.Name)
		for _, d := range w.Deductions {
			kind := "post"
			if d.PreTax() {
				kind = "pre"
			}
			fmt.Printf(" %s(%s)=%s", d.Name(), kind, m(s.Lines[d.Name()]))
		}
		fmt.Println()
	}
	fmt.Printf("\nEmployer cash required: %s; check sum ok: %t\n", m(tot.Net+tot.Withholding+tot.PreTax+tot.PostTax),
		tot.Net+tot.Withholding+tot.PreTax+tot.PostTax == tot.Gross)
}
