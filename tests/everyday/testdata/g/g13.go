// Multi-key employee ordering via sort.Interface with composable comparators.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Employee struct {
	Last, First string
	Dept        string
	Level       int
	HireYear    int
	Salary      int
}

type lessFunc func(a, b *Employee) int

// multiSorter implements sort.Interface by applying comparators in order.
type multiSorter struct {
	emps []Employee
	keys []lessFunc
}

func (ms *multiSorter) Len() int      { return len(ms.emps) }
func (ms *multiSorter) Swap(i, j int) { ms.emps[i], ms.emps[j] = ms.emps[j], ms.emps[i] }
func (ms *multiSorter) Less(i, j int) bool {
	a, b := &ms.emps[i], &ms.emps[j]
	for _, k := range ms.keys {
		if c := k(a, b); c != 0 {
			return c < 0
		}
	}
	return false
}

func OrderedBy(keys ...lessFunc) *multiSorter { return &multiSorter{keys: keys} }

func (ms *multiSorter) Sort(emps []Employee) {
	ms.emps = emps
	sort.Sort(ms)
}

func intCmp(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

var (
	byDept      = func(a, b *Employee) int { return strings.Compare(a.Dept, b.Dept) }
	byLevel     = func(a, b *Employee) int { return -intCmp(a.Level, b.Level) }
	bySalary    = func(a, b *Employee) int { return -intCmp(a.Salary, b.Salary) }
	bySeniority = func(a, b *Employee) int { return intCmp(a.HireYear, b.HireYear) }
	byName      = func(a, b *Employee) int {
		if c := strings.Compare(a.Last, b.Last); c != 0 {
			return c
		}
		return strings.Compare(a.First, b.First)
	}
)

func show(title string, emps []Employee) {
	fmt.Println(title)
	for _, e := range emps {
		name := e.Last + ", " + e.First
		fmt.Printf("  %-18s %-10s L%d  %d  %7d\n", name, e.Dept, e.Level, e.HireYear, e.Salary)
	}
	fmt.Println()
}

func main() {
	emps := []Employee{
		{"Nakamura", "Yui", "Finance", 3, 2019, 98000},
		{"Okafor", "Chidi", "Eng", 4, 2016, 172000},
		{"Smith", "Jordan", "Eng", 2, 2022, 118000},
		{"Smith", "Alex", "Sales", 2, 2021, 87000},
		{"Ivanova", "Mila", "Eng", 4, 2018, 165000},
		{"Brown", "Kai", "Finance", 5, 2012, 151000},
		{"Lopez", "Maya", "Sales", 3, 2017, 112000},
		{"Dubois", "Luc", "Eng", 2, 2022, 121000},
		{"Kim", "Hana", "Sales", 2, 2020, 87000},
	}
	OrderedBy(byName).Sort(emps)
	show("By name:", emps)
	OrderedBy(byDept, byLevel, bySalary, byName).Sort(emps)
	show("By dept, level desc, salary desc, name:", emps)
	OrderedBy(bySalary, bySeniority, byName).Sort(emps)
	show("By salary desc, then seniority, then name:", emps)

	sort.Sort(sort.Reverse(OrderedBy(bySeniority, byName).with(emps)))
	show("Newest hires first (reverse seniority):", emps)

	i := sort.Search(len(emps), func(i int) bool { return emps[i].HireYear <= 2018 })
	fmt.Printf("%d of %d hired after 2018; first veteran: %s %s\n", i, len(emps), emps[i].First, emps[i].Last)
}

func (ms *multiSorter) with(emps []Employee) *multiSorter {
	ms.emps = emps
	return ms
}
