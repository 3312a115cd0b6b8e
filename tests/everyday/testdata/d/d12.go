package main

import (
	"fmt"
	"strings"
)

// Employee is the base type; other roles embed it.
type Employee struct {
	Name       string
	BaseSalary float64
}

func (e Employee) Title() string          { return "Employee" }
func (e Employee) MonthlyPay() float64    { return e.BaseSalary / 12 }
func (e Employee) Badge() string          { return fmt.Sprintf("[%s] %s", e.Title(), e.Name) }
func (e *Employee) Raise(percent float64) { e.BaseSalary *= 1 + percent/100 }

// Engineer only overrides Title; MonthlyPay and Raise are promoted.
type Engineer struct {
	Employee
	Level int
}

func (e Engineer) Title() string { return fmt.Sprintf("Engineer L%d", e.Level) }

// Manager overrides MonthlyPay and adds a bonus per report.
type Manager struct {
	Employee
	Reports []Payee
}

func (m Manager) Title() string { return "Manager" }
func (m Manager) MonthlyPay() float64 {
	return m.Employee.MonthlyPay() + 150*float64(len(m.Reports))
}

// Contractor embeds Engineer, so it gets Employee's methods two levels deep.
type Contractor struct {
	Engineer
	Agency string
}

func (c Contractor) MonthlyPay() float64 { return c.Engineer.MonthlyPay() * 1.25 }
func (c Contractor) Title() string       { return "Contractor via " + c.Agency }

type Payee interface {
	Title() string
	MonthlyPay() float64
	Badge() string
}

// AuditLog shows embedding a struct pointer to share state across owners.
type AuditLog struct{ entries []string }

func (a *AuditLog) Record(format string, args ...any) {
	a.entries = append(a.entries, fmt.Sprintf(format, args...))
}

type Payroll struct {
	*AuditLog
	Period string
}

func (p Payroll) Run(staff []Payee) float64 {
	total := 0.0
	for _, s := range staff {
		pay := s.MonthlyPay()
		total += pay
		p.Record("%s paid %.2f for %s", s.Title(), pay, p.Period)
	}
	return total
}

func main() {
	alice := &Engineer{Employee{"Alice", 120000}, 3}
	bob := &Engineer{Employee{"Bob", 96000}, 2}
	carol := &Contractor{Engineer{Employee{"Carol", 110000}, 4}, "Acme Staffing"}
	dave := &Manager{Employee: Employee{"Dave", 140000}, Reports: []Payee{alice, bob, carol}}
	erin := &Employee{"Erin", 60000}

	staff := []Payee{alice, bob, carol, dave, erin}

	fmt.Println("Title() vs Badge() - Badge is promoted from Employee and calls Employee.Title:")
	for _, s := range staff {
		fmt.Printf("  %-28s | %s\n", s.Title(), s.Badge())
	}

	fmt.Println("\nmonthly pay:")
	for _, s := range staff {
		fmt.Printf("  %-28s %10.2f\n", s.Title(), s.MonthlyPay())
	}

	// Raise is promoted through the embedding chain; it mutates the inner Employee.
	alice.Raise(10)
	carol.Raise(5)
	dave.Employee.Raise(3)
	fmt.Println("\nafter raises:")
	fmt.Printf("  alice base=%.0f  carol base=%.0f (field promoted: %s)  dave base=%.0f\n",
		alice.BaseSalary, carol.BaseSalary, carol.Name, dave.BaseSalary)
	fmt.Printf("  carol.Engineer.Title()=%q carol.Employee.Title()=%q\n", carol.Engineer.Title(), carol.Employee.Title())

	log := &AuditLog{}
	jan := Payroll{AuditLog: log, Period: "2024-01"}
	feb := Payroll{AuditLog: log, Period: "2024-02"}
	t1 := jan.Run(staff)
	dave.Reports = dave.Reports[:2]
	t2 := feb.Run(staff)
	fmt.Printf("\npayroll totals: jan=%.2f feb=%.2f diff=%.2f\n", t1, t2, t1-t2)
	fmt.Printf("shared audit log has %d entries; last three:\n", len(jan.entries))
	for _, e := range feb.entries[len(feb.entries)-3:] {
		fmt.Println("  " + e)
	}

	var sb strings.Builder
	for _, r := range dave.Reports {
		if e, ok := r.(*Engineer); ok {
			fmt.Fprintf(&sb, "%s(L%d) ", e.Name, e.Level)
		}
	}
	fmt.Println("\ndave's engineer reports:", strings.TrimSpace(sb.String()))
}
