package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"text/tabwriter"
)

type Money int64

func FromFloat(f float64) Money { return Money(math.Round(f * 100)) }

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	whole := fmt.Sprint(int64(m) / 100)
	for i := len(whole) - 3; i > 0; i -= 3 {
		whole = whole[:i] + "," + whole[i:]
	}
	return fmt.Sprintf("%s$%s.%02d", sign, whole, int64(m)%100)
}

func (m Money) MulRate(rate float64) Money { return Money(math.Round(float64(m) * rate)) }

type Line struct {
	SKU   string
	Qty   int
	Unit  Money
	Taxed bool
}

type Invoice struct {
	Lines    []Line
	TaxRate  float64
	Discount Money
}

var ErrEmpty = errors.New("invoice has no lines")

func (inv *Invoice) Validate() error {
	var errs []error
	if len(inv.Lines) == 0 {
		errs = append(errs, ErrEmpty)
	}
	for i, l := range inv.Lines {
		if l.Qty <= 0 {
			errs = append(errs, fmt.Errorf("line %d (%s): qty %d must be positive", i+1, l.SKU, l.Qty))
		}
		if l.Unit < 0 {
			errs = append(errs, fmt.Errorf("line %d (%s): negative price %v", i+1, l.SKU, l.Unit))
		}
	}
	return errors.Join(errs...)
}

func (inv *Invoice) Totals() (sub, tax, total Money) {
	defer func() { total = sub + tax - inv.Discount }()
	for _, l := range inv.Lines {
		amt := l.Unit * Money(l.Qty)
		sub += amt
		if l.Taxed {
			tax += amt.MulRate(inv.TaxRate)
		}
	}
	return sub, tax, 0
}

func safeTotal(inv *Invoice) (m Money, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("safeTotal: %v", r)
		}
	}()
	if _, _, m = inv.Totals(); m < 0 {
		panic(fmt.Sprintf("negative amount %v", m))
	}
	return m, nil
}

func main() {
	defer fmt.Println("deferred 1 (runs last)")
	for i := range 3 {
		defer fmt.Print("d", i, " ")
	}
	inv := &Invoice{TaxRate: 0.0825, Discount: FromFloat(25)}
	inv.Lines = []Line{{"LAPTOP-15", 2, FromFloat(1299.99), true}, {"USB-HUB", 3, FromFloat(24.5), true},
		{"SUPPORT-1Y", 1, FromFloat(199), false}, {"CABLE", 10, FromFloat(0.99), true}}
	fmt.Println("valid:", inv.Validate() == nil)
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "SKU\tQTY\tUNIT\tAMOUNT\tTAX\t")
	for _, l := range inv.Lines {
		fmt.Fprintf(tw, "%s\t%d\t%v\t%v\t%s\t\n", l.SKU, l.Qty, l.Unit, l.Unit*Money(l.Qty), map[bool]string{true: "T"}[l.Taxed])
	}
	tw.Flush()
	sub, tax, total := inv.Totals()
	fmt.Printf("subtotal %v, tax %v, discount %v, total %v\n", sub, tax, inv.Discount, total)
	fmt.Println(Money(-123456789), Money(5), FromFloat(0.1+0.2), FromFloat(1e6))
	bad := &Invoice{Lines: []Line{{"X", 0, 100, true}, {"Y", 1, -5, false}}}
	fmt.Printf("bad invoice:\n%v\n", bad.Validate())
	fmt.Println(errors.Is((&Invoice{}).Validate(), ErrEmpty))
	refund := &Invoice{Lines: []Line{{"R", 1, FromFloat(10), false}}, Discount: FromFloat(50)}
	fmt.Println(safeTotal(refund))
	fmt.Println(safeTotal(inv))
	split := func(m Money, n int) []Money {
		out := make([]Money, n)
		for i := range out {
			out[i] = m / Money(n)
		}
		for i := 0; i < int(m)%n; i++ {
			out[i]++
		}
		return out
	}
	fmt.Println(split(FromFloat(100), 3), split(total, 4))
}
