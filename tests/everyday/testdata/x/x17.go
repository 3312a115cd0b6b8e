package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Age    int
}

type byAge []Employee

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func show(title string, es []Employee) {
	fmt.Println("--", title)
	for _, e := range es {
		fmt.Printf("   %-6s %-5s %6d %d\n", e.Name, e.Dept, e.Salary, e.Age)
	}
}

func main() {
	staff := []Employee{
		{"Zoe", "eng", 120000, 31},
		{"Adam", "ops", 80000, 45},
		{"Bea", "eng", 120000, 28},
		{"Carl", "sales", 70000, 31},
		{"Dana", "ops", 95000, 38},
		{"Eve", "eng", 99000, 31},
		{"Finn", "sales", 70000, 25},
	}

	s1 := slices.Clone(staff)
	slices.SortFunc(s1, func(a, b Employee) int {
		return cmp.Or(
			cmp.Compare(a.Dept, b.Dept),
			-cmp.Compare(a.Salary, b.Salary),
			strings.Compare(a.Name, b.Name),
		)
	})
	show("dept asc, salary desc, name", s1)

	s2 := slices.Clone(staff)
	sort.Stable(byAge(s2))
	show("stable by age", s2)

	s3 := slices.Clone(staff)
	slices.SortStableFunc(s3, func(a, b Employee) int { return cmp.Compare(b.Salary, a.Salary) })
	show("stable salary desc", s3)

	s4 := slices.Clone(staff)
	sort.Slice(s4, func(i, j int) bool {
		if len(s4[i].Name) != len(s4[j].Name) {
			return len(s4[i].Name) < len(s4[j].Name)
		}
		return s4[i].Name < s4[j].Name
	})
	names := make([]string, len(s4))
	for i, e := range s4 {
		names[i] = e.Name
	}
	fmt.Println("by name length:", names)

	idx, found := slices.BinarySearchFunc(s1, "ops", func(e Employee, d string) int { return cmp.Compare(e.Dept, d) })
	fmt.Println("first ops at", idx, found, s1[idx].Name)

	oldest := slices.MaxFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
	youngest := slices.MinFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println("oldest:", oldest.Name, "youngest:", youngest.Name)

	fmt.Println(slices.IsSortedFunc(s1, func(a, b Employee) int { return cmp.Compare(a.Dept, b.Dept) }))
	ints := []int{5, 2, 8, 2, 9, 1}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints, sort.SearchInts([]int{1, 3, 5, 7}, 6))
	fmt.Println(cmp.Compare(1.5, 2.5), cmp.Less("b", "a"), cmp.Or("", "", "fallback"), cmp.Or(0, 7, 9))
	words := strings.Fields("banana Apple cherry apple Banana")
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Or(cmp.Compare(strings.ToLower(a), strings.ToLower(b)), cmp.Compare(a, b))
	})
	fmt.Println(words)
}
