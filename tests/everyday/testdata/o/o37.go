package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Cents int

func (c Cents) String() string { return fmt.Sprintf("%.2f", float64(c)/100) }

type Line struct {
	SKU      string
	Category string
	Qty      int
	Unit     Cents
}

type Cart struct {
	Customer string
	Member   bool
	Lines    []Line
}

func (c Cart) Subtotal() Cents {
	var t Cents
	for _, l := range c.Lines {
		t += l.Unit * Cents(l.Qty)
	}
	return t
}

type Adjustment struct {
	Rule   string
	Amount Cents
	Note   string
}

type Rule interface {
	Name() string
	Priority() int
	Apply(c Cart, running Cents) []Adjustment
}

// BaseRule supplies Name and Priority to concrete rules via embedding.
type BaseRule struct {
	name string
	prio int
}

func (b BaseRule) Name() string  { return b.name }
func (b BaseRule) Priority() int { return b.prio }

type BulkDiscount struct {
	BaseRule
	MinQty  int
	Percent int
}

func (r BulkDiscount) Apply(c Cart, _ Cents) []Adjustment {
	var out []Adjustment
	for _, l := range c.Lines {
		if l.Qty >= r.MinQty {
			d := l.Unit * Cents(l.Qty) * Cents(r.Percent) / 100
			out = append(out, Adjustment{r.name, -d, fmt.Sprintf("%d%% off %s x%d", r.Percent, l.SKU, l.Qty)})
		}
	}
	return out
}

type MemberDiscount struct {
	BaseRule
	Percent int
}

func (r MemberDiscount) Apply(c Cart, running Cents) []Adjustment {
	if !c.Member {
		return nil
	}
	return []Adjustment{{r.name, -running * Cents(r.Percent) / 100, fmt.Sprintf("member %d%%", r.Percent)}}
}

type CategoryTax struct {
	BaseRule
	Rates map[string]int // basis points
}

func (r CategoryTax) Apply(c Cart, _ Cents) []Adjustment {
	var out []Adjustment
	for _, l := range c.Lines {
		if bp, ok := r.Rates[l.Category]; ok {
			t := l.Unit * Cents(l.Qty) * Cents(bp) / 10000
			out = append(out, Adjustment{r.name, t, fmt.Sprintf("%s %.2f%% on %s", l.Category, float64(bp)/100, l.SKU)})
		}
	}
	return out
}

type FreeShipping struct {
	BaseRule
	Threshold, Fee Cents
}

func (r FreeShipping) Apply(_ Cart, running Cents) []Adjustment {
	if running >= r.Threshold {
		return []Adjustment{{r.name, 0, "free shipping"}}
	}
	return []Adjustment{{r.name, r.Fee, fmt.Sprintf("shipping (under %v)", r.Threshold)}}
}

func Checkout(c Cart, rules []Rule) (Cents, []Adjustment) {
	rs := slices.Clone(rules)
	slices.SortStableFunc(rs, func(a, b Rule) int { return cmp.Compare(a.Priority(), b.Priority()) })
	running := c.Subtotal()
	var all []Adjustment
	for _, r := range rs {
		adj := r.Apply(c, running)
		for _, a := range adj {
			running += a.Amount
		}
		all = append(all, adj...)
	}
	return running, all
}

func main() {
	rules := []Rule{
		FreeShipping{BaseRule{"ship", 40}, 5000, 599},
		CategoryTax{BaseRule{"tax", 30}, map[string]int{"food": 500, "goods": 2000}},
		MemberDiscount{BaseRule{"member", 20}, 10},
		BulkDiscount{BaseRule{"bulk", 10}, 10, 15},
	}

	carts := []Cart{
		{"ann", true, []Line{{"apple", "food", 12, 50}, {"mug", "goods", 2, 1200}}},
		{"bob", false, []Line{{"book", "books", 1, 1999}}},
		{"cy", false, []Line{{"rice", "food", 20, 300}, {"lamp", "goods", 1, 4500}}},
	}
	for _, c := range carts {
		total, adjs := Checkout(c, rules)
		fmt.Printf("cart %s (member=%v) subtotal %v\n", c.Customer, c.Member, c.Subtotal())
		for _, a := range adjs {
			fmt.Printf("   %-7s %8v  %s\n", a.Rule, a.Amount, a.Note)
		}
		fmt.Printf("   %-7s %8v\n", "TOTAL", total)
	}
}
