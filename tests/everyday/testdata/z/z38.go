package main

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Item interface {
	SKU() string
	Price() float64
}

type Base struct {
	Code string
	Name string
	Cost float64
}

func (b Base) SKU() string      { return b.Code }
func (b Base) Price() float64   { return b.Cost }
func (b Base) Describe() string { return b.Name }

type Book struct {
	Base
	Author string
}

type Gadget struct {
	Base
	WarrantyMonths int
}

func (g Gadget) Price() float64 { return g.Cost * 1.2 }

type Food struct {
	Base
	Perishable bool
}

func (f Food) Describe() string { return f.Name + " (food)" }

type Inventory struct {
	stock map[string]int
	items map[string]Item
}

var ErrOutOfStock = errors.New("out of stock")

func (inv *Inventory) Add(it Item, qty int) {
	if inv.stock == nil {
		inv.stock, inv.items = map[string]int{}, map[string]Item{}
	}
	inv.items[it.SKU()] = it
	inv.stock[it.SKU()] += qty
}

func (inv *Inventory) Remove(sku string, qty int) error {
	have, ok := inv.stock[sku]
	switch {
	case !ok:
		return fmt.Errorf("sku %s: unknown", sku)
	case have < qty:
		return fmt.Errorf("sku %s: want %d, have %d: %w", sku, qty, have, ErrOutOfStock)
	}
	inv.stock[sku] -= qty
	return nil
}

func (inv Inventory) Value() float64 {
	total := 0.0
	for _, sku := range slices.Sorted(maps.Keys(inv.stock)) {
		total += float64(inv.stock[sku]) * inv.items[sku].Price()
	}
	return total
}

func category(it Item) string {
	switch v := it.(type) {
	case Book:
		return "book by " + v.Author
	case Gadget:
		return fmt.Sprintf("gadget, %dm warranty", v.WarrantyMonths)
	case Food:
		if v.Perishable {
			return "perishable food"
		}
		return "food"
	default:
		return "unknown"
	}
}

func main() {
	var inv Inventory
	inv.Add(Book{Base{"B1", "Go in Action", 30}, "Kennedy"}, 5)
	inv.Add(Gadget{Base{"G1", "USB Hub", 25}, 12}, 3)
	inv.Add(Food{Base{"F1", "Coffee", 12.5}, false}, 10)
	inv.Add(Food{Base{"F2", "Milk", 1.25}, true}, 20)
	inv.Add(Book{Base{"B1", "Go in Action", 30}, "Kennedy"}, 2)

	skus := slices.SortedFunc(maps.Keys(inv.items), func(a, b string) int {
		return cmp.Or(cmp.Compare(inv.stock[b], inv.stock[a]), cmp.Compare(a, b))
	})
	for _, sku := range skus {
		it := inv.items[sku]
		desc := it.(interface{ Describe() string }).Describe()
		fmt.Printf("%-3s %-18s %7.2f x%-3d %s\n", sku, desc, it.Price(), inv.stock[sku], category(it))
	}
	fmt.Printf("total value: %.2f\n", inv.Value())
	for _, req := range []struct {
		sku string
		n   int
	}{{"F2", 15}, {"G1", 4}, {"X9", 1}, {"F2", 5}} {
		err := inv.Remove(req.sku, req.n)
		fmt.Printf("remove %s x%d: err=%v oos=%t\n", req.sku, req.n, err, errors.Is(err, ErrOutOfStock))
	}
	fmt.Printf("value now: %.2f stock=%v\n", inv.Value(), inv.stock)
	g := inv.items["G1"].(Gadget)
	fmt.Println(g.Base.Price(), g.Price(), g.Name, strings.ToUpper(g.SKU()))
	_, isBook := inv.items["F1"].(Book)
	fmt.Printf("%v %+v %t\n", inv.items["B1"], inv.items["F1"], isBook)
}
