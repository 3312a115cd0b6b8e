package main

import (
	"fmt"
	"os"
	"sort"
	"text/tabwriter"
)

type Cents int64

func (c Cents) String() string {
	neg := c < 0
	if neg {
		c = -c
	}
	s := fmt.Sprintf("%d.%02d", c/100, c%100)
	if neg {
		return "(" + s + ")"
	}
	return s
}

type Person struct {
	ID   string
	Name string
}

type Employee struct {
	Person
	Title      string
	HourlyRate Cents
	Hours      float64
	Overtime   float64
}

type Deduction interface {
	Label() string
	Amount(gross Cents) Cents
}

type percentDeduction struct {
	name string
	bp   int64
}

func (p percentDeduction) Label() string {
	return fmt.Sprintf("%s (%.2f%%)", p.name, float64(p.bp)/100)
}
func (p percentDeduction) Amount(g Cents) Cents {
	return Cents((int64(g)*p.bp + 5000) / 10000)
}

type flatDeduction struct {
	name string
	amt  Cents
}

func (f flatDeduction) Label() string        { return f.name }
func (f flatDeduction) Amount(_ Cents) Cents { return f.amt }

func (e Employee) Gross() Cents {
	base := float64(e.HourlyRate) * e.Hours
	ot := float64(e.HourlyRate) * 1.5 * e.Overtime
	return Cents(base + ot + 0.5)
}

func printSlip(e Employee, period string, deds []Deduction) {
	fmt.Printf("PAYSLIP  %s  period %s\n", e.ID, period)
	fmt.Printf("%s, %s\n", e.Name, e.Title)
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "Item\tUnits\tRate\tAmount\t\n")
	fmt.Fprintf(tw, "Regular hours\t%.1f\t%s\t%s\t\n", e.Hours, e.HourlyRate, Cents(float64(e.HourlyRate)*e.Hours+0.5))
	if e.Overtime > 0 {
		otRate := Cents(float64(e.HourlyRate)*1.5 + 0.5)
		fmt.Fprintf(tw, "Overtime x1.5\t%.1f\t%s\t%s\t\n", e.Overtime, otRate, Cents(float64(e.HourlyRate)*1.5*e.Overtime+0.5))
	}
	gross := e.Gross()
	fmt.Fprintf(tw, "GROSS\t\t\t%s\t\n", gross)
	var total Cents
	for _, d := range deds {
		a := d.Amount(gross)
		total += a
		fmt.Fprintf(tw, "%s\t\t\t%s\t\n", d.Label(), -a)
	}
	fmt.Fprintf(tw, "NET PAY\t\t\t%s\t\n", gross-total)
	tw.Flush()
	fmt.Println()
}

func main() {
	staff := []Employee{
		{Person{"E-0042", "Dana Whitfield"}, "Senior Technician", 3850, 80, 6.5},
		{Person{"E-0007", "Marco Ruiz"}, "Warehouse Associate", 2125, 72, 0},
		{Person{"E-0019", "Priya Natarajan"}, "Line Supervisor", 4400, 80, 2},
	}
	sort.Slice(staff, func(i, j int) bool { return staff[i].ID < staff[j].ID })
	deds := []Deduction{
		percentDeduction{"Federal tax", 1200},
		percentDeduction{"State tax", 475},
		percentDeduction{"Social security", 620},
		flatDeduction{"Health plan", 8500},
	}
	var payroll Cents
	for _, e := range staff {
		printSlip(e, "2024-05-01..2024-05-15", deds)
		payroll += e.Gross()
	}
	fmt.Printf("Total gross payroll for %d employees: %s\n", len(staff), payroll)
}
