// Fixed-asset depreciation via a Method interface: straight-line, declining balance, SYD.
package main

import (
	"fmt"
	"strings"
)

type Method interface {
	Name() string
	// Charge returns the depreciation for year y (1-based) given the opening book value.
	Charge(a Asset, y int, opening int64) int64
}

type Asset struct {
	Tag     string
	Desc    string
	Cost    int64 // whole dollars
	Salvage int64
	Life    int
	Method  Method
}

func (a Asset) Base() int64 { return a.Cost - a.Salvage }

type StraightLine struct{}

func (StraightLine) Name() string { return "SL" }
func (StraightLine) Charge(a Asset, y int, _ int64) int64 {
	per := a.Base() / int64(a.Life)
	if y == a.Life {
		return a.Base() - per*int64(a.Life-1)
	}
	return per
}

type DecliningBalance struct{ Factor float64 }

func (d DecliningBalance) Name() string { return fmt.Sprintf("DB%.0f%%", d.Factor*100) }
func (d DecliningBalance) Charge(a Asset, y int, opening int64) int64 {
	rate := d.Factor / float64(a.Life)
	c := int64(float64(opening) * rate)
	remainingYears := int64(a.Life - y + 1)
	// switch to straight line when it gives a larger charge
	if sl := (opening - a.Salvage) / remainingYears; sl > c {
		c = sl
	}
	if y == a.Life || opening-c < a.Salvage {
		c = opening - a.Salvage
	}
	return c
}

type SumOfYears struct{}

func (SumOfYears) Name() string { return "SYD" }
func (SumOfYears) Charge(a Asset, y int, _ int64) int64 {
	n := int64(a.Life)
	sum := n * (n + 1) / 2
	return a.Base() * (n - int64(y) + 1) / sum
}

func Schedule(a Asset) (charges []int64, closing int64) {
	book := a.Cost
	for y := 1; y <= a.Life; y++ {
		c := a.Method.Charge(a, y, book)
		charges = append(charges, c)
		book -= c
	}
	return charges, book
}

func main() {
	assets := []Asset{
		{"FA-001", "Delivery van", 48000, 6000, 5, StraightLine{}},
		{"FA-002", "CNC router", 125000, 10000, 7, DecliningBalance{2.0}},
		{"FA-003", "Server rack", 36000, 1500, 4, SumOfYears{}},
		{"FA-004", "Office fit-out", 90000, 0, 10, DecliningBalance{1.5}},
	}
	maxLife := 0
	for _, a := range assets {
		maxLife = max(maxLife, a.Life)
	}
	yearTotals := make([]int64, maxLife)
	for _, a := range assets {
		charges, closing := Schedule(a)
		fmt.Printf("%s %-15s %-6s cost=%d salvage=%d life=%dy\n", a.Tag, a.Desc, a.Method.Name(), a.Cost, a.Salvage, a.Life)
		var sb strings.Builder
		acc := int64(0)
		for i, c := range charges {
			acc += c
			yearTotals[i] += c
			fmt.Fprintf(&sb, "   Y%-2d %8d  accum %8d  NBV %8d\n", i+1, c, acc, a.Cost-acc)
		}
		fmt.Print(sb.String())
		if closing != a.Salvage {
			fmt.Printf("   !! closing NBV %d != salvage %d\n", closing, a.Salvage)
		}
	}
	fmt.Println("\nPortfolio depreciation expense by year:")
	for i, t := range yearTotals {
		fmt.Printf("  Y%-2d %8d %s\n", i+1, t, strings.Repeat("*", int(t/2500)))
	}
}
