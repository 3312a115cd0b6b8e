// Discount engine: composable promotions behind an interface, applied to a cart.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	SKU      string
	Category string
	Price    int64 // cents
	Qty      int
}

type Cart struct {
	Customer string
	Loyalty  bool
	Items    []Item
}

func (c Cart) Subtotal() (t int64) {
	for _, it := range c.Items {
		t += it.Price * int64(it.Qty)
	}
	return
}

type Discount interface {
	Code() string
	Apply(c Cart, running int64) int64 // returns discount amount (positive)
}

type PercentOff struct {
	Name     string
	Pct      int64
	Category string // empty = whole cart
}

func (p PercentOff) Code() string { return p.Name }
func (p PercentOff) Apply(c Cart, running int64) int64 {
	if p.Category == "" {
		return running * p.Pct / 100
	}
	var base int64
	for _, it := range c.Items {
		if it.Category == p.Category {
			base += it.Price * int64(it.Qty)
		}
	}
	return base * p.Pct / 100
}

type BuyXGetY struct {
	SKU  string
	X, Y int
}

func (b BuyXGetY) Code() string { return fmt.Sprintf("B%dG%d-%s", b.X, b.Y, b.SKU) }
func (b BuyXGetY) Apply(c Cart, _ int64) int64 {
	for _, it := range c.Items {
		if it.SKU == b.SKU {
			free := it.Qty / (b.X + b.Y) * b.Y
			return int64(free) * it.Price
		}
	}
	return 0
}

type Threshold struct {
	Min, Off int64
}

func (t Threshold) Code() string { return fmt.Sprintf("SPEND%d-SAVE%d", t.Min/100, t.Off/100) }
func (t Threshold) Apply(_ Cart, running int64) int64 {
	if running >= t.Min {
		return t.Off
	}
	return 0
}

// Conditional wraps a discount with an eligibility predicate.
type Conditional struct {
	Discount
	When func(Cart) bool
}

func (c Conditional) Apply(cart Cart, running int64) int64 {
	if !c.When(cart) {
		return 0
	}
	return c.Discount.Apply(cart, running)
}

func checkout(c Cart, ds ...Discount) string {
	var b strings.Builder
	sub := c.Subtotal()
	running := sub
	fmt.Fprintf(&b, "Cart for %s (loyalty=%t)\n", c.Customer, c.Loyalty)
	sort.Slice(c.Items, func(i, j int) bool { return c.Items[i].SKU < c.Items[j].SKU })
	for _, it := range c.Items {
		fmt.Fprintf(&b, "  %-10s %-8s %2d x %7.2f = %8.2f\n", it.SKU, it.Category, it.Qty, float64(it.Price)/100, float64(it.Price*int64(it.Qty))/100)
	}
	fmt.Fprintf(&b, "  %-36s %8.2f\n", "Subtotal", float64(sub)/100)
	for _, d := range ds {
		off := min(d.Apply(c, running), running)
		if off == 0 {
			continue
		}
		running -= off
		fmt.Fprintf(&b, "  %-36s %8.2f\n", d.Code(), -float64(off)/100)
	}
	fmt.Fprintf(&b, "  %-36s %8.2f  (saved %.1f%%)\n", "Total", float64(running)/100, 100*float64(sub-running)/float64(sub))
	return b.String()
}

func main() {
	promos := []Discount{
		BuyXGetY{"SOCK-3PK", 2, 1},
		PercentOff{"SHOES15", 15, "shoes"},
		Conditional{PercentOff{"LOYAL5", 5, ""}, func(c Cart) bool { return c.Loyalty }},
		Threshold{15000, 2000},
	}
	carts := []Cart{
		{"alice", true, []Item{{"RUN-ZX", "shoes", 12999, 1}, {"SOCK-3PK", "apparel", 1499, 3}, {"CAP-01", "apparel", 2499, 1}}},
		{"bob", false, []Item{{"SOCK-3PK", "apparel", 1499, 2}, {"TEE-DRY", "apparel", 3499, 2}}},
		{"carol", true, []Item{{"TRAIL-9", "shoes", 15999, 2}, {"SOCK-3PK", "apparel", 1499, 7}}},
	}
	for _, c := range carts {
		fmt.Println(checkout(c, promos...))
	}
}
