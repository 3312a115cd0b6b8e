package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

const inventoryTSV = "sku\tname\tqty\tprice\treorder\n" +
	"A100\tUSB cable\t120\t3.99\t50\n" +
	"A101\tHDMI cable\t15\t7.49\t20\n" +
	"B200\tKeyboard\t8\t29.90\t10\n" +
	"B201\tMouse\tseven\t14.50\t10\n" +
	"C300\tMonitor\t4\t189.00\t5\n" +
	"C301\tWebcam\t0\t45.00\n" +
	"D400\tHeadset\t30\t59.99\t5\n"

type Item struct {
	SKU, Name string
	Qty       int
	Price     float64
	Reorder   int
}

type StockError struct {
	SKU       string
	Want, Got int
}

func (e StockError) Error() string {
	return fmt.Sprintf("sku %s: want %d, have %d", e.SKU, e.Want, e.Got)
}

var ErrUnknownSKU = errors.New("unknown sku")

func (it *Item) Sell(n int) error {
	if n > it.Qty {
		return StockError{it.SKU, n, it.Qty}
	}
	it.Qty -= n
	return nil
}

func (it *Item) Restock(n int)     { it.Qty += n }
func (it Item) Value() float64     { return float64(it.Qty) * it.Price }
func (it Item) NeedsReorder() bool { return it.Qty <= it.Reorder }

type Inventory map[string]*Item

func Load(tsv string) (Inventory, []error) {
	inv := Inventory{}
	var errs []error
	lines := strings.Split(strings.TrimRight(tsv, "\n"), "\n")
	for i, line := range lines[1:] {
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			errs = append(errs, fmt.Errorf("line %d: expected 5 fields, got %d", i+2, len(f)))
			continue
		}
		qty, err := strconv.Atoi(f[2])
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: qty: %w", i+2, err))
			continue
		}
		price, _ := strconv.ParseFloat(f[3], 64)
		re, _ := strconv.Atoi(f[4])
		inv[f[0]] = &Item{f[0], f[1], qty, price, re}
	}
	return inv, errs
}

func (inv Inventory) Order(sku string, n int) error {
	it, ok := inv[sku]
	if !ok {
		return fmt.Errorf("order %s x%d: %w", sku, n, ErrUnknownSKU)
	}
	if err := it.Sell(n); err != nil {
		return fmt.Errorf("order failed: %w", err)
	}
	return nil
}

func main() {
	inv, errs := Load(inventoryTSV)
	fmt.Printf("loaded %d items, %d errors\n", len(inv), len(errs))
	fmt.Println("  ", errors.Join(errs...))
	orders := []struct {
		sku string
		n   int
	}{{"A100", 80}, {"B200", 9}, {"Z999", 1}, {"C300", 4}, {"A101", 5}, {"B200", 3}}
	for _, o := range orders {
		err := inv.Order(o.sku, o.n)
		var se StockError
		switch {
		case err == nil:
			fmt.Printf("ok   %s x%d\n", o.sku, o.n)
		case errors.As(err, &se):
			fmt.Printf("FAIL %v (short by %d)\n", err, se.Want-se.Got)
		case errors.Is(err, ErrUnknownSKU):
			fmt.Printf("FAIL %v\n", err)
		}
	}
	inv["C300"].Restock(2)
	total, reorder := 0.0, []string(nil)
	for _, s := range slices.Sorted(maps.Keys(inv)) {
		it := inv[s]
		total += it.Value()
		flag := ""
		if it.NeedsReorder() {
			flag = " <- reorder"
			reorder = append(reorder, it.Name)
		}
		fmt.Printf("%-5s %-11s %4d @ %7.2f = %8.2f%s\n", it.SKU, it.Name, it.Qty, it.Price, it.Value(), flag)
	}
	fmt.Printf("inventory value: %.2f\nreorder: %s\n", total, strings.Join(reorder, "; "))
}
