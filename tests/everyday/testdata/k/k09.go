package main

import (
	"fmt"
	"slices"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	return Reduce(xs, T(0), func(a, b T) T { return a + b })
}

type Employee struct {
	Name   string
	Dept   string
	Level  int
	Salary float64
	Remote bool
}

func main() {
	staff := []Employee{
		{"Ana", "Engineering", 3, 142000, true},
		{"Ben", "Engineering", 2, 118000, false},
		{"Cleo", "Sales", 2, 91000, false},
		{"Dev", "Engineering", 4, 171000, true},
		{"Eli", "Support", 1, 58000, true},
		{"Fay", "Sales", 3, 104500, true},
		{"Gus", "Support", 2, 66000, false},
		{"Hana", "Finance", 3, 112000, false},
		{"Ivo", "Engineering", 1, 95000, false},
		{"Jun", "Finance", 2, 87000, true},
	}

	names := Map(staff, func(e Employee) string { return strings.ToUpper(e.Name[:1]) + e.Name[1:] })
	fmt.Println("Names:", strings.Join(names, ", "))

	remote := Filter(staff, func(e Employee) bool { return e.Remote })
	fmt.Printf("Remote: %d of %d (%.0f%%)\n", len(remote), len(staff), 100*float64(len(remote))/float64(len(staff)))

	payroll := Sum(Map(staff, func(e Employee) float64 { return e.Salary }))
	fmt.Printf("Total payroll: $%.2f\n\n", payroll)

	byDept := GroupBy(staff, func(e Employee) string { return e.Dept })
	depts := slices.Sorted(func(yield func(string) bool) {
		for d := range byDept {
			if !yield(d) {
				return
			}
		}
	})
	fmt.Printf("%-12s %5s %12s %12s  %s\n", "dept", "count", "avg_salary", "max_salary", "members")
	for _, d := range depts {
		members := byDept[d]
		salaries := Map(members, func(e Employee) float64 { return e.Salary })
		avg := Sum(salaries) / float64(len(salaries))
		top := slices.Max(salaries)
		who := Map(members, func(e Employee) string { return e.Name })
		slices.Sort(who)
		fmt.Printf("%-12s %5d %12.2f %12.2f  %v\n", d, len(members), avg, top, who)
	}

	byLevel := GroupBy(staff, func(e Employee) int { return e.Level })
	fmt.Println("\nHeadcount by level:")
	for lvl := 1; lvl <= 4; lvl++ {
		fmt.Printf("  L%d %-6s %d\n", lvl, strings.Repeat("o", len(byLevel[lvl])), len(byLevel[lvl]))
	}

	senior := Reduce(staff, map[bool]int{}, func(acc map[bool]int, e Employee) map[bool]int {
		acc[e.Level >= 3]++
		return acc
	})
	fmt.Printf("\nsenior vs junior: %v\n", senior)
	levels := Sum(Map(staff, func(e Employee) int { return e.Level }))
	fmt.Printf("mean level %.2f\n", float64(levels)/float64(len(staff)))
}
