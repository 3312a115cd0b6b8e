package main

import (
	"fmt"
	"strings"
)

type Product struct {
	Name     string
	Category string
	Price    float64
	Rating   float64
	Stock    int
	Tags     []string
}

// Spec is a composable business rule.
type Spec interface {
	IsSatisfiedBy(p Product) bool
	String() string
}

type predicate struct {
	desc string
	fn   func(Product) bool
}

func (p predicate) IsSatisfiedBy(x Product) bool { return p.fn(x) }
func (p predicate) String() string               { return p.desc }

func Where(desc string, fn func(Product) bool) Spec { return predicate{desc, fn} }

type and []Spec
type or []Spec
type not struct{ s Spec }

func And(s ...Spec) Spec { return and(s) }
func Or(s ...Spec) Spec  { return or(s) }
func Not(s Spec) Spec    { return not{s} }

func (a and) IsSatisfiedBy(p Product) bool {
	for _, s := range a {
		if !s.IsSatisfiedBy(p) {
			return false
		}
	}
	return true
}
func (o or) IsSatisfiedBy(p Product) bool {
	for _, s := range o {
		if s.IsSatisfiedBy(p) {
			return true
		}
	}
	return false
}
func (n not) IsSatisfiedBy(p Product) bool { return !n.s.IsSatisfiedBy(p) }

func join(specs []Spec, sep string) string {
	parts := make([]string, len(specs))
	for i, s := range specs {
		parts[i] = s.String()
	}
	return "(" + strings.Join(parts, sep) + ")"
}
func (a and) String() string { return join(a, " AND ") }
func (o or) String() string  { return join(o, " OR ") }
func (n not) String() string { return "NOT " + n.s.String() }

// Parameterised spec constructors.
func InCategory(c string) Spec {
	return Where("category="+c, func(p Product) bool { return p.Category == c })
}
func PriceBelow(max float64) Spec {
	return Where(fmt.Sprintf("price<%g", max), func(p Product) bool { return p.Price < max })
}
func RatedAtLeast(r float64) Spec {
	return Where(fmt.Sprintf("rating>=%g", r), func(p Product) bool { return p.Rating >= r })
}
func HasTag(t string) Spec {
	return Where("tag:"+t, func(p Product) bool {
		for _, x := range p.Tags {
			if x == t {
				return true
			}
		}
		return false
	})
}

var InStock = Where("in-stock", func(p Product) bool { return p.Stock > 0 })

func Select(items []Product, s Spec) []Product {
	var out []Product
	for _, p := range items {
		if s.IsSatisfiedBy(p) {
			out = append(out, p)
		}
	}
	return out
}

func main() {
	catalog := []Product{
		{"Trail Runner 3", "shoes", 129.0, 4.6, 12, []string{"outdoor", "running"}},
		{"City Sneaker", "shoes", 79.5, 4.1, 0, []string{"casual"}},
		{"Rain Shell", "jackets", 189.0, 4.8, 3, []string{"outdoor", "waterproof"}},
		{"Fleece Mid", "jackets", 59.0, 3.9, 40, []string{"outdoor"}},
		{"Merino Tee", "shirts", 45.0, 4.7, 25, []string{"running", "casual"}},
		{"Cotton Tee", "shirts", 15.0, 3.5, 100, []string{"casual"}},
		{"Summit Boot", "shoes", 245.0, 4.9, 2, []string{"outdoor", "waterproof"}},
	}

	queries := []Spec{
		InStock,
		And(InCategory("shoes"), InStock),
		Or(InCategory("jackets"), InCategory("shirts")),
		And(HasTag("outdoor"), PriceBelow(200), RatedAtLeast(4.5)),
		And(InStock, Not(HasTag("casual")), Or(PriceBelow(50), RatedAtLeast(4.8))),
		Not(Or(HasTag("running"), HasTag("waterproof"))),
		And(InCategory("hats"), InStock),
	}
	for i, q := range queries {
		res := Select(catalog, q)
		fmt.Printf("Q%d %s\n", i+1, q)
		if len(res) == 0 {
			fmt.Println("    (no matches)")
		}
		for _, p := range res {
			fmt.Printf("    %-15s %-8s %7.2f  ★%.1f  stock=%d\n", p.Name, p.Category, p.Price, p.Rating, p.Stock)
		}
	}

	promo := And(HasTag("outdoor"), InStock)
	fmt.Println("\npromotion eligibility", promo)
	for _, p := range catalog {
		fmt.Printf("  %-15s %t\n", p.Name, promo.IsSatisfiedBy(p))
	}
}
