// Subscription plan changes with mid-cycle proration by day.
package main

import (
	"fmt"
	"strings"
	"time"
)

type Plan struct {
	Code    string
	Name    string
	Monthly int64 // cents
	Seats   int
}

type Subscription struct {
	Customer    string
	Plan        Plan
	PeriodStart time.Time
	PeriodEnd   time.Time // exclusive
}

type Adjustment struct {
	Label  string
	Amount int64
}

func days(a, b time.Time) int64 { return int64(b.Sub(a).Hours() / 24) }

// prorate returns amount * part / whole rounded to nearest cent.
func prorate(amount, part, whole int64) int64 {
	return (amount*part*2 + whole) / (whole * 2)
}

// ChangePlan switches the plan effective on the given date and returns
// the credit/charge lines for the remainder of the current period.
func (s *Subscription) ChangePlan(to Plan, effective time.Time) []Adjustment {
	total := days(s.PeriodStart, s.PeriodEnd)
	remain := days(effective, s.PeriodEnd)
	credit := prorate(s.Plan.Monthly, remain, total)
	charge := prorate(to.Monthly, remain, total)
	adj := []Adjustment{
		{fmt.Sprintf("Unused %s (%d/%d days)", s.Plan.Name, remain, total), -credit},
		{fmt.Sprintf("Remaining %s (%d/%d days)", to.Name, remain, total), charge},
	}
	s.Plan = to
	return adj
}

func cents(c int64) string {
	sign := " "
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func main() {
	plans := map[string]Plan{
		"starter": {"starter", "Starter", 2900, 3},
		"team":    {"team", "Team", 9900, 10},
		"biz":     {"biz", "Business", 29900, 50},
	}
	type change struct {
		customer string
		from, to string
		start    time.Time
		eff      time.Time
	}
	changes := []change{
		{"Acme Co", "starter", "team", date(2024, time.March, 1), date(2024, time.March, 11)},
		{"Bolt Inc", "biz", "team", date(2024, time.February, 1), date(2024, time.February, 15)},
		{"Cedar LLC", "team", "biz", date(2024, time.April, 15), date(2024, time.May, 14)},
		{"Dune Ltd", "starter", "biz", date(2024, time.January, 1), date(2024, time.January, 1)},
	}
	var net int64
	for _, c := range changes {
		s := &Subscription{c.customer, plans[c.from], c.start, c.start.AddDate(0, 1, 0)}
		adj := s.ChangePlan(plans[c.to], c.eff)
		fmt.Printf("%s: %s -> %s effective %s (period %s to %s)\n", c.customer,
			plans[c.from].Name, s.Plan.Name, c.eff.Format("2006-01-02"),
			c.start.Format("Jan 2"), s.PeriodEnd.AddDate(0, 0, -1).Format("Jan 2"))
		var sum int64
		for _, a := range adj {
			fmt.Printf("    %-36s %10s\n", a.Label, cents(a.Amount))
			sum += a.Amount
		}
		fmt.Printf("    %-36s %10s\n", strings.Repeat(".", 36), "----------")
		kind := "charge"
		if sum < 0 {
			kind = "credit"
		}
		fmt.Printf("    %-36s %10s\n\n", "Net "+kind, cents(sum))
		net += sum
	}
	fmt.Printf("Net proration impact across %d changes: %s\n", len(changes), strings.TrimSpace(cents(net)))
}
