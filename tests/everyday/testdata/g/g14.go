// Struct embedding: Person -> Employee -> Manager with promoted fields and methods.
package main

import (
	"fmt"
	"strings"
)

type Address struct {
	City, Country string
}

func (a Address) Location() string { return a.City + ", " + a.Country }

type Person struct {
	First, Last string
	Address
}

func (p Person) FullName() string { return p.First + " " + p.Last }
func (p *Person) Relocate(city, country string) {
	p.City, p.Country = city, country
}

type Employee struct {
	Person
	ID     string
	Title  string
	Salary int
}

func (e Employee) String() string {
	return fmt.Sprintf("%s <%s> %s @ %s", e.FullName(), e.ID, e.Title, e.Location())
}

func (e *Employee) Raise(pct int) int {
	old := e.Salary
	e.Salary += e.Salary * pct / 100
	return e.Salary - old
}

type Manager struct {
	Employee
	Reports []*Employee
	Budget  int
}

// String shadows the promoted Employee.String.
func (m Manager) String() string {
	return m.Employee.String() + fmt.Sprintf(" [manages %d]", len(m.Reports))
}

func (m *Manager) TeamCost() int {
	total := m.Salary
	for _, r := range m.Reports {
		total += r.Salary
	}
	return total
}

// Payee is satisfied by both *Employee and *Manager (through promotion).
type Payee interface {
	fmt.Stringer
	Raise(pct int) int
	FullName() string
}

func main() {
	alice := &Employee{Person{"Alice", "Moreau", Address{"Lyon", "FR"}}, "E-17", "Analyst", 64000}
	bob := &Employee{Person{"Bob", "Jansen", Address{"Utrecht", "NL"}}, "E-22", "Engineer", 88000}
	cara := &Manager{
		Employee: Employee{Person{"Cara", "Lind", Address{"Oslo", "NO"}}, "M-03", "Head of Data", 132000},
		Reports:  []*Employee{alice, bob},
		Budget:   300000,
	}

	fmt.Println("Promoted field access:", cara.First, cara.City, cara.Employee.Person.Address.Country)
	fmt.Println(cara)
	for _, r := range cara.Reports {
		fmt.Println("  ->", r)
	}

	bob.Relocate("Berlin", "DE") // pointer method promoted from Person
	fmt.Println("After relocation:", bob.Location())

	payees := []Payee{alice, bob, cara}
	pct := map[string]int{"E-17": 6, "E-22": 4, "M-03": 3}
	var sb strings.Builder
	totalIncrease := 0
	for _, p := range payees {
		var id string
		switch v := p.(type) {
		case *Manager:
			id = v.ID
		case *Employee:
			id = v.ID
		}
		inc := p.Raise(pct[id])
		totalIncrease += inc
		fmt.Fprintf(&sb, "%-12s %-14T +%5d\n", p.FullName(), p, inc)
	}
	fmt.Print(sb.String())
	fmt.Printf("Total increase: %d\n", totalIncrease)
	fmt.Printf("Team cost %d of budget %d (%.1f%%)\n", cara.TeamCost(), cara.Budget,
		100*float64(cara.TeamCost())/float64(cara.Budget))
	if cara.TeamCost() > cara.Budget {
		fmt.Println("WARNING: over budget")
	} else {
		fmt.Printf("Headroom: %d\n", cara.Budget-cara.TeamCost())
	}
}
