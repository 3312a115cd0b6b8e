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
	Mgr    *Employee
}

type Dept struct {
	Name    string
	Members []*Employee
}

func (d *Dept) Total() (sum int) {
	for _, m := range d.Members {
		sum += m.Salary
	}
	return
}

func (e *Employee) Chain() string {
	var parts []string
	for cur := e; cur != nil; cur = cur.Mgr {
		parts = append(parts, cur.Name)
	}
	return strings.Join(parts, " <- ")
}

func (e Employee) Raise(pct int) Employee {
	e.Salary += e.Salary * pct / 100
	return e
}

func (e *Employee) RaiseInPlace(pct int) {
	e.Salary += e.Salary * pct / 100
}

func main() {
	ceo := &Employee{Name: "Ada", Dept: "exec", Salary: 300}
	cto := &Employee{Name: "Bo", Dept: "eng", Salary: 200, Mgr: ceo}
	devs := []*Employee{
		{Name: "Cy", Dept: "eng", Salary: 120, Mgr: cto},
		{Name: "Di", Dept: "eng", Salary: 130, Mgr: cto},
		{Name: "Ed", Dept: "ops", Salary: 90, Mgr: ceo},
	}
	all := append([]*Employee{ceo, cto}, devs...)

	depts := map[string]*Dept{}
	for _, e := range all {
		d, ok := depts[e.Dept]
		if !ok {
			d = &Dept{Name: e.Dept}
			depts[e.Dept] = d
		}
		d.Members = append(d.Members, e)
	}
	names := make([]string, 0, len(depts))
	for n := range depts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%-5s members=%d total=%d\n", n, len(depts[n].Members), depts[n].Total())
	}
	fmt.Println(devs[1].Chain())

	copyDi := devs[1].Raise(10)
	fmt.Println(copyDi.Salary, devs[1].Salary)
	devs[1].RaiseInPlace(10)
	fmt.Println(devs[1].Salary, depts["eng"].Total())

	val := *devs[0]
	val.RaiseInPlace(50) // addressable variable: &val used implicitly
	fmt.Println(val.Salary, devs[0].Salary)

	sort.Slice(all, func(i, j int) bool {
		if all[i].Salary != all[j].Salary {
			return all[i].Salary > all[j].Salary
		}
		return all[i].Name < all[j].Name
	})
	for i, e := range all {
		mgr := "-"
		if e.Mgr != nil {
			mgr = e.Mgr.Name
		}
		fmt.Printf("%d. %-3s %4d %s\n", i+1, e.Name, e.Salary, mgr)
	}

	byMgr := map[string][]string{}
	for _, e := range all {
		if e.Mgr != nil {
			byMgr[e.Mgr.Name] = append(byMgr[e.Mgr.Name], e.Name)
		}
	}
	fmt.Println(byMgr)
}
