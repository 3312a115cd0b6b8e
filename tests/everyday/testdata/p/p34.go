// Tour of slices, maps and cmp: sorting records, searching, grouping, and set operations.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Age    int
}

func main() {
	staff := []Employee{
		{"Alice", "eng", 125000, 34}, {"Bob", "eng", 98000, 45}, {"Carol", "sales", 72000, 29},
		{"Dan", "ops", 81000, 38}, {"Erin", "eng", 125000, 31}, {"Frank", "sales", 88000, 52},
		{"Grace", "ops", 67000, 26}, {"Heidi", "eng", 143000, 41}, {"Ivan", "sales", 72000, 33},
	}

	byDeptThenPay := slices.Clone(staff)
	slices.SortStableFunc(byDeptThenPay, func(a, b Employee) int {
		return cmp.Or(
			strings.Compare(a.Dept, b.Dept),
			cmp.Compare(b.Salary, a.Salary), // descending
			cmp.Compare(a.Name, b.Name),
		)
	})
	fmt.Println("sorted by dept, salary desc:")
	for _, e := range byDeptThenPay {
		fmt.Printf("  %-6s %-5s %7d\n", e.Name, e.Dept, e.Salary)
	}

	oldest := slices.MaxFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
	youngest := slices.MinFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println("oldest:", oldest.Name, "youngest:", youngest.Name)

	idx := slices.IndexFunc(staff, func(e Employee) bool { return e.Dept == "ops" })
	fmt.Println("first ops employee:", staff[idx].Name,
		"| any over 140k:", slices.ContainsFunc(staff, func(e Employee) bool { return e.Salary > 140000 }))

	byDept := map[string][]string{}
	payroll := map[string]int{}
	for _, e := range staff {
		byDept[e.Dept] = append(byDept[e.Dept], e.Name)
		payroll[e.Dept] += e.Salary
	}
	for _, d := range slices.Sorted(maps.Keys(byDept)) {
		fmt.Printf("%-5s n=%d payroll=%d avg=%d members=%v\n", d, len(byDept[d]), payroll[d], payroll[d]/len(byDept[d]), byDept[d])
	}

	salaries := make([]int, 0, len(staff))
	for _, e := range staff {
		salaries = append(salaries, e.Salary)
	}
	slices.Sort(salaries)
	distinct := slices.Compact(slices.Clone(salaries))
	fmt.Println("distinct salaries:", distinct)
	pos, found := slices.BinarySearch(distinct, 88000)
	fmt.Println("88000 at", pos, found)
	pos, found = slices.BinarySearch(distinct, 90000)
	fmt.Println("90000 would insert at", pos, found)
	median := salaries[len(salaries)/2]
	fmt.Println("median salary:", median)

	top3 := slices.Clone(distinct)
	slices.Reverse(top3)
	fmt.Println("top 3 salary bands:", top3[:3])

	// Set operations with map[string]struct{}.
	python := map[string]struct{}{"Alice": {}, "Carol": {}, "Heidi": {}, "Ivan": {}}
	golang := map[string]struct{}{"Alice": {}, "Bob": {}, "Erin": {}, "Heidi": {}}
	both := maps.Clone(python)
	maps.DeleteFunc(both, func(k string, _ struct{}) bool { _, ok := golang[k]; return !ok })
	union := maps.Clone(python)
	maps.Copy(union, golang)
	fmt.Println("both:", slices.Sorted(maps.Keys(both)), "union size:", len(union))
	fmt.Println("union:", slices.Sorted(maps.Keys(union)))

	chunks := slices.Collect(slices.Chunk(slices.Sorted(maps.Keys(union)), 4))
	fmt.Println("teams of 4:", chunks)
	fmt.Println("cmp.Compare examples:", cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Compare(2.5, 2.5), cmp.Less("go", "gopher"))
	fmt.Println("cmp.Or first non-zero:", cmp.Or("", "", "fallback", "other"), cmp.Or(0, 0, 7))
	grid := slices.Repeat([]string{"-"}, 5)
	fmt.Println("repeat:", strings.Join(grid, ""), "insert:", slices.Insert([]int{1, 2, 5}, 2, 3, 4), "delete:", slices.Delete([]int{0, 1, 2, 3, 4}, 1, 3))
}
