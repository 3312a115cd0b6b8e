package main

import (
	"fmt"
	"slices"
	"strings"
)

type Identity struct {
	SKU  string
	Name string
}

func (i Identity) Label() string { return i.SKU + " " + i.Name }

type Stock struct {
	OnHand   int
	Reserved int
}

func (s *Stock) Available() int { return s.OnHand - s.Reserved }
func (s *Stock) Reserve(n int) bool {
	if n > s.Available() {
		return false
	}
	s.Reserved += n
	return true
}
func (s *Stock) Receive(n int) { s.OnHand += n }

type Priced struct {
	UnitCents int
}

func (p Priced) Value(qty int) int { return p.UnitCents * qty }

type Item struct {
	Identity
	Stock
	Priced
	Tags []string
}

// Perishable shadows Label from the embedded Item.Identity.
type Perishable struct {
	Item
	ShelfDays int
}

func (p Perishable) Label() string {
	return fmt.Sprintf("%s (perishable, %dd)", p.Item.Label(), p.ShelfDays)
}

type Labeler interface{ Label() string }

type Inventory struct {
	items  []*Item
	perish []*Perishable
}

func (inv *Inventory) all() []Labeler {
	var out []Labeler
	for _, it := range inv.items {
		out = append(out, it)
	}
	for _, p := range inv.perish {
		out = append(out, p)
	}
	return out
}

func money(c int) string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func main() {
	inv := &Inventory{}
	inv.items = append(inv.items,
		&Item{Identity{"A100", "Widget"}, Stock{OnHand: 40}, Priced{250}, []string{"metal"}},
		&Item{Identity{"B200", "Gadget"}, Stock{OnHand: 5}, Priced{1999}, []string{"electronic", "fragile"}},
		&Item{Identity: Identity{"C300", "Sprocket"}, Priced: Priced{75}},
	)
	inv.perish = append(inv.perish,
		&Perishable{Item{Identity{"P900", "Milk"}, Stock{OnHand: 12}, Priced{189}, nil}, 7},
	)

	orders := []struct {
		sku string
		qty int
	}{{"A100", 15}, {"B200", 6}, {"B200", 5}, {"C300", 1}, {"P900", 10}, {"A100", 30}}

	find := func(sku string) *Stock {
		for _, it := range inv.items {
			if it.SKU == sku { // promoted field from Identity
				return &it.Stock
			}
		}
		for _, p := range inv.perish {
			if p.SKU == sku { // promoted twice: Perishable.Item.Identity.SKU
				return &p.Stock
			}
		}
		return nil
	}
	for _, o := range orders {
		s := find(o.sku)
		ok := s.Reserve(o.qty)
		fmt.Printf("reserve %-4s x%-3d ok=%-5v avail=%d\n", o.sku, o.qty, ok, s.Available())
	}
	inv.items[2].Receive(100)
	fmt.Println("restocked C300 ->", inv.items[2].Available())

	fmt.Println("-- labels --")
	for _, l := range inv.all() {
		fmt.Println(" ", l.Label())
	}

	fmt.Println("-- valuation --")
	total := 0
	for _, it := range inv.items {
		v := it.Value(it.OnHand)
		total += v
		tags := "-"
		if len(it.Tags) > 0 {
			t := slices.Clone(it.Tags)
			slices.Sort(t)
			tags = strings.Join(t, ",")
		}
		fmt.Printf("  %-16s on=%3d res=%2d %9s tags=%s\n", it.Label(), it.OnHand, it.Reserved, money(v), tags)
	}
	for _, p := range inv.perish {
		v := p.Value(p.OnHand)
		total += v
		fmt.Printf("  %-16s on=%3d res=%2d %9s\n", p.Identity.Label(), p.OnHand, p.Reserved, money(v))
	}
	fmt.Println("total:", money(total))
	fmt.Printf("%+v\n", inv.items[0].Stock)
	fmt.Printf("%+v\n", *inv.perish[0])
}
