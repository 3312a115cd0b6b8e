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

// ByName is a plain sort.Interface.
type ByName []Employee

func (s ByName) Len() int           { return len(s) }
func (s ByName) Less(i, j int) bool { return s[i].Name < s[j].Name }
func (s ByName) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

// BySalary embeds ByName to reuse Len and Swap, overriding Less.
type BySalary struct{ ByName }

func (s BySalary) Less(i, j int) bool { return s.ByName[i].Salary < s.ByName[j].Salary }

// multiSorter chains comparator functions.
type lessFunc func(a, b *Employee) int

type multiSorter struct {
	data []Employee
	less []lessFunc
}

func (m *multiSorter) Len() int      { return len(m.data) }
func (m *multiSorter) Swap(i, j int) { m.data[i], m.data[j] = m.data[j], m.data[i] }
func (m *multiSorter) Less(i, j int) bool {
	for _, f := range m.less {
		if c := f(&m.data[i], &m.data[j]); c != 0 {
			return c < 0
		}
	}
	return false
}

func OrderedBy(less ...lessFunc) func([]Employee) {
	return func(d []Employee) {
		sort.Sort(&multiSorter{d, less})
	}
}

func cmp[T int | string](a, b T) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func dump(title string, es []Employee) {
	fmt.Println("--", title)
	for _, e := range es {
		fmt.Printf("   %-7s %-5s %6d %3d\n", e.Name, e.Dept, e.Salary, e.Age)
	}
}

func main() {
	staff := []Employee{
		{"Mia", "eng", 120000, 31},
		{"Liam", "ops", 85000, 45},
		{"Zoe", "eng", 135000, 28},
		{"Noah", "sales", 70000, 38},
		{"Ava", "eng", 120000, 26},
		{"Eli", "ops", 85000, 29},
		{"Ivy", "sales", 92000, 41},
	}
	s := append([]Employee(nil), staff...)
	sort.Sort(ByName(s))
	dump("by name", s)

	sort.Stable(BySalary{ByName(s)})
	dump("by salary (stable, ties keep name order)", s)

	sort.Sort(sort.Reverse(BySalary{ByName(s)}))
	fmt.Println("-- top earner:", s[0].Name, "lowest:", s[len(s)-1].Name)

	byDept := func(a, b *Employee) int { return cmp(a.Dept, b.Dept) }
	bySalDesc := func(a, b *Employee) int { return -cmp(a.Salary, b.Salary) }
	byAge := func(a, b *Employee) int { return cmp(a.Age, b.Age) }
	OrderedBy(byDept, bySalDesc, byAge)(s)
	dump("dept asc, salary desc, age asc", s)

	fmt.Println("-- sorted?", sort.IsSorted(ByName(s)), sort.IsSorted(&multiSorter{s, []lessFunc{byDept}}))

	names := make([]string, len(s))
	for i, e := range s {
		names[i] = e.Name
	}
	sort.Strings(names)
	i := sort.SearchStrings(names, "Liam")
	j := sort.SearchStrings(names, "Kai")
	fmt.Printf("-- names %s; Liam at %d, Kai would insert at %d\n", strings.Join(names, ","), i, j)

	ages := []int{}
	for _, e := range staff {
		ages = append(ages, e.Age)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(ages)))
	fmt.Println("-- ages desc:", ages)
	k := sort.Search(len(ages), func(i int) bool { return ages[i] < 30 })
	fmt.Println("-- count aged 30+:", k)
}
