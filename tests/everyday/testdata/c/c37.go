// Checkout pricing with pluggable promotion rules; a reusable scratch map is
// reset with clear() between carts.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Product struct {
	SKU      string
	Name     string
	Price    Cents
	Category string
}

type LineItem struct {
	Product
	Qty int
}

func (l LineItem) Total() Cents { return l.Price * Cents(l.Qty) }

type Discount struct {
	Rule   string
	Amount Cents
}

// A Rule inspects the cart (and per-category subtotals) and returns discounts.
type Rule func(items []LineItem, byCat map[string]Cents) []Discount

func BuyXGetOneFree(sku string, x int) Rule {
	return func(items []LineItem, _ map[string]Cents) []Discount {
		for _, it := range items {
			if it.SKU == sku && it.Qty > x {
				free := it.Qty / (x + 1)
				return []Discount{{fmt.Sprintf("buy %d %s get 1 free (x%d)", x, it.Name, free), it.Price * Cents(free)}}
			}
		}
		return nil
	}
}

func CategoryPercent(cat string, pct int, minSpend Cents) Rule {
	return func(_ []LineItem, byCat map[string]Cents) []Discount {
		if sub := byCat[cat]; sub >= minSpend {
			return []Discount{{fmt.Sprintf("%d%% off %s over %v", pct, cat, minSpend), sub * Cents(pct) / 100}}
		}
		return nil
	}
}

func Coupon(code string, off Cents) Rule {
	return func(items []LineItem, _ map[string]Cents) []Discount {
		return []Discount{{"coupon " + strings.ToUpper(code), off}}
	}
}

type Checkout struct {
	rules   []Rule
	maxOff  int // discounts capped at this percent of the subtotal
	scratch map[string]Cents

	shippingFee, freeShippingOver Cents
}

type Receipt struct {
	Subtotal, Discount, Shipping, Total Cents
	Applied                             []Discount
}

func (c *Checkout) Price(items []LineItem, extra ...Rule) Receipt {
	clear(c.scratch) // reuse the allocation from the previous cart
	for _, it := range items {
		c.scratch[it.Category] += it.Total()
	}
	var r Receipt
	r.Subtotal = Sum(slices.Collect(maps.Values(c.scratch))...)
	for _, rule := range slices.Concat(c.rules, extra) {
		r.Applied = append(r.Applied, rule(items, c.scratch)...)
	}
	r.Discount = min(Sum(amountsOf(r.Applied)...), r.Subtotal*Cents(c.maxOff)/100)
	after := r.Subtotal - r.Discount
	if after < cmp.Or(c.freeShippingOver, 5000) {
		r.Shipping = cmp.Or(c.shippingFee, 495) // defaults when unset
	}
	r.Total = after + r.Shipping
	return r
}

func printReceipt(name string, items []LineItem, r Receipt) {
	fmt.Printf("== %s ==\n", name)
	for _, it := range items {
		fmt.Printf("  %-25s %2d x %6v = %7v\n", it.Name, it.Qty, it.Price, it.Total())
	}
	fmt.Printf("  %-39s %7v\n", "subtotal", r.Subtotal)
	for _, d := range r.Applied {
		fmt.Printf("  - %-37s %7v\n", d.Rule, d.Amount)
	}
	if Sum(amountsOf(r.Applied)...) > r.Discount {
		fmt.Printf("  %-39s %7v\n", "discount (capped)", r.Discount)
	}
	fmt.Printf("  %-39s %7v\n", "shipping", r.Shipping)
	fmt.Printf("  %-39s %7v\n", "TOTAL", r.Total)
}

func amountsOf(ds []Discount) []Cents {
	out := make([]Cents, 0, len(ds))
	for _, d := range ds {
		out = append(out, d.Amount)
	}
	return out
}

func main() {
	tea := Product{"T-01", "green tea 100g", 850, "grocery"}
	mug := Product{"K-10", "ceramic mug", 1299, "kitchen"}
	kettle := Product{"K-20", "electric kettle", 3999, "kitchen"}
	honey := Product{"G-07", "wildflower honey", 725, "grocery"}

	co := &Checkout{
		rules: []Rule{
			BuyXGetOneFree("T-01", 3),
			CategoryPercent("kitchen", 10, 4000),
		},
		maxOff:  30,
		scratch: map[string]Cents{},
	}

	cart1 := []LineItem{{tea, 4}, {honey, 1}}
	printReceipt("small grocery run", cart1, co.Price(cart1))

	cart2 := []LineItem{{kettle, 1}, {mug, 2}, {tea, 8}}
	printReceipt("kitchen upgrade", cart2, co.Price(cart2))

	cart3 := []LineItem{{mug, 1}}
	printReceipt("single mug with coupon", cart3, co.Price(cart3, Coupon("welcome5", 500)))

	fmt.Println("scratch categories after last cart:", slices.Sorted(maps.Keys(co.scratch)))
	fmt.Println("sum of ints:", Sum(1, 2, 3), "sum of floats:", Sum(0.5, 0.25), "no args:", Sum[int]())
}
