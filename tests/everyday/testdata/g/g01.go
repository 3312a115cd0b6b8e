// Department roster with salary statistics, rendered with text/tabwriter.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"os"
	"slices"
	"text/tabwriter"
)

type Employee struct {
	ID     int
	Name   string
	Dept   string
	Title  string
	Salary int64 // annual, in cents
}

type DeptStats struct {
	Count           int
	Total, Min, Max int64
}

func (s DeptStats) Mean() int64 {
	if s.Count == 0 {
		return 0
	}
	return s.Total / int64(s.Count)
}

func dollars(c int64) string {
	neg := c < 0
	if neg {
		c = -c
	}
	whole := fmt.Sprintf("%d", c/100)
	var out []byte
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, byte(r))
	}
	s := fmt.Sprintf("$%s.%02d", out, c%100)
	if neg {
		return "-" + s
	}
	return s
}

func main() {
	staff := []Employee{
		{101, "Ada Park", "Engineering", "Staff Engineer", 18_500_000},
		{102, "Ben Ortiz", "Engineering", "Engineer II", 12_250_000},
		{103, "Chloe Ng", "Finance", "Controller", 15_900_000},
		{104, "Dev Patel", "Sales", "Account Exec", 9_800_050},
		{105, "Elena Ruiz", "Sales", "Sales Director", 16_400_000},
		{106, "Farid Haddad", "Finance", "AP Specialist", 6_725_000},
		{107, "Grace Liu", "Engineering", "Engineer I", 9_900_000},
		{108, "Hugo Brandt", "Operations", "Ops Manager", 11_150_000},
		{109, "Ines Costa", "Sales", "SDR", 6_100_000},
	}

	byDept := map[string][]Employee{}
	stats := map[string]*DeptStats{}
	for _, e := range staff {
		byDept[e.Dept] = append(byDept[e.Dept], e)
		s, ok := stats[e.Dept]
		if !ok {
			s = &DeptStats{Min: e.Salary, Max: e.Salary}
			stats[e.Dept] = s
		}
		s.Count++
		s.Total += e.Salary
		s.Min = min(s.Min, e.Salary)
		s.Max = max(s.Max, e.Salary)
	}

	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "ID\tName\tTitle\tSalary\t")
	for _, dept := range slices.Sorted(maps.Keys(byDept)) {
		emps := byDept[dept]
		slices.SortFunc(emps, func(a, b Employee) int {
			return cmp.Or(cmp.Compare(b.Salary, a.Salary), cmp.Compare(a.Name, b.Name))
		})
		fmt.Fprintf(w, "\t[%s]\t\t\t\n", dept)
		for _, e := range emps {
			fmt.Fprintf(w, "%d\t%s\t%s\t%s\t\n", e.ID, e.Name, e.Title, dollars(e.Salary))
		}
	}
	w.Flush()

	fmt.Println()
	fmt.Printf("%-12s %5s %14s %14s %14s\n", "Department", "Count", "Mean", "Min", "Max")
	var grand DeptStats
	for _, dept := range slices.Sorted(maps.Keys(stats)) {
		s := stats[dept]
		fmt.Printf("%-12s %5d %14s %14s %14s\n", dept, s.Count, dollars(s.Mean()), dollars(s.Min), dollars(s.Max))
		grand.Count += s.Count
		grand.Total += s.Total
	}
	fmt.Printf("%-12s %5d %14s\n", "ALL", grand.Count, dollars(grand.Mean()))
	fmt.Printf("Total payroll: %s\n", dollars(grand.Total))
}
