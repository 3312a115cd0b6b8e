package main

import (
	"cmp"
	"fmt"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
)

type Employee struct {
	Name   string
	Dept   string
	Level  int
	Salary float64
	Rating float64
}

func main() {
	staff := []Employee{
		{"Priya", "Data", 3, 132000, 4.5},
		{"Marco", "Data", 2, 98000, 4.1},
		{"Lena", "Eng", 3, 145000, 3.9},
		{"Omar", "Eng", 3, 145000, 4.7},
		{"Chen", "Eng", 1, 85000, 4.2},
		{"Sofia", "Sales", 2, 76000, 4.8},
		{"Jonas", "Sales", 2, 76000, 3.5},
		{"Aiko", "Data", 3, 128000, 4.5},
		{"Bruno", "Sales", 1, 54000, 4.0},
	}

	// dept asc, level desc, salary desc, name asc
	slices.SortStableFunc(staff, func(a, b Employee) int {
		return cmp.Or(
			cmp.Compare(a.Dept, b.Dept),
			cmp.Compare(b.Level, a.Level),
			cmp.Compare(b.Salary, a.Salary),
			strings.Compare(a.Name, b.Name),
		)
	})

	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tDEPT\tLEVEL\tSALARY\tRATING\t")
	fmt.Fprintln(tw, "----\t----\t-----\t------\t------\t")
	for _, e := range staff {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%.0f\t%.1f\t\n", e.Name, e.Dept, e.Level, e.Salary, e.Rating)
	}
	tw.Flush()
	fmt.Println()

	type deptStat struct {
		Headcount int
		Payroll   float64
		AvgRating float64
		Top       string
	}
	stats := map[string]*deptStat{}
	var order []string
	for _, e := range staff {
		s, ok := stats[e.Dept]
		if !ok {
			s = &deptStat{}
			stats[e.Dept] = s
			order = append(order, e.Dept)
		}
		s.Headcount++
		s.Payroll += e.Salary
		s.AvgRating += e.Rating
		if s.Top == "" {
			s.Top = e.Name
		}
	}
	right := tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(right, "dept\theadcount\tpayroll\tavg rating\ttop\t")
	for _, d := range order {
		s := stats[d]
		s.AvgRating /= float64(s.Headcount)
		fmt.Fprintf(right, "%s\t%d\t%.2f\t%.3f\t%s\t\n", d, s.Headcount, s.Payroll, s.AvgRating, s.Top)
	}
	right.Flush()

	// rank by rating desc, ties by name
	byRating := slices.Clone(staff)
	slices.SortFunc(byRating, func(a, b Employee) int {
		return cmp.Or(cmp.Compare(b.Rating, a.Rating), cmp.Compare(a.Name, b.Name))
	})
	fmt.Println()
	for i, e := range byRating[:4] {
		fmt.Printf("%d. %-6s %.1f\n", i+1, e.Name, e.Rating)
	}
	idx, found := slices.BinarySearchFunc(staff, "Eng", func(e Employee, d string) int { return cmp.Compare(e.Dept, d) })
	fmt.Println("first Eng at", idx, found, staff[idx].Name)
	fmt.Println(slices.IsSortedFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Dept, b.Dept) }))
}
