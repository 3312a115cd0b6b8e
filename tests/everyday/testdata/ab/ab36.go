package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Product struct {
	SKU      string
	Name     string
	Category string
	Stock    int
}

type Sale struct {
	SKU string
	Qty int
	Day int
}

type Key = string

// Index is a reusable hash index from key to row positions.
type Index[T any] map[Key][]int

func BuildIndex[T any](rows []T, key func(T) Key) Index[T] {
	idx := Index[T]{}
	for i, r := range rows {
		idx[key(r)] = append(idx[key(r)], i)
	}
	return idx
}

// SemiJoin keeps left rows with at least one match on the right (df[df.key.isin(other.key)]).
func SemiJoin[L, R any](left []L, lk func(L) Key, right Index[R]) []L {
	var out []L
	for _, l := range left {
		if len(right[lk(l)]) > 0 {
			out = append(out, l)
		}
	}
	return out
}

// AntiJoin keeps left rows with no match (df[~df.key.isin(other.key)]).
func AntiJoin[L, R any](left []L, lk func(L) Key, right Index[R]) []L {
	var out []L
	for _, l := range left {
		if len(right[lk(l)]) == 0 {
			out = append(out, l)
		}
	}
	return out
}

var products = []Product{
	{"P100", "Desk Lamp", "home", 40}, {"P101", "Notebook A5", "office", 300},
	{"P102", "Gel Pens 10pk", "office", 120}, {"P103", "Throw Pillow", "home", 25},
	{"P104", "USB-C Hub", "tech", 60}, {"P105", "Webcam HD", "tech", 15},
	{"P106", "Plant Pot", "home", 80}, {"P107", "Stapler", "office", 45},
	{"P108", "Wireless Mouse", "tech", 70},
}

var sales = []Sale{
	{"P101", 12, 1}, {"P104", 3, 1}, {"P101", 20, 2}, {"P108", 5, 2}, {"P102", 8, 3},
	{"P104", 6, 4}, {"P999", 2, 4}, {"P101", 15, 5}, {"P108", 9, 5}, {"P105", 4, 6},
	{"P104", 2, 7}, {"P102", 10, 7}, {"P888", 1, 7},
}

func main() {
	saleIdx := BuildIndex(sales, func(s Sale) Key { return s.SKU })
	prodIdx := BuildIndex(products, func(p Product) Key { return p.SKU })

	sold := SemiJoin(products, func(p Product) Key { return p.SKU }, saleIdx)
	unsold := AntiJoin(products, func(p Product) Key { return p.SKU }, saleIdx)
	orphan := AntiJoin(sales, func(s Sale) Key { return s.SKU }, prodIdx)

	fmt.Printf("products=%d sales=%d\n\n", len(products), len(sales))
	fmt.Println("products with sales (semi join):")
	for _, p := range sold {
		qty := 0
		for _, i := range saleIdx[p.SKU] {
			qty += sales[i].Qty
		}
		daysOfCover := float64(p.Stock) / (float64(qty) / 7)
		fmt.Printf("  %s %-15s %-6s sold=%3d stock=%3d cover=%5.1f days\n", p.SKU, p.Name, p.Category, qty, p.Stock, daysOfCover)
	}

	fmt.Println("\ndead stock (anti join, no sales this week):")
	slices.SortFunc(unsold, func(a, b Product) int { return cmp.Compare(b.Stock, a.Stock) })
	for _, p := range unsold {
		fmt.Printf("  %s %-15s stock=%d\n", p.SKU, p.Name, p.Stock)
	}

	fmt.Println("\nsales with unknown SKU (anti join other way):")
	for _, s := range orphan {
		fmt.Printf("  day %d sku=%s qty=%d\n", s.Day, s.SKU, s.Qty)
	}

	// category coverage: share of SKUs in each category with any sale
	cats := map[string][2]int{}
	for _, p := range products {
		c := cats[p.Category]
		c[1]++
		if len(saleIdx[p.SKU]) > 0 {
			c[0]++
		}
		cats[p.Category] = c
	}
	names := make([]string, 0, len(cats))
	for k := range cats {
		names = append(names, k)
	}
	slices.Sort(names)
	fmt.Println("\ncategory sell-through:")
	for _, n := range names {
		c := cats[n]
		fmt.Printf("  %-6s %d/%d %s\n", n, c[0], c[1], strings.Repeat("■", c[0])+strings.Repeat("□", c[1]-c[0]))
	}
}
