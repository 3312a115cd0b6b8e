package main

import (
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// FieldParser binds a CSV column name to a setter on *T.
type FieldParser[T any] struct {
	Column   string
	Required bool
	Set      func(*T, string) error
}

type Loader[T any] struct {
	Fields []FieldParser[T]
}

type RowError struct {
	Row    int
	Column string
	Err    error
}

func (e RowError) Error() string { return fmt.Sprintf("row %d, %s: %v", e.Row, e.Column, e.Err) }

func (l Loader[T]) Load(data string) ([]T, []error) {
	r := csv.NewReader(strings.NewReader(data))
	r.TrimLeadingSpace = true
	rows, err := r.ReadAll()
	if err != nil {
		return nil, []error{err}
	}
	idx := map[string]int{}
	for i, h := range rows[0] {
		idx[strings.ToLower(strings.TrimSpace(h))] = i
	}
	var out []T
	var errs []error
	for _, f := range l.Fields {
		if _, ok := idx[f.Column]; !ok && f.Required {
			return nil, []error{fmt.Errorf("missing required column %q", f.Column)}
		}
	}
	for n, row := range rows[1:] {
		var item T
		ok := true
		for _, f := range l.Fields {
			i, present := idx[f.Column]
			if !present {
				continue
			}
			val := strings.TrimSpace(row[i])
			if val == "" && !f.Required {
				continue
			}
			if err := f.Set(&item, val); err != nil {
				errs = append(errs, RowError{n + 2, f.Column, err})
				ok = false
			}
		}
		if ok {
			out = append(out, item)
		}
	}
	return out, errs
}

type Employee struct {
	ID     int
	Name   string
	Hired  time.Time
	Salary float64
	Remote bool
}

const employeesCSV = `id, name, hired, salary, remote, ignored
1, Alice Johnson, 2019-04-01, 98000, true, x
2, Bob Li, 2021-11-15, 72500.50, false, y
3, Carla Díaz, 2020-02-30, 81000, true, z
four, Dan Wu, 2022-06-01, 65000, , w
5, Erin O'Neil, 2023-01-09, , yes, v
6, Farid Haddad, 2018-07-23, 105000, false, u
`

func main() {
	loader := Loader[Employee]{Fields: []FieldParser[Employee]{
		{"id", true, func(e *Employee, s string) (err error) { e.ID, err = strconv.Atoi(s); return }},
		{"name", true, func(e *Employee, s string) error { e.Name = s; return nil }},
		{"hired", true, func(e *Employee, s string) (err error) { e.Hired, err = time.Parse(time.DateOnly, s); return }},
		{"salary", false, func(e *Employee, s string) (err error) { e.Salary, err = strconv.ParseFloat(s, 64); return }},
		{"remote", false, func(e *Employee, s string) (err error) { e.Remote, err = strconv.ParseBool(s); return }},
	}}
	emps, errs := loader.Load(employeesCSV)
	fmt.Printf("loaded %d employees, %d errors\n", len(emps), len(errs))
	for _, e := range errs {
		fmt.Println("  !", e)
	}
	asOf := time.Date(2024, 6, 30, 0, 0, 0, 0, time.UTC)
	var payroll float64
	for _, e := range emps {
		tenure := asOf.Sub(e.Hired).Hours() / 24 / 365.25
		where := "office"
		if e.Remote {
			where = "remote"
		}
		fmt.Printf("#%d %-15s hired %s (%4.1f yrs) %-6s $%10.2f\n", e.ID, e.Name, e.Hired.Format("Jan 2006"), tenure, where, e.Salary)
		payroll += e.Salary
	}
	fmt.Printf("payroll: $%.2f\n", payroll)
	groups := map[bool][]Employee{}
	for _, e := range emps {
		groups[e.Remote] = append(groups[e.Remote], e)
	}
	for _, remote := range []bool{false, true} {
		g := groups[remote]
		sum := 0.0
		names := make([]string, 0, len(g))
		for _, e := range g {
			sum += e.Salary
			names = append(names, strings.Fields(e.Name)[0])
		}
		fmt.Printf("remote=%-5v n=%d avg=$%.2f [%s]\n", remote, len(g), sum/float64(max(len(g), 1)), strings.Join(names, ", "))
	}

	_, errs = Loader[Employee]{Fields: []FieldParser[Employee]{{"email", true, nil}}}.Load(employeesCSV)
	fmt.Println("schema check:", errs[0])
}
