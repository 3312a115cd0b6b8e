// Warehouse pick-list generation: allocate order lines across bins, nearest zone first.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Bin struct {
	Loc string // Zone-Aisle-Level, e.g. "A-03-2"
	SKU string
	Qty int
}

func (b Bin) Zone() string { return b.Loc[:1] }

type OrderLine struct {
	Order string
	SKU   string
	Qty   int
}

type Pick struct {
	Loc, SKU, Order string
	Qty             int
}

type Shortage struct {
	OrderLine
	Missing int
}

func (s Shortage) String() string {
	return fmt.Sprintf("%s %s short %d of %d", s.Order, s.SKU, s.Missing, s.Qty)
}

func allocate(bins []*Bin, lines []OrderLine) (picks []Pick, shorts []Shortage) {
	bySKU := map[string][]*Bin{}
	for _, b := range bins {
		bySKU[b.SKU] = append(bySKU[b.SKU], b)
	}
	for _, sl := range bySKU {
		// pick from smallest bins first to free up locations, then by location
		slices.SortFunc(sl, func(a, b *Bin) int {
			return cmp.Or(cmp.Compare(a.Qty, b.Qty), strings.Compare(a.Loc, b.Loc))
		})
	}
	for _, ln := range lines {
		need := ln.Qty
		for _, b := range bySKU[ln.SKU] {
			if need == 0 {
				break
			}
			take := min(need, b.Qty)
			if take == 0 {
				continue
			}
			b.Qty -= take
			need -= take
			picks = append(picks, Pick{b.Loc, ln.SKU, ln.Order, take})
		}
		if need > 0 {
			shorts = append(shorts, Shortage{ln, need})
		}
	}
	// walk sequence: by location so the picker moves through aisles in order
	slices.SortStableFunc(picks, func(a, b Pick) int { return strings.Compare(a.Loc, b.Loc) })
	return
}

func main() {
	bins := []*Bin{
		{"A-01-1", "MUG-WHT", 24}, {"A-01-2", "MUG-BLK", 6}, {"A-04-1", "MUG-WHT", 5},
		{"B-02-3", "TEE-M", 40}, {"B-02-4", "TEE-L", 12}, {"B-07-1", "TEE-M", 3},
		{"C-01-1", "CAP-NVY", 18}, {"C-05-2", "TEE-L", 9}, {"A-02-1", "MUG-BLK", 10},
	}
	lines := []OrderLine{
		{"ORD-5001", "MUG-WHT", 8}, {"ORD-5001", "TEE-M", 2},
		{"ORD-5002", "TEE-L", 15}, {"ORD-5002", "CAP-NVY", 1},
		{"ORD-5003", "MUG-BLK", 12}, {"ORD-5003", "HAT-RED", 2},
		{"ORD-5004", "TEE-L", 10}, {"ORD-5004", "MUG-WHT", 20},
	}
	picks, shorts := allocate(bins, lines)

	zone := ""
	fmt.Println("PICK LIST (walk order)")
	for i, p := range picks {
		if z := p.Loc[:1]; z != zone {
			zone = z
			fmt.Printf("-- Zone %s --\n", zone)
		}
		fmt.Printf("%2d. %-7s %-8s x%-3d -> tote %s\n", i+1, p.Loc, p.SKU, p.Qty, p.Order)
	}
	fmt.Println("\nSHORTAGES")
	for _, s := range shorts {
		fmt.Println("  " + s.String())
	}

	perOrder := map[string]int{}
	for _, p := range picks {
		perOrder[p.Order] += p.Qty
	}
	orders := make([]string, 0, len(perOrder))
	for o := range perOrder {
		orders = append(orders, o)
	}
	slices.Sort(orders)
	fmt.Println("\nUNITS PER ORDER")
	for _, o := range orders {
		fmt.Printf("  %s %3d\n", o, perOrder[o])
	}
	fmt.Println("\nEMPTIED BINS")
	for _, b := range bins {
		if b.Qty == 0 {
			fmt.Printf("  %s (%s, zone %s)\n", b.Loc, b.SKU, b.Zone())
		}
	}
}
