package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	SKU      string
	Name     string
	Category string
	Qty      int
	Price    float64
}

type Inventory []Item

func (inv Inventory) Len() int           { return len(inv) }
func (inv Inventory) Less(i, j int) bool { return inv[i].SKU < inv[j].SKU }
func (inv Inventory) Swap(i, j int)      { inv[i], inv[j] = inv[j], inv[i] }

func (inv Inventory) Value() (total float64) {
	for _, it := range inv {
		total += float64(it.Qty) * it.Price
	}
	return
}

func (inv Inventory) Find(sku string) (Item, bool) {
	i := sort.Search(len(inv), func(i int) bool { return inv[i].SKU >= sku })
	if i < len(inv) && inv[i].SKU == sku {
		return inv[i], true
	}
	return Item{}, false
}

func main() {
	inv := Inventory{
		{"B-200", "bolt", "hardware", 500, 0.10},
		{"A-100", "anvil", "tools", 2, 149.99},
		{"C-330", "cable", "electrical", 40, 3.75},
		{"A-050", "awl", "tools", 15, 6.50},
		{"W-900", "washer", "hardware", 1000, 0.05},
		{"H-120", "hammer", "tools", 12, 18.00},
		{"F-010", "fuse", "electrical", 60, 0.80},
	}
	sort.Sort(inv)
	fmt.Println("sorted by SKU:", sort.IsSorted(inv))
	for _, it := range inv {
		fmt.Printf("  %-6s %-7s %5d x %7.2f\n", it.SKU, it.Name, it.Qty, it.Price)
	}
	fmt.Printf("total value: %.2f\n", inv.Value())

	for _, sku := range []string{"H-120", "Z-999", "A-000"} {
		it, ok := inv.Find(sku)
		fmt.Printf("find %s: %v %q\n", sku, ok, it.Name)
	}

	byCat := slicesByCategory(inv)
	cats := make([]string, 0, len(byCat))
	for c := range byCat {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	for _, c := range cats {
		items := byCat[c]
		sort.SliceStable(items, func(i, j int) bool {
			return float64(items[i].Qty)*items[i].Price > float64(items[j].Qty)*items[j].Price
		})
		names := make([]string, len(items))
		for i, it := range items {
			names[i] = it.Name
		}
		fmt.Printf("%-10s %.2f [%s]\n", c, items.Value(), strings.Join(names, " > "))
	}

	sort.Slice(inv, func(i, j int) bool {
		if inv[i].Category != inv[j].Category {
			return inv[i].Category < inv[j].Category
		}
		return inv[i].Price > inv[j].Price
	})
	var order []string
	for _, it := range inv {
		order = append(order, it.SKU)
	}
	fmt.Println("by cat/price:", order)

	sort.Sort(sort.Reverse(inv))
	fmt.Println("reverse first:", inv[0].SKU, "last:", inv[len(inv)-1].SKU)

	nums := []int{42, 7, 19, 3, 88, 7}
	sort.Ints(nums)
	fmt.Println(nums, sort.SearchInts(nums, 19), sort.SearchInts(nums, 20))
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Sort(sort.Reverse(sort.Float64Slice(fl)))
	fmt.Println(fl, sort.IntsAreSorted(nums))
}

func slicesByCategory(inv Inventory) map[string]Inventory {
	m := map[string]Inventory{}
	for _, it := range inv {
		m[it.Category] = append(m[it.Category], it)
	}
	return m
}
