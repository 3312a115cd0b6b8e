// FIFO inventory costing: receipts create cost layers, issues consume oldest first.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Layer struct {
	Ref      string
	Qty      int
	UnitCost int64 // cents
}

type FIFO struct {
	SKU    string
	layers []Layer
}

var ErrShort = errors.New("not enough inventory")

func (f *FIFO) Receive(ref string, qty int, unit int64) {
	f.layers = append(f.layers, Layer{ref, qty, unit})
}

// Issue removes qty units and returns the cost of goods and the layers touched.
func (f *FIFO) Issue(qty int) (cogs int64, used []Layer, err error) {
	if qty > f.OnHand() {
		return 0, nil, fmt.Errorf("issue %d of %s (on hand %d): %w", qty, f.SKU, f.OnHand(), ErrShort)
	}
	for qty > 0 {
		l := &f.layers[0]
		take := min(qty, l.Qty)
		cogs += int64(take) * l.UnitCost
		used = append(used, Layer{l.Ref, take, l.UnitCost})
		l.Qty -= take
		qty -= take
		if l.Qty == 0 {
			f.layers = f.layers[1:]
		}
	}
	return cogs, used, nil
}

func (f FIFO) OnHand() (n int) {
	for _, l := range f.layers {
		n += l.Qty
	}
	return
}

func (f FIFO) Value() (v int64) {
	for _, l := range f.layers {
		v += int64(l.Qty) * l.UnitCost
	}
	return
}

func usd(c int64) string { return fmt.Sprintf("$%.2f", float64(c)/100) }

func main() {
	inv := &FIFO{SKU: "COFFEE-1KG"}
	type op struct {
		kind  byte // 'R' receipt, 'S' sale
		ref   string
		qty   int
		price int64 // unit cost for receipts, sell price for sales
	}
	ops := []op{
		{'R', "PO-501", 100, 1250},
		{'R', "PO-502", 60, 1310},
		{'S', "SO-900", 70, 2400},
		{'R', "PO-503", 80, 1385},
		{'S', "SO-901", 75, 2450},
		{'S', "SO-902", 200, 2450},
		{'S', "SO-903", 50, 2500},
	}
	var revenue, cogs int64
	for _, o := range ops {
		switch o.kind {
		case 'R':
			inv.Receive(o.ref, o.qty, o.price)
			fmt.Printf("%s  receive %3d @ %s   on hand %3d, value %s\n", o.ref, o.qty, usd(o.price), inv.OnHand(), usd(inv.Value()))
		case 'S':
			c, used, err := inv.Issue(o.qty)
			if err != nil {
				fmt.Printf("%s  REJECTED: %v\n", o.ref, err)
				continue
			}
			rev := int64(o.qty) * o.price
			revenue += rev
			cogs += c
			parts := make([]string, len(used))
			for i, u := range used {
				parts[i] = fmt.Sprintf("%d from %s@%s", u.Qty, u.Ref, usd(u.UnitCost))
			}
			fmt.Printf("%s  sell    %3d @ %s   cogs %s margin %.1f%% [%s]\n", o.ref, o.qty, usd(o.price), usd(c),
				100*float64(rev-c)/float64(rev), strings.Join(parts, "; "))
		}
	}
	fmt.Println()
	fmt.Println("Remaining layers:")
	for _, l := range inv.layers {
		fmt.Printf("  %-7s %4d x %s\n", l.Ref, l.Qty, usd(l.UnitCost))
	}
	fmt.Printf("Revenue %s, COGS %s, gross profit %s\n", usd(revenue), usd(cogs), usd(revenue-cogs))
	fmt.Printf("Ending inventory %d units valued at %s\n", inv.OnHand(), usd(inv.Value()))
}
