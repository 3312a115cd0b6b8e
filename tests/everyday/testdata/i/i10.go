package main

import (
	"fmt"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
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

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

type Employee struct {
	Name   string
	Dept   string
	Salary float64
	Active bool
}

type Stats struct {
	Count    int
	Sum, Max float64
}

func (s Stats) String() string {
	if s.Count == 0 {
		return "Stats{empty}"
	}
	return fmt.Sprintf("Stats{n=%d sum=%.0f avg=%.2f max=%.0f}", s.Count, s.Sum, s.Sum/float64(s.Count), s.Max)
}

func main() {
	staff := []Employee{
		{"Ada", "eng", 185000, true},
		{"Grace", "eng", 172000, true},
		{"Linus", "ops", 99000, false},
		{"Barbara", "research", 150500, true},
		{"Ken", "ops", 121000, true},
		{"Rob", "eng", 168250, true},
	}

	active := Filter(staff, func(e Employee) bool { return e.Active })
	names := Map(active, func(e Employee) string { return e.Name })
	fmt.Println("active:", strings.Join(names, ", "))

	st := Reduce(active, Stats{}, func(s Stats, e Employee) Stats {
		s.Count++
		s.Sum += e.Salary
		s.Max = max(s.Max, e.Salary)
		return s
	})
	fmt.Println("payroll:", st)

	eng := Filter(staff, func(e Employee) bool { return e.Dept == "eng" })
	fmt.Println("eng:", Reduce(eng, Stats{}, func(s Stats, e Employee) Stats {
		return Stats{s.Count + 1, s.Sum + e.Salary, max(s.Max, e.Salary)}
	}))
	fmt.Println("nobody:", Reduce(Filter(staff, func(Employee) bool { return false }), Stats{}, func(s Stats, _ Employee) Stats { return s }))

	initials := Map(staff, Compose(func(e Employee) string { return e.Name }, func(s string) byte { return s[0] }))
	fmt.Printf("initials: %s\n", initials)

	lengths := Map(strings.Fields("map filter reduce compose"), func(s string) int { return len(s) })
	total := Reduce(lengths, 0, func(a, b int) int { return a + b })
	fmt.Println("lengths:", lengths, "total:", total)

	csv := Reduce(Map([]int{1, 2, 3, 4, 5}, func(i int) int { return i * i }), "",
		func(acc string, v int) string {
			if acc == "" {
				return fmt.Sprint(v)
			}
			return acc + "," + fmt.Sprint(v)
		})
	fmt.Println("squares csv:", csv)

	raise := func(pct float64) func(Employee) Employee {
		return func(e Employee) Employee { e.Salary *= 1 + pct/100; return e }
	}
	raised := Map(Filter(staff, func(e Employee) bool { return e.Dept == "ops" }), raise(5))
	for _, e := range raised {
		fmt.Printf("%s: %.2f\n", e.Name, e.Salary)
	}
}
