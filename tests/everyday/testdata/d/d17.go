package main

import (
	"fmt"
	"sort"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Age    int
}

// BySalary implements sort.Interface directly.
type BySalary []Employee

func (s BySalary) Len() int           { return len(s) }
func (s BySalary) Less(i, j int) bool { return s[i].Salary < s[j].Salary }
func (s BySalary) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

// ByName embeds BySalary to reuse Len and Swap, overriding only Less.
type ByName struct{ BySalary }

func (s ByName) Less(i, j int) bool {
	return strings.ToLower(s.BySalary[i].Name) < strings.ToLower(s.BySalary[j].Name)
}

// lessFunc and multiSorter give a reusable multi-key ordering.
type lessFunc func(a, b *Employee) int

type multiSorter struct {
	items []Employee
	keys  []lessFunc
}

func OrderedBy(keys ...lessFunc) *multiSorter { return &multiSorter{keys: keys} }

func (ms *multiSorter) Sort(items []Employee) {
	ms.items = items
	sort.Sort(ms)
}

func (ms *multiSorter) Len() int      { return len(ms.items) }
func (ms *multiSorter) Swap(i, j int) { ms.items[i], ms.items[j] = ms.items[j], ms.items[i] }
func (ms *multiSorter) Less(i, j int) bool {
	a, b := &ms.items[i], &ms.items[j]
	for _, k := range ms.keys {
		if c := k(a, b); c != 0 {
			return c < 0
		}
	}
	return false
}

func cmp[T int | string](x, y T) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

var (
	dept       lessFunc = func(a, b *Employee) int { return cmp(a.Dept, b.Dept) }
	salaryDesc lessFunc = func(a, b *Employee) int { return cmp(b.Salary, a.Salary) }
	age        lessFunc = func(a, b *Employee) int { return cmp(a.Age, b.Age) }
	name       lessFunc = func(a, b *Employee) int { return cmp(a.Name, b.Name) }
)

func show(title string, es []Employee) {
	fmt.Println(title)
	for _, e := range es {
		fmt.Printf("  %-8s %-11s %7d %3d\n", e.Name, e.Dept, e.Salary, e.Age)
	}
}

func main() {
	staff := []Employee{
		{"zoe", "engineering", 145000, 34},
		{"Mark", "sales", 88000, 45},
		{"anna", "engineering", 132000, 28},
		{"Li", "support", 61000, 31},
		{"Omar", "sales", 88000, 29},
		{"beth", "engineering", 145000, 41},
		{"Ivan", "support", 64000, 52},
		{"Carl", "sales", 102000, 38},
	}

	s := append([]Employee(nil), staff...)
	sort.Sort(BySalary(s))
	show("by salary ascending:", s)

	sort.Sort(sort.Reverse(BySalary(s)))
	show("by salary descending (sort.Reverse):", s)

	s = append(s[:0], staff...)
	sort.Sort(ByName{s})
	show("by name, case-insensitive (embedded Len/Swap):", s)

	s = append(s[:0], staff...)
	OrderedBy(dept, salaryDesc, name).Sort(s)
	show("by dept, then salary desc, then name:", s)

	s = append(s[:0], staff...)
	OrderedBy(age).Sort(s)
	sort.Stable(BySalary(s))
	show("stable by salary after age sort (ties keep age order):", s)

	fmt.Println("sorted by salary?", sort.IsSorted(BySalary(s)))
	i := sort.Search(len(s), func(i int) bool { return s[i].Salary >= 100000 })
	fmt.Printf("first salary >= 100000 at index %d: %s\n", i, s[i].Name)

	depts := map[string]int{}
	for _, e := range staff {
		depts[e.Dept] += e.Salary
	}
	keys := make([]string, 0, len(depts))
	for k := range depts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return depts[keys[i]] > depts[keys[j]] })
	fmt.Println("payroll per dept:")
	for _, k := range keys {
		fmt.Printf("  %-11s %d\n", k, depts[k])
	}
}
