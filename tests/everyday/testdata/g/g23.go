// Expense report validation with policy rules as closures and errors.Join.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Category string

const (
	Meals   Category = "meals"
	Lodging Category = "lodging"
	Airfare Category = "airfare"
	Taxi    Category = "ground"
	Gifts   Category = "gifts"
)

type Expense struct {
	Line     int
	Date     string
	Category Category
	Amount   int64 // cents
	Receipt  bool
	Memo     string
}

type Report struct {
	ID       string
	Employee string
	Items    []Expense
}

type PolicyViolation struct {
	Line int
	Rule string
	Msg  string
}

func (p *PolicyViolation) Error() string {
	return fmt.Sprintf("line %d [%s]: %s", p.Line, p.Rule, p.Msg)
}

type Rule func(Expense) error

func violation(rule string, e Expense, format string, args ...any) error {
	return &PolicyViolation{e.Line, rule, fmt.Sprintf(format, args...)}
}

func capPerItem(cat Category, limit int64) Rule {
	return func(e Expense) error {
		if e.Category == cat && e.Amount > limit {
			return violation("cap", e, "%s %.2f exceeds cap %.2f", cat, float64(e.Amount)/100, float64(limit)/100)
		}
		return nil
	}
}

func receiptOver(threshold int64) Rule {
	return func(e Expense) error {
		if !e.Receipt && e.Amount > threshold {
			return violation("receipt", e, "receipt required above %.2f", float64(threshold)/100)
		}
		return nil
	}
}

func memoRequired(cats ...Category) Rule {
	return func(e Expense) error {
		for _, c := range cats {
			if e.Category == c && strings.TrimSpace(e.Memo) == "" {
				return violation("memo", e, "business purpose required for %s", c)
			}
		}
		return nil
	}
}

func Validate(r Report, rules ...Rule) error {
	var errs []error
	for _, e := range r.Items {
		for _, rule := range rules {
			if err := rule(e); err != nil {
				errs = append(errs, err)
			}
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("report %s (%s): %d violation(s):\n%w", r.ID, r.Employee, len(errs), err)
	}
	return nil
}

func main() {
	rules := []Rule{
		capPerItem(Meals, 7500), capPerItem(Lodging, 25000), capPerItem(Gifts, 5000),
		receiptOver(2500), memoRequired(Gifts, Airfare),
	}
	reports := []Report{
		{"EXP-7781", "j.okoro", []Expense{
			{1, "2024-05-02", Airfare, 48210, true, "Client kickoff NYC"},
			{2, "2024-05-02", Taxi, 4650, true, ""},
			{3, "2024-05-03", Lodging, 21900, true, ""},
			{4, "2024-05-03", Meals, 6225, true, "Dinner w/ client"},
		}},
		{"EXP-7790", "m.santos", []Expense{
			{1, "2024-05-09", Meals, 11800, true, "Team dinner"},
			{2, "2024-05-09", Taxi, 3100, false, ""},
			{3, "2024-05-10", Gifts, 8000, false, ""},
			{4, "2024-05-10", Airfare, 39900, true, "  "},
		}},
	}
	for _, r := range reports {
		var total int64
		for _, e := range r.Items {
			total += e.Amount
		}
		err := Validate(r, rules...)
		if err == nil {
			fmt.Printf("%s APPROVED  %s total %.2f\n\n", r.ID, r.Employee, float64(total)/100)
			continue
		}
		fmt.Printf("%s RETURNED  total %.2f\n%v\n", r.ID, float64(total)/100, err)
		var pv *PolicyViolation
		if errors.As(err, &pv) {
			fmt.Printf("first violation on line %d (rule %q)\n", pv.Line, pv.Rule)
		}
		fmt.Println()
	}
}
