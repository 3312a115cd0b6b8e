package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Event is anything that happened to a shopping cart.
type Event interface{ event() }

type CartOpened struct{ Customer string }
type ItemAdded struct {
	SKU   string
	Qty   int
	Price int // cents
}
type ItemRemoved struct {
	SKU string
	Qty int
}
type CouponApplied struct {
	Code    string
	Percent int
}
type CheckedOut struct{ Total int }

func (CartOpened) event()    {}
func (ItemAdded) event()     {}
func (ItemRemoved) event()   {}
func (CouponApplied) event() {}
func (CheckedOut) event()    {}

type line struct{ qty, price int }

// Cart is rebuilt purely by replaying events.
type Cart struct {
	Customer string
	Lines    map[string]line
	Discount int
	Closed   bool
	Version  int
	pending  []Event
}

var ErrClosed = errors.New("cart is checked out")

func (c *Cart) apply(e Event) {
	switch e := e.(type) {
	case CartOpened:
		c.Customer, c.Lines = e.Customer, map[string]line{}
	case ItemAdded:
		l := c.Lines[e.SKU]
		l.qty += e.Qty
		l.price = e.Price
		c.Lines[e.SKU] = l
	case ItemRemoved:
		l := c.Lines[e.SKU]
		if l.qty -= e.Qty; l.qty <= 0 {
			delete(c.Lines, e.SKU)
		} else {
			c.Lines[e.SKU] = l
		}
	case CouponApplied:
		c.Discount = e.Percent
	case CheckedOut:
		c.Closed = true
	default:
		panic(fmt.Sprintf("unhandled event %T", e))
	}
	c.Version++
}

// raise validates a command's outcome, applies it and queues it for saving.
func (c *Cart) raise(e Event) error {
	if c.Closed {
		return fmt.Errorf("%T: %w", e, ErrClosed)
	}
	c.apply(e)
	c.pending = append(c.pending, e)
	return nil
}

func (c *Cart) Add(sku string, qty, price int) error { return c.raise(ItemAdded{sku, qty, price}) }

func (c *Cart) Remove(sku string, qty int) error {
	if c.Lines[sku].qty < qty {
		return fmt.Errorf("remove %d x %s: only %d in cart", qty, sku, c.Lines[sku].qty)
	}
	return c.raise(ItemRemoved{sku, qty})
}

func (c *Cart) ApplyCoupon(code string) error {
	pct, ok := map[string]int{"WELCOME10": 10, "HALFOFF": 50}[code]
	if !ok {
		return fmt.Errorf("unknown coupon %q", code)
	}
	return c.raise(CouponApplied{code, pct})
}

func (c *Cart) Total() int {
	sum := 0
	for _, l := range c.Lines {
		sum += l.qty * l.price
	}
	return sum * (100 - c.Discount) / 100
}

func (c *Cart) Checkout() error {
	if len(c.Lines) == 0 {
		return errors.New("cannot check out an empty cart")
	}
	return c.raise(CheckedOut{c.Total()})
}

func Replay(events []Event) *Cart {
	c := &Cart{}
	for _, e := range events {
		c.apply(e)
	}
	return c
}

func (c *Cart) String() string {
	skus := make([]string, 0, len(c.Lines))
	for s := range c.Lines {
		skus = append(skus, s)
	}
	sort.Strings(skus)
	parts := make([]string, len(skus))
	for i, s := range skus {
		parts[i] = fmt.Sprintf("%s×%d", s, c.Lines[s].qty)
	}
	return fmt.Sprintf("cart(%s v%d [%s] -%d%% total=%.2f closed=%t)",
		c.Customer, c.Version, strings.Join(parts, " "), c.Discount, float64(c.Total())/100, c.Closed)
}

func main() {
	var store []Event // the append-only event log
	cart := &Cart{}
	cart.raise(CartOpened{"kim"})

	steps := []func() error{
		func() error { return cart.Add("BOOK-1", 2, 1500) },
		func() error { return cart.Add("PEN-7", 10, 120) },
		func() error { return cart.Remove("PEN-7", 4) },
		func() error { return cart.Remove("MUG-2", 1) },
		func() error { return cart.ApplyCoupon("FREESTUFF") },
		func() error { return cart.ApplyCoupon("WELCOME10") },
		func() error { return cart.Add("BOOK-1", 1, 1400) },
		func() error { return cart.Checkout() },
		func() error { return cart.Add("PEN-7", 1, 120) },
	}
	for i, step := range steps {
		if err := step(); err != nil {
			fmt.Printf("step %d rejected: %v (closed=%t)\n", i+1, err, errors.Is(err, ErrClosed))
			continue
		}
		fmt.Printf("step %d ok: %v\n", i+1, cart)
	}
	store = append(store, cart.pending...)

	fmt.Println("\nevent log:")
	for i, e := range store {
		fmt.Printf("  %2d %-18T %+v\n", i+1, e, e)
	}

	fmt.Println("\nreplaying prefixes of the log:")
	for _, n := range []int{1, 3, 4, 6, len(store)} {
		fmt.Printf("  after %d events: %v\n", n, Replay(store[:n]))
	}

	revenue := 0
	for _, e := range store {
		if co, ok := e.(CheckedOut); ok {
			revenue += co.Total
		}
	}
	fmt.Printf("\nprojection: revenue %.2f\n", float64(revenue)/100)
}
