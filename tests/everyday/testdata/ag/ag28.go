// ag28: multi-field sorting with slices.SortFunc, cmp.Compare, cmp.Or, stable sorts and binary search.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Level  int
	Salary int
	Start  string // YYYY-MM-DD
}

// By builds a comparator from a key extractor.
func By[T any, K cmp.Ordered](key func(T) K) func(a, b T) int {
	return func(a, b T) int { return cmp.Compare(key(a), key(b)) }
}

func Desc[T any](c func(a, b T) int) func(a, b T) int {
	return func(a, b T) int { return c(b, a) }
}

// Then chains comparators: later ones break ties of earlier ones.
func Then[T any](cs ...func(a, b T) int) func(a, b T) int {
	return func(a, b T) int {
		for _, c := range cs {
			if r := c(a, b); r != 0 {
				return r
			}
		}
		return 0
	}
}

func show(title string, es []Employee) {
	fmt.Println(title)
	for _, e := range es {
		fmt.Printf("  %-6s %-5s L%d %6d %s\n", e.Name, e.Dept, e.Level, e.Salary, e.Start)
	}
}

func main() {
	staff := []Employee{
		{"Maya", "eng", 3, 145000, "2019-04-01"},
		{"Liam", "sales", 2, 90000, "2021-07-15"},
		{"Noor", "eng", 2, 120000, "2020-01-10"},
		{"Omar", "eng", 3, 150000, "2018-11-20"},
		{"Ines", "sales", 3, 110000, "2017-03-05"},
		{"Hugo", "ops", 1, 70000, "2023-02-28"},
		{"Zara", "eng", 2, 120000, "2019-09-09"},
		{"Ari", "ops", 2, 85000, "2020-06-30"},
	}

	byDeptLevelSalary := slices.Clone(staff)
	slices.SortFunc(byDeptLevelSalary, func(a, b Employee) int {
		return cmp.Or(
			cmp.Compare(a.Dept, b.Dept),
			-cmp.Compare(a.Level, b.Level),
			-cmp.Compare(a.Salary, b.Salary),
			cmp.Compare(a.Name, b.Name),
		)
	})
	show("by dept asc, level desc, salary desc, name:", byDeptLevelSalary)

	seniority := slices.Clone(staff)
	slices.SortFunc(seniority, Then(By(func(e Employee) string { return e.Start }), By(func(e Employee) string { return e.Name })))
	show("by start date:", seniority[:4])

	stable := slices.Clone(staff)
	slices.SortStableFunc(stable, Desc(By(func(e Employee) int { return e.Salary })))
	fmt.Print("stable by salary desc:")
	for _, e := range stable {
		fmt.Printf(" %s(%dk)", e.Name, e.Salary/1000)
	}
	fmt.Println()

	i, found := slices.BinarySearchFunc(byDeptLevelSalary, "ops", func(e Employee, d string) int { return cmp.Compare(e.Dept, d) })
	fmt.Println("first ops employee index:", i, found, byDeptLevelSalary[i].Name)

	names := make([]string, len(staff))
	for i, e := range staff {
		names[i] = e.Name
	}
	slices.SortFunc(names, func(a, b string) int {
		return cmp.Or(cmp.Compare(len(a), len(b)), strings.Compare(a, b))
	})
	fmt.Println("names by length then alpha:", names)

	top := slices.MaxFunc(staff, Then(By(func(e Employee) int { return e.Salary }), Desc(By(func(e Employee) string { return e.Name }))))
	low := slices.MinFunc(staff, By(func(e Employee) int { return e.Level }))
	fmt.Println("highest paid:", top.Name, "lowest level:", low.Name)

	type deptTotal struct {
		Dept  string
		Total int
		N     int
	}
	var totals []deptTotal
	for _, e := range byDeptLevelSalary {
		if n := len(totals); n > 0 && totals[n-1].Dept == e.Dept {
			totals[n-1].Total += e.Salary
			totals[n-1].N++
		} else {
			totals = append(totals, deptTotal{e.Dept, e.Salary, 1})
		}
	}
	slices.SortFunc(totals, func(a, b deptTotal) int { return cmp.Compare(b.Total/b.N, a.Total/a.N) })
	for _, t := range totals {
		fmt.Printf("dept %-5s headcount %d avg %d\n", t.Dept, t.N, t.Total/t.N)
	}
	fmt.Println("is sorted by name?", slices.IsSortedFunc(staff, By(func(e Employee) string { return e.Name })))
	fmt.Println("cmp helpers:", cmp.Compare(1.5, 2.5), cmp.Compare("b", "a"), cmp.Less(3, 3))
}
